import type { AnnualReturnEventsSubscription } from '../gql/graphql';

export type ReturnEvent = AnnualReturnEventsSubscription['annualReturnEvents'];

/**
 * The pop-up's message key and arguments for a step of a bureau's annual
 * return: submitted (late, with its reason), sent back (with the reason),
 * accepted, or overdue; the bureau and the year as the event names them.
 */
export function liveReturnMessage(event: ReturnEvent): { key: string; args: Record<string, unknown> } {
  const args = { bureau: event.bureauName, year: event.year, reason: event.reason ?? '' };
  switch (event.type) {
    case 'SUBMITTED':
      if (!event.late) return { key: 'bianzhi.annualReport.events.submitted', args };
      return { key: event.reason ? 'bianzhi.annualReport.events.submittedLate' : 'bianzhi.annualReport.events.submittedLateUnexplained', args };
    case 'RETURNED':
      return { key: event.reason ? 'bianzhi.annualReport.events.returned' : 'bianzhi.annualReport.events.returnedUnexplained', args };
    case 'ACCEPTED':
      return { key: 'bianzhi.annualReport.events.accepted', args };
    case 'OVERDUE':
      return { key: 'bianzhi.annualReport.events.overdue', args };
  }
}
