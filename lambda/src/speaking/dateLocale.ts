/**
 * The calendar words and patterns of the request's locale, from date-fns's locale data: month and weekday names,
 * the order of day and month, 12- or 24-hour clocks. Only the skill's locales are imported, so the bundle does
 * not carry every language date-fns knows.
 */
import type { Locale } from 'date-fns';
import { de, enAU, enCA, enGB, enIN, enUS, es } from 'date-fns/locale';

const LOCALES: readonly Locale[] = [enUS, enGB, enCA, enAU, enIN, de, es];

/** date-fns's locale for a request's locale: the exact one ("en-GB"), else its language's ("de-AT" → de), else en-US. */
export function dateLocaleFor(locale: string): Locale {
  const language = locale.split('-')[0];
  return LOCALES.find((l) => l.code === locale) ?? LOCALES.find((l) => l.code === language || l.code?.startsWith(`${language}-`)) ?? enUS;
}

/** The locale's long date without its year: "MMMM do" (en-US), "d MMMM" (en-GB), "do MMMM" (de), "d 'de' MMMM" (es). */
export function dayMonthPattern(locale: Locale): string {
  return locale.formatLong!.date({ width: 'long' }).replace(/[,\s]*('de'\s*)?y+$/, '');
}

/** The locale's long date with its year: "MMMM do, y" (en-US), "d MMMM yyyy" (en-GB), "do MMMM y" (de). */
export function fullDatePattern(locale: Locale): string {
  return locale.formatLong!.date({ width: 'long' });
}
