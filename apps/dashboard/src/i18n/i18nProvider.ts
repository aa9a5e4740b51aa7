import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { de } from './de';
import { raGerman } from './ra-german';

const german: TranslationMessages = { ...raGerman, ...de };

/** English is loaded only when someone switches to it. */
async function loadEnglish(): Promise<TranslationMessages> {
  const [{ default: raEnglish }, { en }] = await Promise.all([import('ra-language-english'), import('./en')]);
  return { ...raEnglish, ...en };
}

const polyglot = polyglotI18nProvider((locale) => (locale === 'en' ? loadEnglish() : german), 'de', [
  { locale: 'de', name: 'Deutsch' },
  { locale: 'en', name: 'English' },
]);

export const i18nProvider: I18nProvider = {
  ...polyglot,
  // Screen readers pick their pronunciation from <html lang>.
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    document.documentElement.lang = locale;
  },
};
