/** One i18next instance for all locales; `{{value}}` interpolations are SSML-escaped exactly once. */
import i18next, { type TFunction } from 'i18next';
import { escapeSsml } from '../speaking/ssml';
import { enUS } from './en-US/index';

export const SUPPORTED_LOCALES = ['en-US'] as const;

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  fallbackLng: 'en-US',
  supportedLngs: [...SUPPORTED_LOCALES],
  resources: { 'en-US': { translation: enUS } },
  interpolation: { escape: escapeSsml, escapeValue: true },
  returnNull: false,
});

export type Translate = TFunction;

/** The translator for a request's locale (falls back to en-US for locales the skill has no words for). */
export function translatorFor(locale: string | undefined): Translate {
  return i18n.getFixedT(locale ?? 'en-US');
}
