import type { ReadPool } from '../../database/read-pool';
import type { QuotaCategory } from '../quota/quota-category';
import type { InstitutionRank } from '../institution/institution-rank';
import { addFigures, type BureauFigures, emptyFigures } from './bureau-figures';
import type { StaffingCache } from './staffing-cache';
import { StatisticsScope } from './statistics.types';

interface BureauNode {
  id: number;
  path: string;
  parentId: number | null;
  staffingVersion: string;
  own: BureauFigures;
}

interface StaffingRow {
  kind: 'category' | 'positions' | 'over' | 'rank';
  bureau_id: number;
  internal: boolean;
  category: QuotaCategory | null;
  rank: InstitutionRank | null;
  headcount: number;
  positions: number;
  staff: number;
  leaders: number;
  vacancies: number;
  units: number;
}

/**
 * Every figure of every bureau, each bureau's own, read at most once per
 * request: all bureaus with their indicator flags in one statement (bureaus
 * number in the hundreds or thousands), and, only when staffing is asked for,
 * the staffing of those bureaus whose figures are not in the server's cache at
 * their current version, in one more. Rollups are then sums over the tree, done
 * once, bottom-up, in memory. So any statistics query, a county's or the whole
 * tree's, costs the same one or two statements. Over-staffing and vacancies
 * are the view `staffing_cell_status`'s, the one statement of the rule. The
 * survey's figures count e-government bodies (`is_egov_body`) only.
 */
export class RegistryFigures {
  private readonly nodes = new Map<number, BureauNode>();
  private subtreeTotals = new Map<number, BureauFigures>();
  private descendantTotals = new Map<number, BureauFigures>();
  private bureausRead?: Promise<void>;
  private staffingRead?: Promise<void>;

  constructor(
    private readonly reads: ReadPool,
    private readonly cache: StaffingCache,
  ) {}

  private readBureaus(): Promise<void> {
    this.bureausRead ??= this.fetchBureaus().then(() => this.sumSubtrees());
    return this.bureausRead;
  }

  private readStaffing(): Promise<void> {
    this.staffingRead ??= this.readBureaus()
      .then(() => this.fetchStaffing([...this.nodes.values()]))
      .then(() => this.sumSubtrees());
    return this.staffingRead;
  }

  private async fetchBureaus(): Promise<void> {
    const members = await this.reads.rows<{
      id: number; path: string; parent_id: number | null; level: string; staffing_version: string; intranet_site: boolean; extranet_site: boolean; with_unit: boolean;
      local_area_network_built_on: string | null; paperless_office_built_on: string | null; document_exchange_built_on: string | null; party_intranet_connected_on: string | null;
    }>(
      `select member.id, member.path, member.parent_id, member.level,
              coalesce((select version from bureau_staffing_version where bureau_id = member.id), 0)::text as staffing_version,
              member.local_area_network_built_on, member.paperless_office_built_on, member.document_exchange_built_on, member.party_intranet_connected_on,
              exists (select 1 from website where website.bureau_id = member.id and website.network = 'INTRANET') as intranet_site,
              exists (select 1 from website where website.bureau_id = member.id and website.network = 'EXTRANET') as extranet_site,
              exists (select 1 from institution where institution.bureau_id = member.id and institution.is_egov_body and institution.status = 'ACTIVE') as with_unit
         from bureau member`,
    );
    for (const member of members) {
      if (this.nodes.has(member.id)) continue;
      const own = emptyFigures();
      const counted = member.level !== 'PROVINCE' ? 1 : 0;
      own.indicators.bureaus = counted;
      own.indicators.intranet_site = counted && Number(member.intranet_site);
      own.indicators.extranet_site = counted && Number(member.extranet_site);
      own.indicators.local_area_network = counted && Number(member.local_area_network_built_on !== null);
      own.indicators.paperless_office = counted && Number(member.paperless_office_built_on !== null);
      own.indicators.document_exchange = counted && Number(member.document_exchange_built_on !== null);
      own.indicators.party_intranet = counted && Number(member.party_intranet_connected_on !== null);
      own.indicators.with_unit = counted && Number(member.with_unit);
      this.nodes.set(member.id, { id: member.id, path: member.path, parentId: member.parent_id, staffingVersion: member.staffing_version, own });
    }
  }

  /** Bureaus whose figures this server read at their current staffing version are taken from the cache; the rest in one statement. */
  private async fetchStaffing(bureaus: BureauNode[]): Promise<void> {
    const stale: BureauNode[] = [];
    for (const node of bureaus) {
      const cached = this.cache.get(node.id, node.staffingVersion);
      if (cached) {
        node.own.regularUnits = cached.regularUnits;
        node.own.internalDivisions = cached.internalDivisions;
      } else {
        stale.push(node);
      }
    }
    if (stale.length === 0) return;
    const rows = await this.reads.rows<StaffingRow>(
      `with units as (
              select id, bureau_id, rank, rank = 'INTERNAL_DIVISION' as internal from institution where bureau_id = any($1::int[]) and is_egov_body and status = 'ACTIVE'
            ),
            cells as (
              select units.bureau_id, units.internal, units.id as unit_id, cell.dimension, cell.key, cell.approved, cell.active, cell.vacancies, cell.over
                from units join staffing_cell_status cell on cell.institution_id = units.id
               where cell.in_use
            ),
            unit_flags as (
              select bureau_id, internal, bool_or(over) filter (where dimension = 'CATEGORY') as over_quota, bool_or(over) filter (where dimension = 'TIER') as over_positions
                from cells group by unit_id, bureau_id, internal
            )
       select 'category' as kind, bureau_id, internal, key as category, null as rank,
              sum(approved)::int as headcount, 0 as positions, sum(active)::int as staff, 0 as leaders, sum(vacancies)::int as vacancies, 0 as units
         from cells where dimension = 'CATEGORY' group by bureau_id, internal, key
       union all
       select 'positions', bureau_id, internal, null, null, 0, sum(approved)::int, 0, sum(active)::int, 0, 0
         from cells where dimension = 'TIER' group by bureau_id, internal
       union all
       select 'over', bureau_id, internal, null, null,
              count(*) filter (where over_quota)::int, count(*) filter (where over_positions)::int, 0, 0, 0, 0
         from unit_flags group by bureau_id, internal
       union all
       select 'rank', bureau_id, internal, null, rank, 0, 0, 0, 0, 0, count(*)::int from units group by bureau_id, internal, rank`,
      [stale.map((node) => node.id)],
    );
    for (const row of rows) {
      const node = this.nodes.get(row.bureau_id);
      if (!node) continue;
      const totals = row.internal ? node.own.internalDivisions : node.own.regularUnits;
      if (row.kind === 'rank') {
        totals.unitsByRank.set(row.rank!, row.units);
      } else if (row.kind === 'positions') {
        totals.approvedLeadershipPositions = row.positions;
        totals.activeLeaders = row.leaders;
      } else if (row.kind === 'over') {
        totals.unitsOverQuota = row.headcount;
        totals.unitsOverPositions = row.positions;
      } else {
        totals.byCategory.set(row.category!, {
          approvedHeadcount: row.headcount,
          activeStaff: row.staff,
          vacancies: row.vacancies,
        });
      }
    }
    for (const node of stale) {
      this.cache.set(node.id, { version: node.staffingVersion, regularUnits: node.own.regularUnits, internalDivisions: node.own.internalDivisions });
    }
  }

  /** Deepest bureaus first, so that each subtree is complete before it is added to its parent's. */
  private sumSubtrees(): void {
    this.subtreeTotals = new Map();
    this.descendantTotals = new Map();
    const deepestFirst = [...this.nodes.values()].sort((first, second) => second.path.length - first.path.length);
    for (const node of deepestFirst) {
      const descendants = this.descendantTotals.get(node.id) ?? emptyFigures();
      this.descendantTotals.set(node.id, descendants);
      const subtree = emptyFigures();
      addFigures(subtree, node.own);
      addFigures(subtree, descendants);
      this.subtreeTotals.set(node.id, subtree);
      if (node.parentId !== null && this.nodes.has(node.parentId)) {
        const parentDescendants = this.descendantTotals.get(node.parentId) ?? emptyFigures();
        addFigures(parentDescendants, subtree);
        this.descendantTotals.set(node.parentId, parentDescendants);
      }
    }
  }

  async figures(id: number, scope: StatisticsScope, withStaffing: boolean): Promise<BureauFigures> {
    await (withStaffing ? this.readStaffing() : this.readBureaus());
    const found =
      scope === StatisticsScope.SELF ? this.nodes.get(id)?.own : scope === StatisticsScope.SUBTREE ? this.subtreeTotals.get(id) : this.descendantTotals.get(id);
    return found ?? emptyFigures();
  }
}
