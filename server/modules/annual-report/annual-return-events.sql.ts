import type { Pool } from 'pg';
import { OutboxTable, type OutboxRow } from '../../common/outbox/outbox-table';
import type { AnnualReturnEventType } from './annual-return-event-type';
import type { AnnualReturnEventMessage } from './annual-return-event.types';

interface ReturnEventRow extends OutboxRow {
  type: AnnualReturnEventType;
  occurred_at: Date;
  year: number;
  due_on: string;
  bureau_id: number | null;
  bureau_code: string;
  bureau_name: string;
  annual_return_id: number | null;
  late: boolean;
  reason: string | null;
}

/** The annual report's outbox (annual_return_event), routed by the tree path of the return's bureau. */
export function returnEventReader(pool: Pool): OutboxTable<AnnualReturnEventMessage, ReturnEventRow> {
  return new OutboxTable(
    pool,
    'annual_return_event',
    `type, occurred_at, year, to_char(due_on, 'YYYY-MM-DD') as due_on, bureau_id, bureau_code, bureau_name, annual_return_id, late, reason`,
    (row: ReturnEventRow) => ({
      cursor: row.cursor,
      bureauPath: row.bureau_path,
      type: row.type,
      occurredAt: row.occurred_at,
      year: row.year,
      dueOn: row.due_on,
      bureauId: row.bureau_id,
      bureauCode: row.bureau_code,
      bureauName: row.bureau_name,
      annualReturnId: row.annual_return_id,
      late: row.late,
      reason: row.reason,
    }),
  );
}
