import type { RaRecord } from 'react-admin';
import { ResourceAdapter, type ListRequest, type RegistryResource } from '../data-provider/resource-adapter';
import { AnnualReturnListDocument, AnnualReturnOneDocument, type AnnualReturnListQuery, type AnnualReturnSummaryFragment } from '../gql/graphql';
import { execute } from '../graphql/client';
import { parseReturnKey, returnKey } from './return-key';

const returns = new ResourceAdapter<AnnualReturnSummaryFragment>({
  list: { document: AnnualReturnListDocument, page: (data: AnnualReturnListQuery) => data.annualReturns },
  sortFields: { updatedAt: 'UPDATED_AT', submittedAt: 'SUBMITTED_AT', frozenAt: 'FROZEN_AT' },
  filterFields: ['year', 'status', 'underBureauId', 'decidedByYou'],
  toRecord: (item) => ({ id: returnKey(item.year, item.bureau.id), returnId: item.id }),
});

/** A return with its year's period (for the due date), by its key. */
async function one(key: string): Promise<RaRecord | null> {
  const named = parseReturnKey(key);
  if (!named) return null;
  const { annualReturn, reportingPeriods } = await execute(AnnualReturnOneDocument, named);
  if (!annualReturn) return null;
  const period = reportingPeriods.find((each) => each.year === annualReturn.year) ?? null;
  return { ...annualReturn, id: key, returnId: annualReturn.id, period };
}

function refused(): never {
  throw new Error('an annual return is made, submitted, sent back or accepted by its own actions');
}

/** Annual returns (统计年报): listed and read here; every step of the year is an action of the show page. */
export const annualReturnsData: RegistryResource = {
  list: (request: ListRequest) => returns.list({ ...request, filter: { ...request.filter, year: request.filter.year ? Number(request.filter.year) : undefined } }),
  one,
  create: refused,
  update: refused,
  remove: refused,
};
