import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byForeignKeyLoader, byIdLoader } from '../../common/loader-factories';
import { recordReader } from '../../common/read-records';
import type { StaffingCell } from './unit-staffing.types';
import { EGovUnit } from './unit.entity';

export function createUnitLoaders(em: EntityManager) {
  return {
    unitById: byIdLoader(em, EGovUnit),
    unitsByBureauId: byForeignKeyLoader(em, EGovUnit, 'bureau_id', 'id'),
    unitsInSubtree: unitsInSubtreeLoader(em),
    staffingCellsByUnitId: staffingCellsLoader(em),
  };
}

/** The units of every bureau under each given bureau, itself included: one statement per batch. */
export function unitsInSubtreeLoader(em: EntityManager) {
  const reader = recordReader(em, EGovUnit);
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
    for (const { root_id: rootId, ...row } of rows) groups.get(rootId)?.push(reader.read(row));
    return rootIds.map((id) => groups.get(id) ?? []);
  });
}

/** A unit's staffing cells, read as plain rows: they are figures, not records anyone edits. */
function staffingCellsLoader(em: EntityManager) {
  return new DataLoader<number, StaffingCell[]>(async (unitIds) => {
    const rows: (StaffingCell & { unitId: number })[] = await em.getConnection().execute(
      `select unit_id as "unitId", category, has_quota as "hasQuota", approved_headcount as "approvedHeadcount",
              approved_leadership_positions as "approvedLeadershipPositions", active_staff as "activeStaff", active_leaders as "activeLeaders"
         from unit_staffing where unit_id in (?) order by category`,
      [unitIds as number[]],
    );
    const groups = new Map<number, StaffingCell[]>(unitIds.map((id) => [id, []]));
    for (const { unitId, ...cell } of rows) groups.get(unitId)?.push(cell);
    return unitIds.map((id) => groups.get(id) ?? []);
  });
}
