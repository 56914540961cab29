/**
 * Facts about the local org computed straight from its store, independently of the skill's queries: date
 * ranges as SOQL date literals mean them, whose deals a scope covers, totals, and amounts as the skill says them
 * (by this file's own arithmetic, not the skill's speaking/money.ts, so a change there shows up as a difference).
 */
import type { SObjectRecord } from '../../local/org/types';

export type Range = readonly [from: string, to: string];

const iso = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

/** The calendar day in a time zone (the demo users' dates are evaluated in theirs). */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The calendar quarter `offset` quarters from the one `day` is in (the demo org's fiscal year is the calendar year). */
export function quarterRange(day: string, offset = 0): Range {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const first = month - ((month - 1) % 3) + 3 * offset;
  return [iso(year, first, 1), iso(year, first + 3, 0)];
}

export function monthRange(day: string): Range {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return [iso(year, month, 1), iso(year, month + 1, 0)];
}

export function closesIn(record: SObjectRecord, [from, to]: Range): boolean {
  const date = String(record.CloseDate);
  return date >= from && date <= to;
}

/** The manager and everyone reporting to them directly: whose deals "the team" covers. */
export function teamOf(users: readonly SObjectRecord[], managerId: string): Set<string> {
  return new Set(users.filter((u) => u.Id === managerId || u.ManagerId === managerId).map((u) => u.Id));
}

export function amountOf(records: readonly SObjectRecord[]): number {
  return records.reduce((sum, r) => sum + (typeof r.Amount === 'number' ? r.Amount : 0), 0);
}

/** Biggest amount first, then Id, as "the biggest" means in the skill's answers. */
export function byAmount(records: readonly SObjectRecord[]): SObjectRecord[] {
  return [...records].sort((a, b) => Number(b.Amount ?? -1) - Number(a.Amount ?? -1) || String(a.CloseDate).localeCompare(String(b.CloseDate)) || String(a.Id).localeCompare(String(b.Id)));
}

/**
 * An amount as the skill says it in German, without the currency ("1,5 Millionen", "745 Tausend", "12.500"): the
 * same rounding as `figure`, German words, a decimal comma and a full stop between thousands.
 */
export function figureDe(amount: number): string {
  const abs = Math.abs(amount);
  const comma = (text: string) => text.replace('.', ',');
  const counted = (n: string, one: string, many: string) => `${comma(n)} ${n === '1' ? one : many}`;
  const dots = (whole: number) => String(whole).replace(/\B(?=(\d{3})+$)/g, '.');
  let said: string;
  if (abs >= 1e9) said = counted(decimal(abs / 1e9, abs % 1e4 === 0 ? 2 : 1), 'Milliarde', 'Milliarden');
  else if (abs >= 1e6) {
    const millions = decimal(abs / 1e6, abs % 1e4 === 0 ? 2 : 1);
    said = millions === '1000' ? '1 Milliarde' : counted(millions, 'Million', 'Millionen');
  } else if (abs >= 1e5) said = Math.round(abs / 1e3) === 1000 ? '1 Million' : `${Math.round(abs / 1e3)} Tausend`;
  else if (abs >= 1e3) said = dots(Math.round(abs / 100) * 100);
  else said = dots(Math.round(abs));
  return amount < 0 && said !== '0' ? `-${said}` : said;
}

/** An amount in US dollars as the skill says it in German: "1,5 Millionen Dollar" (Dollar has one form). */
export function dollarsDe(amount: number): string {
  return `${figureDe(amount)} Dollar`;
}

/** Digits grouped by thousands: 56500 → "56,500". */
const grouped = (whole: number) => String(whole).replace(/\B(?=(\d{3})+$)/g, ',');

/** `value` with at most `decimals` decimals, trailing zeros dropped: (1.25, 1) → "1.3", (3, 2) → "3". */
function decimal(value: number, decimals: number): string {
  const scale = 10 ** decimals;
  return String(Math.round(value * scale) / scale);
}

/**
 * How an amount is said, as a table: from the top, the first row whose floor the amount reaches says it.
 * Millions keep two decimals when the amount is a whole number of ten thousands (a quota, "1.75 million"),
 * one otherwise; from 100 thousand, whole thousands; from 1,000, the nearest hundred; below, whole units.
 */
const SAID: readonly { floor: number; say: (abs: number) => string }[] = [
  { floor: 1e9, say: (abs) => `${decimal(abs / 1e9, abs % 1e4 === 0 ? 2 : 1)} billion` },
  // 999.96 million rounds to a thousand millions, which is said as a billion.
  {
    floor: 1e6,
    say: (abs) => {
      const millions = decimal(abs / 1e6, abs % 1e4 === 0 ? 2 : 1);
      return millions === '1000' ? '1 billion' : `${millions} million`;
    },
  },
  // 999,600 rounds to a thousand thousands, which is said as a million.
  { floor: 1e5, say: (abs) => (Math.round(abs / 1e3) === 1000 ? '1 million' : `${Math.round(abs / 1e3)} thousand`) },
  { floor: 1e3, say: (abs) => grouped(Math.round(abs / 100) * 100) },
  { floor: 0, say: (abs) => grouped(Math.round(abs)) },
];

/** An amount without its currency, as said once the sentence has named it ("1.2 million"). */
export function figure(amount: number): string {
  const abs = Math.abs(amount);
  const said = SAID.find((row) => abs >= row.floor)!.say(abs);
  return amount < 0 && said !== '0' ? `-${said}` : said;
}

/**
 * An amount without its currency as it is said in French, from the same table: a decimal comma, digits grouped by a
 * narrow no-break space (French print), "mille", and "million" that takes an s from two on ("1,5 million", "2 millions").
 */
export function frenchFigure(amount: number): string {
  return figure(amount)
    .replace(/(\d),(?=\d{3})/g, '$1\u202f')
    .replace(/(\d)\.(\d)/, '$1,$2')
    .replace(/ thousand$/, ' mille')
    .replace(/^(\S+) (million|billion)$/, (_, n: string, scale: string) => `${n} ${scale === 'billion' ? 'milliard' : 'million'}${Number(n.replace(',', '.')) >= 2 ? 's' : ''}`);
}

/** An amount in US dollars as the skill says it in French: "de" after a million ("1,5 million de dollars", "340 mille dollars"). */
export function frenchDollars(amount: number): string {
  const said = frenchFigure(amount);
  return `${said} ${/milli(on|ard)s?$/.test(said) ? 'de dollars' : said === '1' ? 'dollar' : 'dollars'}`;
}

/** An amount in US dollars as the skill says it ("1.2 million dollars"); "1 dollar" only for an amount said as 1. */
export function dollars(amount: number): string {
  const said = figure(amount);
  return `${said} ${said === '1' ? 'dollar' : 'dollars'}`;
}

/**
 * The same figure as Spain says it: a decimal comma, "millón"/"millones" and "mil" for the scale words, and digits
 * grouped with a full stop from five digits on ("12.500", but "8500", as Spanish style writes four-digit numbers).
 */
export function spanishFigure(amount: number): string {
  const english = figure(amount);
  const scaled = /^(-?[\d.]+) (million|thousand|billion)$/.exec(english);
  if (scaled) {
    const [, number, scale] = scaled as unknown as [string, string, string];
    const said = number.replace('.', ',');
    if (scale === 'thousand') return `${said} mil`;
    if (scale === 'billion') return `${said} mil millones`;
    return `${said} ${said === '1' ? 'millón' : 'millones'}`;
  }
  const digits = english.replace(/,/g, '');
  return digits.replace(/^-/, '').length >= 5 ? digits.replace(/\B(?=(\d{3})+$)/g, '.') : digits;
}

/** An amount in US dollars as said in Spain: "de" after millions ("1,5 millones de dólares", "745 mil dólares"). */
export function spanishDollars(amount: number): string {
  const said = spanishFigure(amount);
  if (/millón|millones$/.test(said)) return `${said} de dólares`;
  return `${said} ${said === '1' ? 'dólar' : 'dólares'}`;
}

/** An amount the user gave, as a confirmation reads it back: every digit, grouped by thousands ("1,249 dollars"). */
export function exactDollars(amount: number): string {
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${amount < 0 ? '-' : ''}${digits} ${amount === 1 ? 'dollar' : 'dollars'}`;
}

/** The number of deals as the skill says it: "1 deal", "7 deals". */
export function deals(count: number): string {
  return `${count} deal${count === 1 ? '' : 's'}`;
}

/**
 * A deal as a list says it: its account, then its name without the account it starts with. The demo org names
 * deals "<account> - <product>", so "Northwind Traders - Loading Dock Upgrade" is "Northwind Traders, Loading Dock Upgrade".
 */
export function listedDeal(deal: SObjectRecord, accounts: readonly SObjectRecord[]): string {
  const account = String(accounts.find((a) => a.Id === deal.AccountId)?.Name);
  const name = String(deal.Name);
  return name.startsWith(`${account} - `) ? `${account}, ${name.slice(account.length + 3)}` : `${account}, ${name}`;
}

/** Text as it appears inside the SSML: the five XML characters escaped once. */
export function ssmlEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * The quarter `offset` quarters from the one holding `today`, from the org's Period rows (fiscal quarters; with
 * `forecastOnly`, only those that are forecast periods).
 */
export function periodQuarter(periods: readonly SObjectRecord[], today: string, offset = 0, forecastOnly = false): Range {
  const quarters = periods
    .filter((p) => p.Type === 'Quarter' && (!forecastOnly || p.IsForecastPeriod === true))
    .sort((a, b) => String(a.StartDate).localeCompare(String(b.StartDate)));
  const at = quarters.findIndex((p) => String(p.StartDate) <= today && today <= String(p.EndDate));
  const p = quarters[at + offset]!;
  return [String(p.StartDate), String(p.EndDate)];
}
