import polyglotI18nProvider from 'ra-i18n-polyglot';
import { domainChinese } from './domain-chinese';
import { domainEnglish } from './domain-english';
import { reactAdminChinese } from './react-admin-chinese';
import { reactAdminEnglish } from './react-admin-english';
import type { Language } from './server-errors';

const messages = {
  zh: { ...reactAdminChinese, ...domainChinese },
  en: { ...reactAdminEnglish, ...domainEnglish },
};

// react-admin keeps the chosen locale in its store (localStorage, key RaStore.locale);
// starting in it spares a returning English user a first frame in Chinese.
function storedLocale(): Language {
  try {
    return JSON.parse(localStorage.getItem('RaStore.locale') ?? '"zh"') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The browser tab carries the product's name (编制管理 · 贵州) in the chosen language, as the login page does. */
function messagesOf(locale: string) {
  const chosen = locale === 'en' ? messages.en : messages.zh;
  if (typeof document !== 'undefined') document.title = chosen.bianzhi.title;
  return chosen;
}

export const i18nProvider = polyglotI18nProvider(
  messagesOf,
  storedLocale(),
  [
    { locale: 'zh', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
);

/** The language the interface is in now, for messages made outside React (server errors). */
export function currentLanguage(): Language {
  return i18nProvider.getLocale() === 'en' ? 'en' : 'zh';
}
