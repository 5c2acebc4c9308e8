import type { TranslateFunction } from 'react-admin';
import type { AlertEventsSubscription } from '../gql/graphql';

type AlertEvent = AlertEventsSubscription['quotaAlerts'];

/**
 * The pop-up's message key and arguments for a live alert event. An approval
 * alert is about a notice: its number and the posts left unused (approved and
 * actual are the posts approved and used); the others about a quota category
 * or a leadership tier, with its approved and actual numbers.
 */
export function liveAlertMessage(event: AlertEvent, translate: TranslateFunction): { key: string; args: Record<string, unknown> } {
  const { alert } = event;
  const raised = event.type === 'RAISED';
  if (alert.kind === 'APPROVAL_EXPIRING' || alert.kind === 'APPROVAL_USED_UP') {
    const args = { unit: alert.institutionName, notice: alert.staffingUseApproval?.noticeNumber ?? '', left: alert.approved - alert.actual };
    if (!raised) return { key: 'bianzhi.alerts.approvalResolved', args: { ...args, kind: translate(`enums.AlertKind.${alert.kind}`) } };
    return { key: alert.kind === 'APPROVAL_EXPIRING' ? 'bianzhi.alerts.approvalExpiring' : 'bianzhi.alerts.approvalUsedUp', args };
  }
  const args = {
    unit: alert.institutionName,
    kind: translate(`enums.AlertKind.${alert.kind}`),
    // An over-staffing alert is about a quota category, an over-positions one about a leadership tier.
    category: alert.tier ? translate(`enums.LeadershipTier.${alert.tier}`) : translate(`enums.QuotaCategory.${alert.category}`),
    approved: alert.approved,
    actual: alert.actual,
  };
  return { key: raised ? 'bianzhi.alerts.raised' : 'bianzhi.alerts.resolved', args };
}
