/**
 * One i18next instance for all locales; `{{value}}` interpolations are SSML-escaped exactly once, `{{- value}}`
 * marks a value that is already SSML (built from these same resources). The words live beside the code that
 * says them (`words.<locale>.ts` in each folder), gathered by `npm run build:models` into generated/words.ts.
 */
import i18next, { type TFunction } from 'i18next';
import { resources } from '../generated/words';
import { escapeSsml } from '../speaking/ssml';

export const SUPPORTED_LOCALES = ['en-US'] as const;

// Typed keys: a t('…') call with a key the en-US words lack fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: (typeof resources)['en-US'] };
  }
}

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  fallbackLng: 'en-US',
  supportedLngs: [...SUPPORTED_LOCALES],
  resources: Object.fromEntries(Object.entries(resources).map(([locale, words]) => [locale, { translation: words }])),
  interpolation: { escape: escapeSsml, escapeValue: true },
  returnNull: false,
});

export type Translate = TFunction;

/** The translator for a request's locale (falls back to en-US for locales the skill has no words for). */
export function translatorFor(locale: string | undefined): Translate {
  return i18n.getFixedT(locale ?? 'en-US');
}
