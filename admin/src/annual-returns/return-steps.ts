import type { AnnualReturnRecordFragment, ReportingPeriodRecordFragment } from '../gql/graphql';
import { canWrite, type Session } from '../graphql/session';

/** A return as its page shows it: its key as the record id, the server's id beside it, and its year's period. */
export type ShownReturn = AnnualReturnRecordFragment & { returnId: string; period: ReportingPeriodRecordFragment | null };

/**
 * What the signed-in account may do with a return, as the server decides it:
 * a bureau makes again and submits its own return while it is a draft or sent
 * back; the bureaus above it send back or accept a submitted one (the
 * province decides its own); an accepted one is exported to anyone who reads it.
 */
export function stepsAllowed(annualReturn: ShownReturn, session: Session | null) {
  const writer = canWrite(session?.account);
  const own = annualReturn.bureau.id === session?.rootBureau?.id;
  const open = annualReturn.status === 'DRAFT' || annualReturn.status === 'RETURNED';
  return {
    remake: writer && own && open,
    submit: writer && own && open,
    decide: writer && annualReturn.status === 'SUBMITTED' && (!own || annualReturn.bureau.parentId === null),
    export: annualReturn.status === 'ACCEPTED',
  };
}

/** Past the period's due date, in China's calendar as the server counts it: a submission must say why. */
export function pastDue(period: ReportingPeriodRecordFragment | null, now = Date.now()): boolean {
  if (!period) return false;
  const chinaToday = new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
  return chinaToday > period.dueOn;
}

/** The version and key a step of the flow sends. */
export function decision(annualReturn: ShownReturn, version: number) {
  return { year: annualReturn.year, bureauId: annualReturn.bureau.id, version };
}
