/**
 * The calendar words and patterns of the request's locale, from date-fns's locale data: month and weekday names,
 * the order of day and month, 12- or 24-hour clocks. Only the skill's locales are imported, so the bundle does
 * not carry every language date-fns knows.
 */
import type { Locale } from 'date-fns';
import { de, enAU, enCA, enGB, enIN, enUS, es, fr } from 'date-fns/locale';

const LOCALES: readonly Locale[] = [enUS, enGB, enCA, enAU, enIN, de, fr, es];

/** date-fns's locale for a request's locale: the exact one ("en-GB"), else its language's ("de-AT" → de), else en-US. */
export function dateLocaleFor(locale: string): Locale {
  const language = locale.split('-')[0];
  return LOCALES.find((l) => l.code === locale) ?? LOCALES.find((l) => l.code === language || l.code?.startsWith(`${language}-`)) ?? enUS;
}

/** The locale's long date without its year: "MMMM do" (en-US), "d MMMM" (en-GB), "do MMMM" (de), "do MMMM" (fr), "d 'de' MMMM" (es). */
export function dayMonthPattern(locale: Locale): string {
  return fullDatePattern(locale).replace(/[,\s]*('de'\s*)?y+$/, '');
}

/** The locale's long date with its year: "MMMM do, y" (en-US), "d MMMM yyyy" (en-GB), "do MMMM y" (de), "do MMMM y" (fr). */
export function fullDatePattern(locale: Locale): string {
  const pattern = locale.formatLong!.date({ width: 'long' });
  // French says the first of a month as an ordinal ("le 1er décembre", "le 2 décembre"), as date-fns's fr writes the
  // day with "do"; its long date pattern has the plain "d" of print.
  return locale.code === fr.code ? pattern.replace(/\bd\b/, 'do') : pattern;
}

/**
 * The locale's clock pattern: "h:mm a" (en-US), "HH:mm" (en-GB, de). Spain says and writes the hour without a leading
 * zero ("a las 9:30", "a la 1:00"), where date-fns's es writes "09:30". French is said and set "10 h 30" (the French
 * typographic rule for times; Alexa reads it "dix heures trente" [unconfirmed]), where date-fns's fr writes the
 * digital "10:30"; a whole hour is "10 h".
 */
export function timePattern(locale: Locale, wholeHour: boolean): string {
  const pattern = locale.code === fr.code ? "H 'h' mm" : locale.code === es.code ? 'H:mm' : locale.formatLong!.time({ width: 'short' });
  // On a 12-hour clock a whole hour is said without its minutes ("10 AM"), and so is French's ("10 h"); "14:00" keeps them.
  return wholeHour && (/a/.test(pattern) || locale.code === fr.code) ? pattern.replace(/:mm| mm/, '') : pattern;
}
