/**
 * Amounts as people say them: "1.2 million dollars", "340 thousand euros", "12,500 dollars".
 * Intl does the digits in the user's locale; the currency's spoken name comes from the i18n
 * resources (Intl's own names say "US dollars"), with Intl's name as the fallback.
 */
import { inContext, type Translate } from '../i18n';
import type { Speaking } from './speakingFor';

/** `millions`: the figure ends in a word such as "million" (French and Spanish then say "de": "1,5 million de dollars"). */
export type CurrencyName = (code: string, count: number, millions: boolean) => string | undefined;

function roundForSpeech(amount: number): { value: number; compact: boolean; decimals: number } {
  const abs = Math.abs(amount);
  // A round figure keeps its second decimal ("1.75 million" is a quota, not "1.8 million"); others get one.
  if (abs >= 1_000_000) return { value: amount, compact: true, decimals: amount % 10_000 === 0 ? 2 : 1 };
  if (abs >= 100_000) return { value: Math.round(amount / 1000) * 1000, compact: true, decimals: 1 };
  if (abs >= 1000) return { value: Math.round(amount / 100) * 100, compact: false, decimals: 0 };
  return { value: Math.round(amount), compact: false, decimals: 0 };
}

/** An amount's figure as people say it, without the currency: "1.2 million", "340 thousand", "12,500". */
export function spokenFigure(amount: number, locale: string): string {
  const { value, compact, decimals } = roundForSpeech(amount);
  return new Intl.NumberFormat(locale, {
    notation: compact ? 'compact' : 'standard',
    compactDisplay: 'long',
    maximumFractionDigits: decimals,
  }).format(value);
}

export function spokenMoney(amount: number, currency: string, locale: string, currencyName: CurrencyName): string {
  const { value, compact } = roundForSpeech(amount);
  return withCurrency(spokenFigure(amount, locale), value, currency, locale, currencyName, compact && Math.abs(value) >= 1_000_000);
}

/** "1,249 dollars": every digit, for a figure the user gave and must hear back as given before it is written. */
export function exactMoney(amount: number, currency: string, locale: string, currencyName: CurrencyName): string {
  return withCurrency(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount), amount, currency, locale, currencyName, false);
}

function withCurrency(figure: string, value: number, currency: string, locale: string, currencyName: CurrencyName, millions: boolean): string {
  const name =
    currencyName(currency, value, millions) ??
    new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'name', maximumFractionDigits: 0 })
      .formatToParts(value)
      .filter((p) => p.type === 'currency')
      .map((p) => p.value)
      .join('');
  return `${figure} ${name}`;
}

/**
 * The currency's spoken name from the resources, when they have one; after "million" in the MILLIONS context
 * (i18next's context: a language without that variant says its plain plural).
 */
const resourceNames = (t: Translate): CurrencyName => (code, count, millions) =>
  t(`currency.${code}`, { count, defaultValue: '', ...(millions ? inContext('MILLIONS') : {}) }) || undefined;

/** "1.2 million dollars", with the currency's spoken name from the resources when they have one. */
export function spokenAmount(t: Translate, amount: number, currency: string, locale: string): string {
  return spokenMoney(amount, currency, locale, resourceNames(t));
}

/** An amount the user said, read back exactly in a confirmation: "1,249 dollars", not "1,200 dollars". */
export function exactAmount(t: Translate, amount: number, s: Speaking): string {
  return exactMoney(amount, s.currency, s.locale, resourceNames(t));
}

/** A total, never empty: "1.2 million dollars", "0 dollars". */
export function totalAmount(t: Translate, amount: number, s: Speaking): string {
  return spokenAmount(t, amount, s.currency, s.locale);
}

/** An amount for a card: "$1,500,000". */
export function cardAmount(amount: number | null, s: Speaking): string {
  return amount === null ? '—' : new Intl.NumberFormat(s.locale, { style: 'currency', currency: s.currency, maximumFractionDigits: 0 }).format(amount);
}

/** A percentage (0–100) as the locale writes it on a card or screen (Intl): "50%" in English, "50 %" with a no-break space in French or German. */
export function cardPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}
