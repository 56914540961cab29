/** The review's words: one deal in one short line with what needs attention, how many are left, the summary. */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Output } from '../../alexa/output';
import type { Translate } from '../../i18n';
import { dealName } from '../../deals/listOutput';
import { spokenDayAfterPreposition } from '../../speaking/days';
import { spokenFigure } from '../../speaking/money';
import { spokenList } from '../../speaking/list';
import { ordinal } from '../../speaking/ordinal';
import type { Speaking } from '../../speaking/speakingFor';
import type { ReviewDeal, ReviewPart } from './query';

/** A deal with no activity logged for this many days is said to be quiet. */
export const QUIET_DAYS = 14;

/** What needs attention on a deal besides a passed close date (which "was due …" says): the next step, activity. */
export function attention(t: Translate, deal: ReviewDeal, today: string): string[] {
  const notes: string[] = [];
  if (!deal.nextStep) notes.push(t('review.noNextStep'));
  if (!deal.lastActivityDate) notes.push(t('review.noActivity'));
  else {
    const days = differenceInCalendarDays(parseISO(today), parseISO(deal.lastActivityDate));
    if (days >= QUIET_DAYS) notes.push(t('review.quiet', { count: days }));
  }
  return notes;
}

export function dealLine(t: Translate, deal: ReviewDeal, s: Speaking): string {
  const notes = attention(t, deal, s.today);
  const values = {
    named: dealName(t, deal),
    amount: deal.amount === null ? t('review.noAmount') : spokenFigure(deal.amount, s.locale),
    when: t(deal.closeDate < s.today ? 'review.overdue' : 'review.closes', { day: spokenDayAfterPreposition(t, deal.closeDate, s.today) }),
    attention: notes.length ? `; ${notes.join('; ')}` : '',
  };
  return t('review.deal', values);
}

/** The deal in focus: "First of 7, commit: …" or "2 of 7, slipping: …". */
export function stepOutput(t: Translate, deal: ReviewDeal, part: ReviewPart, position: number, count: number, s: Speaking): Output {
  const key = position === 1 ? 'review.first' : 'review.next';
  return { speech: t(key, { position, count, part: t(`review.part.${part}`), deal: dealLine(t, deal, s) }), reprompt: t('review.reprompt') };
}

export function goneOutput(t: Translate, position: number): Output {
  return { speech: `${t('review.gone', { position: ordinal(t, position) })} ${t('review.reprompt')}`, reprompt: t('review.reprompt') };
}

export function leftOutput(t: Translate, left: number): Output {
  return { speech: `${left === 0 ? t('review.lastOne') : t('review.left', { count: left })} ${t('review.reprompt')}`, reprompt: t('review.reprompt') };
}

export function noReviewOutput(t: Translate): Output {
  return { speech: t('review.noReview'), reprompt: t('help.reprompt') };
}

/** The end of the review, at its last deal or on "wrap up": how many were reviewed and what was changed. */
export function summaryOutput(t: Translate, locale: string, reviewed: number, total: number, changes: Record<string, number>, finished: boolean): Output {
  const said = Object.entries(changes)
    .filter(([, n]) => n > 0)
    .map(([kind, count]) => t(`review.change.${kind as 'won'}`, { count }));
  const parts = [
    finished && t('review.last'),
    reviewed === total ? t('review.reviewed', { count: reviewed }) : t('review.reviewedOf', { count: reviewed, total }),
    said.length ? t('review.changes', { list: spokenList(said, locale, 'conjunction') }) : t('review.noChanges'),
    t('review.whatElse'),
  ];
  return { speech: parts.filter(Boolean).join(' '), reprompt: t('help.reprompt') };
}
