import type { MetadataStorage } from '@mikro-orm/postgresql';
import { recordReader, type RecordRow } from '../../common/read-records';
import { QuotaAlert } from './quota-alert.entity';

/** The event each delivered alert was taken at: its `latestCursor` is that event's, not a later one's. */
const cursorOfSnapshot = new WeakMap<QuotaAlert, string>();

/** Reads an event's alert snapshot (the alert's row as the event left it) into an alert record. */
export function alertSnapshotReader(metadata: MetadataStorage): (snapshot: RecordRow, cursor: string) => QuotaAlert {
  const alerts = recordReader(metadata, QuotaAlert);
  return (snapshot, cursor) => {
    const alert = alerts.read(snapshot);
    cursorOfSnapshot.set(alert, cursor);
    return alert;
  };
}

/** The cursor of the event an alert record was delivered with; undefined for an alert read as it stands. */
export function snapshotCursor(alert: QuotaAlert): string | undefined {
  return cursorOfSnapshot.get(alert);
}
