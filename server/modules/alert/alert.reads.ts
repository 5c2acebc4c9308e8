import type { FilterQuery } from '@mikro-orm/postgresql';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { inJurisdiction } from '../access/placement';
import { underBureau } from '../bureau/subtree';
import type { QuotaAlertFilter } from './alert.inputs';
import { QuotaAlert } from './quota-alert.entity';
import DataLoader from 'dataloader';
import type { ReadPool } from '../../database/read-pool';

// Every GraphQL read of this module, on the read pool: the lists' filters (where), the lists, and the request's loaders.

export function createAlertLoaders(reads: ReadPool) {
  return { latestCursorByAlertId: latestCursorLoader(reads), openAlertsByInstitutionId: openAlertsLoader(reads) };
}

/** Each institution's open alerts, newest first, one statement per batch. */
function openAlertsLoader(reads: ReadPool) {
  const reader = reads.reader(QuotaAlert);
  return new DataLoader<number, QuotaAlert[]>(async (institutionIds) => {
    const rows = await reads.rows<Record<string, unknown>>(
      'select * from quota_alert where institution_id = any($1::int[]) and resolved_at is null order by raised_at desc, id desc',
      [institutionIds],
    );
    const groups = new Map<number, QuotaAlert[]>(institutionIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.institution_id as number)?.push(reader.read(row));
    return institutionIds.map((id) => groups.get(id) ?? []);
  });
}

/** Each alert's newest event cursor, one statement per batch; '0' for an alert without events. */
function latestCursorLoader(reads: ReadPool) {
  return new DataLoader<number, string>(async (alertIds) => {
    const rows = await reads.rows<{ alert_id: number; cursor: string }>(
      'select alert_id, max(id)::text as cursor from quota_alert_event where alert_id = any($1::int[]) group by alert_id',
      [alertIds],
    );
    const cursors = new Map(rows.map((row) => [row.alert_id, row.cursor]));
    return alertIds.map((id) => cursors.get(id) ?? '0');
  });
}

export async function alertWhere(context: Context, filter: QuotaAlertFilter | undefined): Promise<FilterQuery<QuotaAlert>> {
  const where: FilterQuery<QuotaAlert>[] = inJurisdiction(context, QuotaAlert);
  if (filter?.open != null) where.push({ resolvedAt: filter.open ? null : { $ne: null } });
  if (filter?.kind != null) where.push({ kind: filter.kind });
  if (filter?.category != null) where.push({ category: filter.category });
  if (filter?.tier != null) where.push({ tier: filter.tier });
  if (filter?.institutionId != null) where.push({ institution: parseId('filter.institutionId', filter.institutionId) });
  where.push(...(await underBureau(context, QuotaAlert, 'filter.underBureauId', filter?.underBureauId)));
  if (filter?.raisedFrom != null) where.push({ raisedAt: { $gte: filter.raisedFrom } });
  if (filter?.raisedBefore != null) where.push({ raisedAt: { $lt: filter.raisedBefore } });
  return where.length === 0 ? {} : { $and: where };
}
