import DataLoader from 'dataloader';
import type { ReadAlong } from '../../common/list';
import type { ReadPool } from '../../database/read-pool';
import type { QuotaCategory } from '../quota/quota-category';
import type { LeadershipTier } from './leadership-tier';
import type { InstitutionStaffing } from './staffing.types';

export interface CellRow {
  institution_id: number;
  dimension: 'CATEGORY' | 'TIER';
  key: string;
  approved: number;
  active: number;
  vacancies: number;
  over: boolean;
  excess: number;
}

const emptyStaffing = (): InstitutionStaffing => ({ categories: [], tiers: [], activeStaff: 0, over: false });

/** The order cells are read in: categories by name and tiers by rank. */
export const cellOrder = "dimension, case key when 'PRINCIPAL' then 0 when 'DEPUTY' then 1 when 'INTERNAL_BODY_HEAD' then 2 end, key";

/**
 * Each institution's staffing cells in use (an approval or active people), one
 * statement per batch, categories by name and tiers by rank. Every batch also
 * lands in `known`, so that once an institution's cells are read (a whole
 * page's at once, see `readAlong`) its staffing fields resolve without a promise:
 * a county's page holds a few hundred institutions, each with four such fields.
 */
export class StaffingReads {
  private readonly known = new Map<number, InstitutionStaffing>();
  private readonly loader: DataLoader<number, InstitutionStaffing>;

  constructor(reads: ReadPool) {
    this.loader = new DataLoader(async (institutionIds) => {
      const rows = await reads.rows<CellRow>(
        `select institution_id, dimension, key, approved, active, vacancies, over, excess
           from staffing_cell_status where institution_id = any($1::int[]) and in_use
          order by ${cellOrder}`,
        [institutionIds],
      );
      const groups = new Map<number, InstitutionStaffing>(institutionIds.map((id) => [id, emptyStaffing()]));
      for (const row of rows) addCell(groups.get(row.institution_id)!, row);
      for (const [id, staffing] of groups) this.known.set(id, staffing);
      return institutionIds.map((id) => groups.get(id)!);
    });
  }

  /** The institution's staffing: at once when already read in this request. */
  of(institutionId: number): InstitutionStaffing | Promise<InstitutionStaffing> {
    return this.known.get(institutionId) ?? this.loader.load(institutionId);
  }

  /**
   * Reads each row's staffing cells along with a list's page (list.ts), so that
   * the page's staffing fields cost no statement of their own.
   */
  readAlong(): ReadAlong {
    return {
      expression: `json_build_object('id', "record".id, 'cells', coalesce((select json_agg(cell order by ${cellOrder}) from staffing_cell_status cell where cell.institution_id = "record".id and cell.in_use), '[]'))`,
      take: (value) => {
        const { id, cells } = value as { id: number; cells: CellRow[] };
        this.accept(id, cells);
      },
    };
  }

  /** An institution's cells read by another statement (in `cellOrder`), kept as if read here. */
  accept(institutionId: number, cells: readonly CellRow[]): void {
    const staffing = emptyStaffing();
    for (const cell of cells) addCell(staffing, cell);
    this.known.set(institutionId, staffing);
  }
}

function addCell(staffing: InstitutionStaffing, row: CellRow): void {
  staffing.over ||= row.over;
  if (row.dimension === 'CATEGORY') {
    staffing.activeStaff += row.active;
    staffing.categories.push({
      category: row.key as QuotaCategory,
      approvedHeadcount: row.approved,
      activeStaff: row.active,
      vacancies: row.vacancies,
      overStaffed: row.over,
      excess: row.excess,
    });
  } else {
    staffing.tiers.push({
      tier: row.key as LeadershipTier,
      approvedPositions: row.approved,
      holders: row.active,
      vacantPositions: row.vacancies,
      overPositions: row.over,
      excess: row.excess,
    });
  }
}

/** `value` passed through `then`, without a promise when it is at hand. */
export function whenRead<Value, Result>(value: Value | Promise<Value>, then: (value: Value) => Result): Result | Promise<Result> {
  return value instanceof Promise ? value.then(then) : then(value);
}
