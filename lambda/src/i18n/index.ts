/**
 * One i18next instance for all locales; `{{value}}` interpolations are SSML-escaped exactly once, `{{- value}}`
 * marks a value that is already SSML (built from these same resources). The words live beside the code that
 * says them (`words.<locale>.ts` in each folder), gathered by `npm run build:models` into generated/words.ts.
 */
import i18next, { type TFunction } from 'i18next';
import { PUBLISHED_LOCALES, UNPUBLISHED_LOCALES, VARIANT_OF, resources } from '../generated/words';
import { escapeSsml } from '../speaking/ssml';

/** Every locale with words of its own (models/locales.json): those devices reach, and those still being written. */
export const SUPPORTED_LOCALES = [...PUBLISHED_LOCALES, ...UNPUBLISHED_LOCALES] as const;
const REFERENCE = 'en-US';

// Typed keys: a t('…') call with a key the en-US words lack fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: (typeof resources)['en-US'] };
  }
}

/**
 * Where a locale's missing words come from: an English variant says its source's (en-GB → en-US); another
 * country of a language the skill speaks says that language's (de-AT → de-DE); anything else en-US. Every
 * published locale has all its words (test/unit/locales.test.ts), so the last step is for requests no device sends.
 */
export function fallbacksOf(locale: string | undefined): string[] {
  if (!locale) return [REFERENCE];
  const language = locale.split('-')[0];
  const sameLanguage = SUPPORTED_LOCALES.find((l) => l !== locale && l.split('-')[0] === language && !VARIANT_OF[l]);
  return [...new Set([VARIANT_OF[locale], sameLanguage, REFERENCE].filter((l): l is string => !!l && l !== locale))];
}

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  fallbackLng: (code: string) => fallbacksOf(code),
  // "de-AT" is looked up as it is, not as "de" first: resources are keyed by full locale.
  load: 'currentOnly',
  resources: Object.fromEntries(Object.entries(resources).map(([locale, words]) => [locale, { translation: words }])),
  interpolation: { escape: escapeSsml, escapeValue: true },
  returnNull: false,
});
// "{{subject, lowercase}}": English says a dictated subject in lower case mid-sentence ("about broken printer"),
// German keeps its nouns' capitals — so the words choose, not the code (https://www.i18next.com/translation-function/formatting).
i18n.services.formatter?.add('lowercase', (value: unknown) => String(value).toLowerCase());
// "a {{time, oneOClock(one: la; other: las)}}": Spanish says an hour with its article, which agrees with the hour
// ("a la 1:00", "a las 13:00"); the words give both forms, the code knows only whether the clock says one.
i18n.services.formatter?.add('oneOClock', (value: unknown, _lng: string | undefined, options: { one?: string; other?: string }) =>
  `${/^0?1(?!\d)/.test(String(value)) ? options.one : options.other} ${String(value)}`);

/** A translator fixed to one locale; i18next's getFixedT sets `lng` on the function it returns. */
export type Translate = TFunction & { readonly lng: string };

/** The translator for a request's locale (missing words come from fallbacksOf). */
export function translatorFor(locale: string | undefined): Translate {
  return i18n.getFixedT(locale ?? REFERENCE) as Translate;
}

/**
 * i18next's context (https://www.i18next.com/translation-function/context): a language may word a sentence per
 * context ("Du hast" for MINE where English has one "{{subject}} won"). Typed loosely on purpose: i18next's types
 * would otherwise demand a variant per context in the en-US words, which type the keys and need none.
 */
export function inContext(context: string): { context: unknown } {
  return { context };
}

/** The locale a translator speaks, for the code that formats dates and numbers beside its words. */
export function localeOf(t: Translate): string {
  return t.lng;
}
