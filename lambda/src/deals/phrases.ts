/** The parts of a sentence about a deal, shared by every output that speaks of opportunities. */
import { format, parseISO } from 'date-fns';
import { localeOf, type Translate } from '../i18n';
import { dateLocaleFor } from '../speaking/dateLocale';
import type { Owner } from './owner';
import type { Period } from './period';
import type { Note } from './question';
import type { OpportunityFilter, OpportunitySummary } from './query';
import { spokenDay } from '../speaking/days';
import { spokenAmount } from '../speaking/money';
import type { Speaking } from '../speaking/speakingFor';

/** A deal's amount as people say it ("1.2 million dollars"), or that it has none yet. */
export function dealAmount(t: Translate, amount: number | null, s: Speaking): string {
  return amount === null ? t('deal.noAmount') : spokenAmount(t, amount, s.currency, s.locale);
}

/** Names that already say the account ("Acme - Renewal") don't need "for Acme" after them. */
export function accountPhrase(t: Translate, item: Pick<OpportunitySummary, 'name' | 'accountName'>): string {
  if (!item.accountName || item.name.toLowerCase().includes(item.accountName.toLowerCase())) return '';
  return t('deal.account', { account: item.accountName });
}

export function closingPhrase(t: Translate, closeDate: string, today: string): string {
  return t(closeDate < today ? 'deal.overdue' : 'deal.closes', { day: spokenDay(t, closeDate, today) });
}

/** Interpolation values that name the owner in the scope-keyed sentences ("{{name}} has no open deals"). */
export function ownerWords(owner: Owner): { name: string } {
  return { name: owner.scope === 'PERSON' ? owner.person.name : '' };
}

/** "your", "your team's", "Lena Fischer's". */
export function whose(t: Translate, owner: Owner): string {
  return t(`deal.whose.${owner.scope}`, ownerWords(owner));
}

/** "this quarter", "in Q3", "in fiscal Q3, August to October", "in October 2025", "this fiscal year so far". */
export function spokenPeriod(t: Translate, p: Period, today: string): string {
  if (p.kind === 'relative') return t(`period.${p.id}`);
  if (p.kind === 'yearToDate') return t('period.yearToDate');
  const from = parseISO(p.from);
  const to = parseISO(p.to);
  const thisYear = parseISO(today).getFullYear();
  const locale = dateLocaleFor(localeOf(t));
  const month = (d: Date, pattern = 'MMMM') => format(d, pattern, { locale });
  if (p.kind === 'month') return to.getFullYear() === thisYear ? t('period.month', { month: month(from) }) : t('period.monthOfYear', { month: month(from), year: from.getFullYear() });
  // A fiscal year that starts in January needs no months to say which quarter it is.
  if (from.getMonth() === (p.quarter - 1) * 3) {
    return to.getFullYear() === thisYear ? t('period.quarter', { n: p.quarter }) : t('period.quarterOfYear', { n: p.quarter, year: to.getFullYear() });
  }
  const range = { n: p.quarter, from: month(from), to: month(to, to.getFullYear() === thisYear ? 'MMMM' : 'MMMM yyyy') };
  return t('period.fiscalQuarter', range);
}

/** The user’s words said back to them: "my quota" is "your quota", "meine Quote" "deine Quote" (deal.toListener). */
function toListener(t: Translate, words: string): string {
  const swaps = t('deal.toListener', { returnObjects: true }) as Record<string, string>;
  return words.replace(/[\p{L}']+/gu, (word) => swaps[word.toLowerCase()] ?? word);
}

/** Heard words said back as they were, up to this many. */
const QUOTED_WORDS = 4;

/** The notes that come before an answer: what the answer did instead of what was heard. */
export function notesSpeech(t: Translate, notes: readonly Note[], instead: { owner: Owner; period?: string }): string[] {
  return notes.map((note) => {
    if (note.kind === 'noTeam') return t('deal.noTeam');
    if (note.kind === 'capped') return t('deal.notes.capped', { max: note.max });
    if (note.kind === 'paged') return t('deal.notes.paged', { count: note.pageSize });
    if (note.kind === 'unsupported') return t(`deal.notes.unsupported.${note.slot}`);
    if (note.kind === 'another') {
      return note.heard.split(/\s+/).length > QUOTED_WORDS ? t('deal.notes.anotherLong') : t('deal.notes.another', { heard: toListener(t, note.heard) });
    }
    // A few words are said back as heard; a long stretch would make the answer hard to follow, so it is summed up.
    const long = note.heard.split(/\s+/).length > QUOTED_WORDS;
    const heard = { heard: note.heard };
    if (note.slot === 'period') {
      if (!instead.period) return long ? t('deal.notes.unclear.periodAny') : t('deal.notes.periodAny', heard);
      return long ? t('deal.notes.unclear.period', { instead: instead.period }) : t('deal.notes.period', { ...heard, instead: instead.period });
    }
    if (note.slot === 'scope') return long ? t('deal.notes.unclear.scope', { whose: whose(t, instead.owner) }) : t('deal.notes.scope', { ...heard, whose: whose(t, instead.owner) });
    return long ? t(`deal.notes.unclear.${note.slot}`) : t(`deal.notes.${note.slot}`, heard);
  });
}

/** " in commit", " in Negotiation/Review", " over 1 million dollars": the filters of a list, for its intro. */
export function filtersPhrase(t: Translate, f: Pick<OpportunityFilter, 'category' | 'stage' | 'minAmount'>, s: Speaking): string {
  return [
    f.category && t('deal.filters.category', { category: t(`pipeline.category.${f.category}`) }),
    f.stage && t('deal.filters.stage', { stage: f.stage }),
    f.minAmount !== undefined && t('deal.filters.over', { amount: spokenAmount(t, f.minAmount, s.currency, s.locale) }),
  ]
    .filter(Boolean)
    .join('');
}
