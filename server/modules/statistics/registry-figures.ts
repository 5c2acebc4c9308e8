import type { ReadPool } from '../../database/read-pool';
import type { QuotaCategory } from '../quota/quota-category';
import type { InstitutionRank } from '../institution/institution-rank';
import { addIndicators, addStaffing, type BureauFigures, emptyFigures, emptyIndicators, emptyStaffing, type IndicatorCounts, type StaffingTotals } from './bureau-figures';
import { whenRead } from '../establishment/staffing.reads';
import type { StaffingCache } from './staffing-cache';
import { Bureau } from '../bureau/bureau.entity';
import { StatisticsScope } from './statistics.types';

/** Every bureau's record, as read with the figures, by position in the tree; children and roots by code. */
export interface BureauTree {
  byCode(code: string): Bureau | null;
  roots(): Bureau[];
  childrenOf(id: number): Bureau[];
}

/** A subtree's staffing, internal divisions kept apart so that either view can be summed. */
export interface StaffingParts {
  regularUnits: StaffingTotals;
  internalDivisions: StaffingTotals;
}

interface BureauNode {
  record: Bureau;
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
 * their current version, in one more. Rollups are then sums over the tree, in
 * memory, each bureau's subtree summed once per request and only when asked
 * for. So any statistics query, a county's or the whole tree's, costs the same
 * one or two statements; once read, figures are answered without a promise. Over-staffing and vacancies
 * are the view `staffing_cell_status`'s, the one statement of the rule. The
 * survey's figures count e-government bodies (`is_egov_body`) only.
 */
export class RegistryFigures implements BureauTree {
  private readonly nodes = new Map<number, BureauNode>();
  private readonly children = new Map<number, BureauNode[]>();
  private inCodeOrder: BureauNode[] = [];
  private readonly indicatorSubtrees = new Map<number, IndicatorCounts>();
  private readonly staffingSubtrees = new Map<number, StaffingParts>();
  private bureausRead?: Promise<void>;
  private staffingRead?: Promise<void>;
  private bureausReady = false;
  private staffingReady = false;

  constructor(
    private readonly reads: ReadPool,
    private readonly cache: StaffingCache,
  ) {}

  private readBureaus(): Promise<void> {
    this.bureausRead ??= this.fetchBureaus().then(() => {
      this.bureausReady = true;
    });
    return this.bureausRead;
  }

  private readStaffing(): Promise<void> {
    this.staffingRead ??= this.readBureaus()
      .then(() => this.fetchStaffing([...this.nodes.values()]))
      .then(() => {
        this.staffingReady = true;
      });
    return this.staffingRead;
  }

  private async fetchBureaus(): Promise<void> {
    const members = await this.reads.rows<{
      id: number; path: string; parent_id: number | null; level: string; staffing_version: string; intranet_site: boolean; extranet_site: boolean; with_unit: boolean;
      local_area_network_built_on: string | null; paperless_office_built_on: string | null; document_exchange_built_on: string | null; party_intranet_connected_on: string | null;
    }>(
      `select member.*,
              coalesce((select version from bureau_staffing_version where bureau_id = member.id), 0)::text as staffing_version,
              exists (select 1 from website where website.bureau_id = member.id and website.network = 'INTRANET') as intranet_site,
              exists (select 1 from website where website.bureau_id = member.id and website.network = 'EXTRANET') as extranet_site,
              exists (select 1 from institution where institution.bureau_id = member.id and institution.is_egov_body and institution.status = 'ACTIVE') as with_unit
         from bureau member`,
    );
    const reader = this.reads.reader(Bureau);
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
      this.nodes.set(member.id, { record: reader.read(member), id: member.id, path: member.path, parentId: member.parent_id, staffingVersion: member.staffing_version, own });
    }
    // Division codes are six digits: compared as strings they sort as the database sorts them.
    this.inCodeOrder = [...this.nodes.values()].sort((first, second) => (first.record.code < second.record.code ? -1 : 1));
    for (const node of this.inCodeOrder) {
      if (node.parentId === null || !this.nodes.has(node.parentId)) continue;
      const siblings = this.children.get(node.parentId);
      if (siblings) siblings.push(node);
      else this.children.set(node.parentId, [node]);
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

  /** Every bureau, read with their figures: started by the first statistic asked for, or by this. */
  bureaus(): BureauTree | Promise<BureauTree> {
    return this.bureausReady ? this : whenRead(this.readBureaus(), () => this);
  }

  /** The bureaus when a statistic has started reading them in this request, else undefined: no statement of its own. */
  bureausUnderway(): BureauTree | Promise<BureauTree> | undefined {
    return this.bureausRead && this.bureaus();
  }

  byCode(code: string): Bureau | null {
    return this.inCodeOrder.find((node) => node.record.code === code)?.record ?? null;
  }

  roots(): Bureau[] {
    return this.inCodeOrder.filter((node) => node.parentId === null).map((node) => node.record);
  }

  childrenOf(id: number): Bureau[] {
    return (this.children.get(id) ?? []).map((node) => node.record);
  }

  private indicatorSubtree(node: BureauNode): IndicatorCounts {
    let sum = this.indicatorSubtrees.get(node.id);
    if (!sum) {
      sum = { ...node.own.indicators };
      for (const child of this.children.get(node.id) ?? []) addIndicators(sum, this.indicatorSubtree(child));
      this.indicatorSubtrees.set(node.id, sum);
    }
    return sum;
  }

  private staffingSubtree(node: BureauNode): StaffingParts {
    let sum = this.staffingSubtrees.get(node.id);
    if (!sum) {
      sum = this.staffingOfChildren(node);
      addStaffing(sum.regularUnits, node.own.regularUnits);
      addStaffing(sum.internalDivisions, node.own.internalDivisions);
      this.staffingSubtrees.set(node.id, sum);
    }
    return sum;
  }

  private staffingOfChildren(node: BureauNode): StaffingParts {
    const sum = { regularUnits: emptyStaffing(), internalDivisions: emptyStaffing() };
    for (const child of this.children.get(node.id) ?? []) {
      const subtree = this.staffingSubtree(child);
      addStaffing(sum.regularUnits, subtree.regularUnits);
      addStaffing(sum.internalDivisions, subtree.internalDivisions);
    }
    return sum;
  }

  private indicatorsNow(id: number, scope: StatisticsScope): IndicatorCounts {
    const node = this.nodes.get(id);
    if (!node) return emptyIndicators();
    if (scope === StatisticsScope.SELF) return node.own.indicators;
    if (scope === StatisticsScope.SUBTREE) return this.indicatorSubtree(node);
    const sum = emptyIndicators();
    for (const child of this.children.get(id) ?? []) addIndicators(sum, this.indicatorSubtree(child));
    return sum;
  }

  private staffingNow(id: number, scope: StatisticsScope): StaffingParts {
    const node = this.nodes.get(id);
    if (!node) return { regularUnits: emptyStaffing(), internalDivisions: emptyStaffing() };
    if (scope === StatisticsScope.SELF) return node.own;
    return scope === StatisticsScope.SUBTREE ? this.staffingSubtree(node) : this.staffingOfChildren(node);
  }

  /** The indicator counts of a bureau's scope: at once when the bureaus are read already in this request. */
  indicators(id: number, scope: StatisticsScope): IndicatorCounts | Promise<IndicatorCounts> {
    return this.bureausReady ? this.indicatorsNow(id, scope) : whenRead(this.readBureaus(), () => this.indicatorsNow(id, scope));
  }

  /** The staffing of a bureau's scope: at once when it is read already in this request. Shared: not to be changed. */
  staffing(id: number, scope: StatisticsScope): StaffingParts | Promise<StaffingParts> {
    return this.staffingReady ? this.staffingNow(id, scope) : whenRead(this.readStaffing(), () => this.staffingNow(id, scope));
  }
}
