import type { ReadPool } from '../../database/read-pool';
import type { LeadershipTier } from '../establishment/leadership-tier';
import type { FundingForm, InstitutionKind, InstitutionNature } from '../institution/institution-enums';
import type { InstitutionRank } from '../institution/institution-rank';
import type { QuotaCategory } from '../quota/quota-category';
import type { EstablishmentCache } from './establishment-cache';
import { addEstablishmentFigures, emptyEstablishmentFigures, type EstablishmentFigures } from './establishment-figures';
import { StatisticsScope } from './statistics.types';

interface BureauNode {
  id: number;
  path: string;
  parentId: number | null;
  staffingVersion: string;
  own: EstablishmentFigures;
}

/** One row of the own-figures statement: `facts` counts institutions by their facts, `cells` sums a category's or tier's cells, `flags` counts over institutions. */
interface OwnRow {
  part: 'facts' | 'cells' | 'flags';
  bureau_id: number;
  kind: InstitutionKind | null;
  nature: InstitutionNature | null;
  rank: InstitutionRank | null;
  funding: FundingForm | null;
  dimension: 'CATEGORY' | 'TIER' | null;
  key: string | null;
  count: number;
  approved: number;
  active: number;
  vacancies: number;
  excess: number;
  over: number;
  over_category: number;
  over_tier: number;
  over_either: number;
}

/**
 * The establishment of every existing institution (all kinds, ACTIVE only),
 * each bureau's own figures read at most once per request: the bureaus and
 * their staffing versions in one statement, then, in one more grouped by
 * bureau, the own figures of the bureaus not in the server's cache at their
 * current version. Subtrees are summed once, bottom-up, in memory, so a
 * county's figures and the province's cost the same two statements at most.
 * Vacancies, excess and over-staffing are the view `staffing_cell_status`'s,
 * the one statement of the staffing rule.
 */
export class EstablishmentRollups {
  private readonly nodes = new Map<number, BureauNode>();
  private readonly subtreeTotals = new Map<number, EstablishmentFigures>();
  private readonly descendantTotals = new Map<number, EstablishmentFigures>();
  private read?: Promise<void>;

  constructor(
    private readonly reads: ReadPool,
    private readonly cache: EstablishmentCache,
  ) {}

  private readAll(): Promise<void> {
    this.read ??= this.fetchBureaus()
      .then(() => this.fetchOwnFigures())
      .then(() => this.sumSubtrees());
    return this.read;
  }

  private async fetchBureaus(): Promise<void> {
    const bureaus = await this.reads.rows<{ id: number; path: string; parent_id: number | null; staffing_version: string }>(
      `select bureau.id, bureau.path, bureau.parent_id, coalesce(version.version, 0)::text as staffing_version
         from bureau left join bureau_staffing_version version on version.bureau_id = bureau.id`,
    );
    for (const bureau of bureaus) {
      this.nodes.set(bureau.id, { id: bureau.id, path: bureau.path, parentId: bureau.parent_id, staffingVersion: bureau.staffing_version, own: emptyEstablishmentFigures() });
    }
  }

  /** Cached bureaus at their current version are taken from the cache; the rest in one statement, grouped by bureau. */
  private async fetchOwnFigures(): Promise<void> {
    const stale: BureauNode[] = [];
    for (const node of this.nodes.values()) {
      const cached = this.cache.get(node.id, node.staffingVersion);
      if (cached) node.own = cached.own;
      else stale.push(node);
    }
    if (stale.length === 0) return;
    const rows = await this.reads.rows<OwnRow>(OWN_FIGURES_STATEMENT, [stale.map((node) => node.id)]);
    for (const row of rows) {
      const node = this.nodes.get(row.bureau_id);
      if (node) addOwnRow(node.own, row);
    }
    for (const node of stale) this.cache.set(node.id, { version: node.staffingVersion, own: node.own });
  }

  /** Deepest bureaus first, so that each subtree is complete before it is added to its parent's. */
  private sumSubtrees(): void {
    const deepestFirst = [...this.nodes.values()].sort((first, second) => second.path.length - first.path.length);
    for (const node of deepestFirst) {
      const descendants = this.descendantTotals.get(node.id) ?? emptyEstablishmentFigures();
      this.descendantTotals.set(node.id, descendants);
      const subtree = emptyEstablishmentFigures();
      addEstablishmentFigures(subtree, node.own);
      addEstablishmentFigures(subtree, descendants);
      this.subtreeTotals.set(node.id, subtree);
      if (node.parentId !== null && this.nodes.has(node.parentId)) {
        const parentDescendants = this.descendantTotals.get(node.parentId) ?? emptyEstablishmentFigures();
        addEstablishmentFigures(parentDescendants, subtree);
        this.descendantTotals.set(node.parentId, parentDescendants);
      }
    }
  }

  /** Figures of a bureau in a scope; never changed by the caller. */
  async figures(id: number, scope: StatisticsScope): Promise<EstablishmentFigures> {
    await this.readAll();
    const found = scope === StatisticsScope.SELF ? this.nodes.get(id)?.own : scope === StatisticsScope.SUBTREE ? this.subtreeTotals.get(id) : this.descendantTotals.get(id);
    return found ?? emptyEstablishmentFigures();
  }
}

function addOwnRow(own: EstablishmentFigures, row: OwnRow): void {
  if (row.part === 'facts') {
    own.institutions += row.count;
    const add = <Key>(map: Map<Key, number>, key: Key | null) => {
      if (key !== null) map.set(key, (map.get(key) ?? 0) + row.count);
    };
    add(own.byKind, row.kind);
    add(own.byNature, row.nature);
    add(own.byRank, row.rank);
    add(own.byFunding, row.funding);
  } else if (row.part === 'cells') {
    const figures = { cells: row.count, approved: row.approved, active: row.active, vacancies: row.vacancies, excess: row.excess, over: row.over };
    if (row.dimension === 'CATEGORY') own.byCategory.set(row.key as QuotaCategory, figures);
    else own.byTier.set(row.key as LeadershipTier, figures);
  } else {
    own.overStaffedInstitutions = row.over_category;
    own.overPositionsInstitutions = row.over_tier;
    own.overInstitutions = row.over_either;
  }
}

/**
 * The own figures of the bureaus `$1`: their existing institutions counted by
 * kind, nature, rank and funding form (one row per combination); the cells in
 * use of those institutions summed by category and tier; and the institutions
 * over in some category, in some tier, and in either, from the over cells
 * alone (a few per thousand). No common table expression: materialized, the
 * cells of a province (about 185,000 at scale) spilled to disk and took
 * 0.4-0.9 s, against about 0.2 s for these three grouped scans.
 */
const OWN_FIGURES_STATEMENT = `
  select 'facts' as part, bureau_id, kind, nature, rank, funding, null as dimension, null as key,
         count(*)::int as count, 0 as approved, 0 as active, 0 as vacancies, 0 as excess, 0 as over, 0 as over_category, 0 as over_tier, 0 as over_either
    from institution
   where bureau_id = any($1::int[]) and status = 'ACTIVE'
   group by bureau_id, kind, nature, rank, funding
  union all
  select 'cells', member.bureau_id, null, null, null, null, cell.dimension, cell.key,
         count(*)::int, sum(cell.approved)::int, sum(cell.active)::int, sum(cell.vacancies)::int, sum(cell.excess)::int, (count(*) filter (where cell.over))::int, 0, 0, 0
    from institution member join staffing_cell_status cell on cell.institution_id = member.id
   where member.bureau_id = any($1::int[]) and member.status = 'ACTIVE' and cell.in_use
   group by member.bureau_id, cell.dimension, cell.key
  union all
  select 'flags', member.bureau_id, null, null, null, null, null, null, 0, 0, 0, 0, 0, 0,
         (count(distinct member.id) filter (where cell.dimension = 'CATEGORY'))::int,
         (count(distinct member.id) filter (where cell.dimension = 'TIER'))::int,
         (count(distinct member.id))::int
    from institution member join staffing_cell_status cell on cell.institution_id = member.id
   where member.bureau_id = any($1::int[]) and member.status = 'ACTIVE' and cell.over
   group by member.bureau_id`;
