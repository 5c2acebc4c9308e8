import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byForeignKeyLoader, byIdLoader } from '../../common/loader-factories';
import { recordReader } from '../../common/read-records';
import { BureauLevel } from './bureau-level';
import { Bureau } from './bureau.entity';

export function createBureauLoaders(em: EntityManager) {
  const descendants = new Map<BureauLevel | null, DataLoader<number, Bureau[]>>();
  return {
    descendantsOf(level: BureauLevel | null) {
      if (!descendants.has(level)) descendants.set(level, descendantsLoader(em, level));
      return descendants.get(level)!;
    },
    bureauById: byIdLoader(em, Bureau),
    childrenByParentId: byForeignKeyLoader(em, Bureau, 'parent_id', 'code'),
    bureauByCode: new DataLoader<string, Bureau | null>(async (codes) => {
      const reader = recordReader(em, Bureau);
      const rows: Record<string, unknown>[] = await em.getConnection().execute('select * from bureau where code in (?)', [codes as string[]]);
      const byCode = new Map(rows.map((row) => [row.code as string, reader.read(row)]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
  };
}

/** Everything under each bureau (not the bureau itself), in tree order, optionally of one level: one statement per batch. */
export function descendantsLoader(em: EntityManager, level: BureauLevel | null) {
  const reader = recordReader(em, Bureau);
  return new DataLoader<number, Bureau[]>(async (rootIds) => {
    const rows: ({ root_id: number } & Record<string, unknown>)[] = await em.getConnection().execute(
      `select root.id as root_id, member.*
         from bureau root
         join bureau member on member.path ~>=~ root.path and member.path ~<~ (root.path || '~') and member.id <> root.id
        where root.id in (?) ${level ? 'and member.level = ?' : ''}
        order by member.path`,
      level ? [rootIds as number[], level] : [rootIds as number[]],
    );
    const groups = new Map<number, Bureau[]>(rootIds.map((id) => [id, []]));
    for (const { root_id: rootId, ...row } of rows) groups.get(rootId)?.push(reader.read(row));
    return rootIds.map((id) => groups.get(id) ?? []);
  });
}
