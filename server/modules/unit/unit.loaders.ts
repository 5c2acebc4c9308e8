import DataLoader from 'dataloader';
import { byForeignKeyLoader, type RecordByIdLoaders } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import { unitStaffingLoader } from './unit-staffing.loader';
import { EGovUnit } from './unit.entity';

export function createUnitLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  return {
    unitById: recordById(EGovUnit),
    unitsByBureauId: byForeignKeyLoader(reads, EGovUnit, 'bureau_id', 'id'),
    unitsInSubtree: unitsInSubtreeLoader(reads),
    staffingByUnitId: unitStaffingLoader(reads),
  };
}

/** The units of every bureau under each given bureau, itself included: one statement per batch. */
function unitsInSubtreeLoader(reads: ReadPool) {
  const reader = reads.reader(EGovUnit);
  return new DataLoader<number, EGovUnit[]>(async (rootIds) => {
    const rows = await reads.rows<{ root_id: number } & Record<string, unknown>>(
      `select root.id as root_id, unit.*
         from bureau root
         join bureau member on member.path ~>=~ root.path and member.path ~<~ (root.path || '~')
         join egov_unit unit on unit.bureau_id = member.id
        where root.id = any($1::int[])
        order by member.path, unit.id`,
      [rootIds],
    );
    const groups = new Map<number, EGovUnit[]>(rootIds.map((id) => [id, []]));
    for (const { root_id: rootId, ...row } of rows) groups.get(rootId)?.push(reader.read(row));
    return rootIds.map((id) => groups.get(id) ?? []);
  });
}
