import type { Complexity } from 'type-graphql';
import { maximumPageSize } from './list-arguments';

type Estimator = Extract<Complexity, (...args: never[]) => unknown>;

/**
 * The cost of a field in the operation cost limit (server/http/operation-cost.ts)
 * is one, plus what is selected under it times the rows it can return: nested
 * lists multiply, so an operation's cost bounds the values it can return.
 */

/**
 * For a list without a `limit` argument: `rows` is its real largest size (e.g.
 * a bureau's children), declared where the field is, as type-graphql's
 * `complexity` option.
 */
export function listOf(rows: number): Estimator {
  return ({ childComplexity }) => 1 + rows * childComplexity;
}

/** The only arguments the cost reads: the memo of costs (operation-cost.ts) is keyed by the variables that feed them. */
export const argumentsTheCostReads: ReadonlySet<string> = new Set(['limit']);

/**
 * For a page (a field with a `limit` argument): its `limit` as given, or its
 * default. A limit outside 0 to the largest page counts as the largest page, so
 * that the resolver's own check names the argument.
 */
export const pageOfLimit: Estimator = ({ args, childComplexity }) => {
  const limit = typeof args.limit === 'number' && args.limit >= 0 ? Math.min(args.limit, maximumPageSize) : maximumPageSize;
  return 1 + limit * childComplexity;
};

/**
 * The largest lists of the registry, for `listOf`: Guizhou has 9 prefectures
 * and 89 counties (the largest prefecture, Zunyi, 14); a bureau keeps a few
 * e-government units and sites (the synthetic scale data spreads more); a unit
 * has a few dozen staff and a quota history of a few approvals per category;
 * an institution up to a county hospital's few hundred staff, a department's
 * few dozen subordinates and internal bodies; the annual report, a period a year.
 * Estimates for the cost, not limits on the data.
 */
export const registrySizes = {
  childrenPerBureau: 20,
  bureausUnderProvince: 100,
  ancestorsPerBureau: 2,
  unitsPerBureau: 10,
  websitesPerBureau: 5,
  staffPerUnit: 50,
  staffPerInstitution: 600,
  subordinatesPerInstitution: 60,
  internalBodiesPerInstitution: 30,
  quotaApprovalsPerUnit: 30,
  unitsPerTableRow: 100,
  tokensPerAccount: 50,
  establishmentEventsPerPerson: 40,
  indicators: 5,
  reportingYears: 30,
} as const;
