import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byForeignKeyLoader, byIdLoader } from '../../common/loader-factories';
import { Bureau } from './bureau.entity';

export function createBureauLoaders(em: EntityManager) {
  return {
    bureauById: byIdLoader(em, Bureau),
    childrenByParentId: byForeignKeyLoader(em, Bureau, 'parent', { code: 'asc' }),
    bureauByCode: new DataLoader<string, Bureau | null>(async (codes) => {
      const rows = await em.find(Bureau, { code: { $in: [...codes] } });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
  };
}
