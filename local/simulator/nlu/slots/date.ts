/**
 * AMAZON.DATE: spoken dates → the strings Alexa sends
 * (https://developer.amazon.com/docs/custom-skills/slot-type-reference.html#date):
 * a day "2026-12-01", a week "2026-W49", a weekend "2026-W48-WE", a month "2026-12", a year "2027",
 * a decade "202X", a season "2026-WI", "right now" → "PRESENT_REF". Dates without a year are on or
 * after today, and "today" is today in the device's time zone.
 */
import * as chrono from 'chrono-node';
import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays, addMonths, addWeeks, getISOWeek, getISOWeekYear } from 'date-fns';
import { parseCardinal, parseMinutes, parseOrdinal } from '../numbers';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const OFFSETS: Record<string, number> = { this: 0, current: 0, coming: 1, next: 1, following: 1, last: -1, previous: -1, past: -1 };
const FILLERS = new Set(['on', 'the', 'in', 'am', 'im', 'den', 'der', 'le', 'el', 'la']);

/** A week, weekend, month or year relative to today, as words said it: the unit, and how many away (-1, 0, 1). */
type Relative = { unit: string; offset: number } | null;

/**
 * Relative periods in each language, read from word keys: "next week", "this winter"; French "la semaine prochaine",
 * "ce mois-ci", "l'année dernière"; Spanish "la semana que viene", "la próxima semana", "este mes", "el año pasado"
 * (the coming one said either way round); German "nächste Woche", "diesen Monat", "letztes Jahr" [unconfirmed for the
 * three: Amazon documents English only].
 */
const RELATIVE: Record<string, (text: string) => Relative> = {
  en(text) {
    const m = /^(?:the )?(this|current|coming|next|following|last|previous|past) (week|weekend|month|year|decade|spring|summer|fall|autumn|winter)$/.exec(text);
    return m ? { unit: m[2]!, offset: OFFSETS[m[1]!]! } : null;
  },
  fr(text) {
    const m = /^(?:la |le |l|cette |ce |cet )?(semaine|week end|mois|année|an)(?: ci)?(?: (prochaine?|dernière?|passée?))?$/.exec(text);
    const units: Record<string, string> = { semaine: 'week', 'week end': 'weekend', mois: 'month', année: 'year', an: 'year' };
    return m ? { unit: units[m[1]!]!, offset: !m[2] ? 0 : m[2].startsWith('prochain') ? 1 : -1 } : null;
  },
  es(text) {
    const m = /^(?:la |el |esta |este )?(?:(próxima|próximo) )?(semana|fin de semana|mes|año)(?: (que viene|próxima|próximo|pasada|pasado))?$/.exec(text);
    if (!m || (m[1] && m[3])) return null;
    const units: Record<string, string> = { semana: 'week', 'fin de semana': 'weekend', mes: 'month', año: 'year' };
    const when = m[1] ?? m[3];
    return { unit: units[m[2]!]!, offset: !when ? 0 : when.startsWith('pasad') ? -1 : 1 };
  },
  de(text) {
    // A bare "Woche" names no week; "Wochenende" alone is this one.
    const m = /^(?:(dies|nächst|kommend|letzt|vorig)(?:e|en|er|es) )?(woche|wochenende|monat|jahr)$/.exec(text);
    if (!m || (!m[1] && m[2] !== 'wochenende')) return null;
    const units: Record<string, string> = { woche: 'week', wochenende: 'weekend', monat: 'month', jahr: 'year' };
    return { unit: units[m[2]!]!, offset: m[1] === 'nächst' || m[1] === 'kommend' ? 1 : m[1] === 'letzt' || m[1] === 'vorig' ? -1 : 0 };
  },
};

/**
 * chrono-node's parser for the locale's language: it was already here for English and ships German, French and
 * Spanish parsers of its own (chrono.de, chrono.fr, chrono.es: "morgen", "nächsten Dienstag", "15 Dezember").
 */
function chronoFor(locale: string): Pick<typeof chrono, 'parse'> {
  const language = locale.split('-')[0];
  return language === 'de' ? chrono.de : language === 'fr' ? chrono.fr : language === 'es' ? chrono.es : chrono;
}

export function toAlexaDate(words: readonly string[], now: Date, timeZone: string, locale = 'en-US'): string | null {
  if (words.length === 0) return null;
  // "on tuesday", "in january": try the words as said, then without the leading preposition or article.
  const first = words.findIndex((w) => !FILLERS.has(w));
  const variants = first > 0 ? [words, words.slice(first)] : [words];
  for (const variant of variants) {
    const today = new TZDate(now, timeZone);
    const value =
      (locale.startsWith('de') ? germanDay(variant, today) : null) ??
      namedPeriod(variant, today, locale) ??
      (locale.startsWith('fr') ? frenchDay(variant, today) : null) ??
      calendarDate(variant.join(' '), now, timeZone, locale);
    if (value) return value;
  }
  return null;
}

/** Weeks, weekends, months, years, decades and seasons, relative to today ("next week", "this winter"). */
function namedPeriod(words: readonly string[], today: TZDate, locale: string): string | null {
  const text = words.join(' ');
  if (text === 'now' || text === 'right now') return 'PRESENT_REF';
  const relative = (RELATIVE[locale.split('-')[0]!] ?? RELATIVE.en!)(text);
  if (relative) return period(relative.unit, relative.offset, today);
  const bare = text.replace(/^the /, '');
  if (bare === 'weekend' || SEASONS[bare]) return period(bare, 0, today);
  if (text === 'the week after next') return period('week', 2, today);
  const month = MONTHS.indexOf(text);
  if (month >= 0) {
    const year = today.getFullYear() + (month < today.getMonth() ? 1 : 0);
    return `${year}-${pad(month + 1)}`;
  }
  const year = spokenYear(words);
  return year === null ? null : String(year);
}

/**
 * A German day of the month alone, "am 15." / "am fünfzehnten", as its next coming date (chrono's German parser does not
 * read it as Alexa does) [unconfirmed: Amazon documents "the fifteenth" for English only].
 */
function germanDay(words: readonly string[], today: TZDate): string | null {
  // The article may be the sample's ("am {date}") or the slot's ("{date}" as "am 15."); German writes the day "15.".
  const said = words.length === 2 && ['am', 'den', 'zum'].includes(words[0]!) ? words[1] : words.length === 1 ? words[0] : undefined;
  const day = said === undefined ? null : parseOrdinal([said], 'de-DE');
  if (day === null || day < 1 || day > 31) return null;
  return comingDayOfMonth(day, today);
}

/** The next date (today or later) whose day of the month is `day`: "the 15th" said on the 26th is next month's. */
function comingDayOfMonth(day: number, today: TZDate): string | null {
  for (let month = 0; month < 3; month++) {
    const first = addMonths(new TZDate(today.getFullYear(), today.getMonth(), 1, today.timeZone), month);
    const date = new TZDate(first.getFullYear(), first.getMonth(), day, today.timeZone);
    if (date.getMonth() === first.getMonth() && (month > 0 || day >= today.getDate())) return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(day)}`;
  }
  return null;
}

/**
 * [unconfirmed: how Alexa's fr-FR AMAZON.DATE resolves them] French days chrono's French parser misses: "après-demain"
 * and "avant-hier" (it reads only their "demain" and "hier"), and a day of the month alone, "le 15", "le 1er" (the
 * coming one, as chrono's forwardDate reads a weekday).
 */
function frenchDay(words: readonly string[], today: TZDate): string | null {
  const text = words.join(' ');
  const shift = text === 'après demain' ? 2 : text === 'avant hier' ? -2 : null;
  if (shift !== null) return isoDay(addDays(today, shift));
  const day = text === '1er' || text === 'premier' ? 1 : parseCardinal(words, 'fr-FR');
  return day === null || !Number.isInteger(day) || day < 1 || day > 31 ? null : comingDayOfMonth(day, today);
}

function isoDay(day: Date): string {
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

function period(unit: string, offset: number, today: TZDate): string {
  const year = today.getFullYear();
  switch (unit) {
    case 'week':
    case 'weekend': {
      const day = addWeeks(today, offset);
      return `${getISOWeekYear(day)}-W${pad(getISOWeek(day))}${unit === 'weekend' ? '-WE' : ''}`;
    }
    case 'month': {
      const month = addMonths(today, offset);
      return `${month.getFullYear()}-${pad(month.getMonth() + 1)}`;
    }
    case 'year':
      return String(year + offset);
    case 'decade':
      return `${Math.floor(year / 10) + offset}X`;
    default:
      return `${year + offset}-${SEASONS[unit]}`;
  }
}

/** "2027", "two thousand twenty seven", "twenty twenty seven", "nineteen oh five". */
function spokenYear(words: readonly string[]): number | null {
  const whole = parseCardinal(words);
  if (whole !== null) return whole >= 1000 && whole <= 2999 ? whole : null;
  const century = { nineteen: 19, twenty: 20 }[words[0] ?? ''];
  const rest = words.length > 1 ? parseMinutes(words.slice(1)) : null;
  return century !== undefined && rest !== null && rest < 100 ? century * 100 + rest : null;
}

/** Specific days ("tuesday", "december fifth", "tomorrow", "in three days") and "december 2027", via chrono. */
function calendarDate(text: string, now: Date, timeZone: string, locale: string): string | null {
  // "45 minutes", "an hour": chrono reads them as now plus that much, which is a duration, not a date.
  if (/\b(seconds?|minutes?|mins?|hours?|hrs?)\b/.test(text)) return null;
  // German writes a day's number with a full stop ("15. Dezember"), which chrono's German parser needs and the
  // tokenizer dropped.
  // The slot's words come as keys, apostrophes dropped, and chrono's French parser knows only "aujourd'hui".
  if (locale.startsWith('es')) {
    const day = spanishDay(text, new TZDate(now, timeZone));
    if (day) return day;
  }
  const said = locale.startsWith('de') ? text.replace(/^(\d{1,2}) /, '$1. ') : locale.startsWith('es') ? comingWeekday(text) : locale.startsWith('fr') ? text.replace(/\baujourdhui\b/, "aujourd'hui") : text;
  const results = chronoFor(locale).parse(said, { instant: now, timezone: tzOffset(timeZone, now) }, { forwardDate: true });
  const result = results[0];
  if (results.length !== 1 || !result || result.index !== 0 || result.text.length !== said.length) return null;
  const { start } = result;
  const ymd = [start.get('year'), start.get('month'), start.get('day')];
  if (ymd.some((n) => n === null)) return null;
  const [year, month, day] = ymd as number[];
  if (start.isCertain('day') || start.isCertain('weekday')) return `${year}-${pad(month!)}-${pad(day!)}`;
  if (start.isCertain('month')) return `${year}-${pad(month!)}`;
  return null;
}

/**
 * Spanish says the coming weekday as "el martes que viene" as often as "el próximo martes"; chrono's Spanish parser
 * knows only the second, so the first is said that way.
 */
function comingWeekday(text: string): string {
  return text.replace(/^(lunes|martes|miércoles|jueves|viernes|sábado|domingo) que viene$/, 'próximo $1');
}

/**
 * Spanish days chrono's Spanish parser misreads: "pasado mañana" (it hears only "mañana") and a day of the month
 * alone, "el día 15", "el 15" (it reads "día 15" as today), which is the next 15th on or after today, as Alexa
 * resolves a date without a month to the coming one [unconfirmed for es-ES].
 */
function spanishDay(text: string, today: TZDate): string | null {
  if (text === 'pasado mañana') return isoDay(addDays(today, 2));
  const dayOfMonth = /^(?:el )?(?:día )?(\d{1,2})$/.exec(text);
  if (!dayOfMonth || (!text.includes('día') && !text.startsWith('el '))) return null;
  const day = Number(dayOfMonth[1]);
  return day < 1 || day > 31 ? null : comingDayOfMonth(day, today);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
