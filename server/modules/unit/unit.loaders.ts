import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byForeignKeyLoader, byIdLoader } from '../../common/loader-factories';
import { UnitStaffing } from './unit-staffing.entity';
import { EGovUnit } from './unit.entity';

export function createUnitLoaders(em: EntityManager) {
  return {
    unitById: byIdLoader(em, EGovUnit),
    unitsByBureauId: byForeignKeyLoader(em, EGovUnit, 'bureau', { id: 'asc' }),
    unitsInSubtree: unitsInSubtreeLoader(em),
    staffingCellsByUnitId: byForeignKeyLoader(em, UnitStaffing, 'unit', { category: 'asc' }),
  };
}

/** The units of every bureau under each given bureau, itself included: one statement per batch. */
export function unitsInSubtreeLoader(em: EntityManager) {
  return new DataLoader<number, EGovUnit[]>(async (rootIds) => {
    const rows: ({ root_id: number } & Record<string, unknown>)[] = await em.getConnection().execute(
      `select root.id as root_id, unit.*
         from bureau root
         join bureau member on member.path ~>=~ root.path and member.path ~<~ (root.path || '~')
         join egov_unit unit on unit.bureau_id = member.id
        where root.id in (?)
        order by member.path, unit.id`,
      [rootIds as number[]],
    );
    const groups = new Map<number, EGovUnit[]>(rootIds.map((id) => [id, []]));
    for (const { root_id: rootId, ...row } of rows) groups.get(rootId)?.push(em.map(EGovUnit, row));
    return rootIds.map((id) => groups.get(id) ?? []);
  });
}
