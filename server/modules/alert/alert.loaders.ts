import DataLoader from 'dataloader';
import type { ReadPool } from '../../database/read-pool';

export function createAlertLoaders(reads: ReadPool) {
  return { latestCursorByAlertId: latestCursorLoader(reads) };
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
