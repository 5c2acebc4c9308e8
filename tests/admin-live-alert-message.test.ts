import { liveAlertMessage } from '../admin/src/alerts/live-alert-message';
import type { AlertEventsSubscription } from '../admin/src/gql/graphql';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { domainChinese } from '../admin/src/i18n/domain-chinese';
import { domainEnglish } from '../admin/src/i18n/domain-english';
import { reactAdminChinese } from '../admin/src/i18n/react-admin-chinese';
import englishMessages from 'ra-language-english';

// The client's messages, without its provider, which reads the browser's storage for the language.
const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? { ...englishMessages, ...domainEnglish } : { ...reactAdminChinese, ...domainChinese }), 'zh');

type AlertEvent = AlertEventsSubscription['quotaAlerts'];

/** An alert event as the subscription delivers it, for one institution. */
function event(type: 'RAISED' | 'RESOLVED', alert: Partial<AlertEvent['alert']>): AlertEvent {
  return {
    cursor: '1',
    type,
    occurredAt: '2026-11-29T08:00:00Z',
    alert: {
      id: '1',
      kind: 'OVER_STAFFED',
      category: 'ADMINISTRATIVE',
      tier: null,
      open: type === 'RAISED',
      approved: 3,
      actual: 1,
      institutionId: '7',
      institutionName: '南明区教育局',
      bureau: { id: '2', name: '南明区编办' },
      bureauPath: '/1/2/',
      raisedAt: '2026-11-29T08:00:00Z',
      resolvedAt: null,
      staffingUseApproval: { id: '9', noticeNumber: '南编用〔2026〕8号' },
      ...alert,
    },
  };
}

/** The pop-up's text, as the live alert provider would show it. */
function popUp(alertEvent: AlertEvent): string {
  const { key, args } = liveAlertMessage(alertEvent, i18nProvider.translate);
  return i18nProvider.translate(key, args);
}

it('words the approval alerts by their notice and the posts left, in Chinese and English', async () => {
  await i18nProvider.changeLocale('zh');
  expect(popUp(event('RAISED', { kind: 'APPROVAL_EXPIRING' }))).toBe('南明区教育局：用编核准 南编用〔2026〕8号 即将到期，尚有 2 名未使用');
  expect(popUp(event('RAISED', { kind: 'APPROVAL_USED_UP', actual: 3 }))).toBe('南明区教育局：用编核准 南编用〔2026〕8号 已用完');
  expect(popUp(event('RESOLVED', { kind: 'APPROVAL_EXPIRING' }))).toBe('南明区教育局：用编核准 南编用〔2026〕8号 的“用编核准即将到期”预警已解除');
  await i18nProvider.changeLocale('en');
  expect(popUp(event('RAISED', { kind: 'APPROVAL_EXPIRING' }))).toBe('南明区教育局: approval to use posts 南编用〔2026〕8号 expires soon; posts still unused: 2');
  expect(popUp(event('RAISED', { kind: 'APPROVAL_USED_UP', actual: 3 }))).toBe('南明区教育局: approval to use posts 南编用〔2026〕8号 is used up');
});

it('still words an over-staffing alert by its category and numbers', async () => {
  await i18nProvider.changeLocale('zh');
  expect(popUp(event('RAISED', { kind: 'OVER_STAFFED', approved: 3, actual: 4, staffingUseApproval: null }))).toBe('南明区教育局：超编（行政编制，核定 3，实有 4）');
});
