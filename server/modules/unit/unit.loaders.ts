import DataLoader from 'dataloader';
import { byForeignKeyLoader, type RecordByIdLoaders } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import type { StaffingCell } from './unit-staffing.types';
import { EGovUnit } from './unit.entity';

export function createUnitLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  return {
    unitById: recordById(EGovUnit),
    unitsByBureauId: byForeignKeyLoader(reads, EGovUnit, 'bureau_id', 'id'),
    unitsInSubtree: unitsInSubtreeLoader(reads),
    staffingCellsByUnitId: staffingCellsLoader(reads),
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

/** A unit's staffing cells, read as plain rows: they are figures, not records anyone edits. */
function staffingCellsLoader(reads: ReadPool) {
  return new DataLoader<number, StaffingCell[]>(async (unitIds) => {
    const rows = await reads.rows<StaffingCell & { unitId: number }>(
      `select unit_id as "unitId", category, has_quota as "hasQuota", approved_headcount as "approvedHeadcount",
              approved_leadership_positions as "approvedLeadershipPositions", active_staff as "activeStaff", active_leaders as "activeLeaders"
         from unit_staffing where unit_id = any($1::int[]) order by category`,
      [unitIds],
    );
    const groups = new Map<number, StaffingCell[]>(unitIds.map((id) => [id, []]));
    for (const { unitId, ...cell } of rows) groups.get(unitId)?.push(cell);
    return unitIds.map((id) => groups.get(id) ?? []);
  });
}
