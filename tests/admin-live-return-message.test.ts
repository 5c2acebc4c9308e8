import { liveReturnMessage, type ReturnEvent } from '../admin/src/annual-returns/live-return-message';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { domainChinese } from '../admin/src/i18n/domain-chinese';
import { domainEnglish } from '../admin/src/i18n/domain-english';
import { reactAdminChinese } from '../admin/src/i18n/react-admin-chinese';
import englishMessages from 'ra-language-english';

// The client's messages, without its provider, which reads the browser's storage for the language.
const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? { ...englishMessages, ...domainEnglish } : { ...reactAdminChinese, ...domainChinese }), 'zh');

/** A step of Nanming's 2012 return as the subscription delivers it. */
function event(type: ReturnEvent['type'], step: Partial<ReturnEvent> = {}): ReturnEvent {
  return { cursor: '1', type, year: 2012, bureauCode: '520102', bureauName: '南明区编办', late: false, reason: null, ...step };
}

/** The pop-up's text, as the live return provider would show it. */
function popUp(returnEvent: ReturnEvent): string {
  const { key, args } = liveReturnMessage(returnEvent);
  return i18nProvider.translate(key, args);
}

it('words every step of a return in Chinese, with the reason of a late submission or a sending back', async () => {
  await i18nProvider.changeLocale('zh');
  expect(popUp(event('SUBMITTED'))).toBe('南明区编办 报送了2012年度年报');
  expect(popUp(event('SUBMITTED', { late: true, reason: '补报' }))).toBe('南明区编办 报送了2012年度年报（逾期：补报）');
  expect(popUp(event('SUBMITTED', { late: true }))).toBe('南明区编办 报送了2012年度年报（逾期）');
  expect(popUp(event('RETURNED', { reason: '人员结构不符' }))).toBe('南明区编办 2012年度年报被退回：人员结构不符');
  expect(popUp(event('RETURNED'))).toBe('南明区编办 2012年度年报被退回');
  expect(popUp(event('ACCEPTED'))).toBe('南明区编办 2012年度年报已审核通过');
  expect(popUp(event('OVERDUE'))).toBe('南明区编办 2012年度年报逾期未报');
});

it('words them in English too', async () => {
  await i18nProvider.changeLocale('en');
  expect(popUp(event('SUBMITTED', { late: true, reason: 'late data' }))).toBe('南明区编办 submitted its 2012 annual return (late: late data)');
  expect(popUp(event('RETURNED', { reason: 'check the staff' }))).toBe("南明区编办's 2012 annual return was sent back: check the staff");
  expect(popUp(event('ACCEPTED'))).toBe("南明区编办's 2012 annual return was accepted");
  expect(popUp(event('OVERDUE'))).toBe("南明区编办's 2012 annual return is overdue");
});
