import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { domainChinese } from './domain-chinese';
import { domainEnglish } from './domain-english';
import { reactAdminChinese } from './react-admin-chinese';
import type { Language } from './server-errors';

const messages = {
  zh: { ...reactAdminChinese, ...domainChinese },
  en: { ...englishMessages, ...domainEnglish },
};

// react-admin keeps the chosen locale in its store (localStorage, key RaStore.locale).
const localeStorageKey = 'RaStore.locale';

export function currentLanguage(): Language {
  try {
    return JSON.parse(localStorage.getItem(localeStorageKey) ?? '"zh"') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? messages.en : messages.zh),
  currentLanguage(),
  [
    { locale: 'zh', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
);
