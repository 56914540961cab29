/** The review's words: one deal in one short line with what needs attention, how many are left, the summary. */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Output } from '../../alexa/output';
import type { Translate } from '../../i18n';
import { dealName } from '../../deals/listOutput';
import { spokenDayAfterPreposition } from '../../speaking/days';
import { spokenFigure, totalAmount } from '../../speaking/money';
import type { Totals } from '../../deals/totals';
import { spokenList } from '../../speaking/list';
import { ordinal } from '../../speaking/ordinal';
import type { Speaking } from '../../speaking/speakingFor';
import { type ReviewDeal, type ReviewScope, type ReviewTotals, takesSlipping } from './query';
import { spokenPeriod } from '../../deals/phrases';
import type { ReviewChange, ReviewState } from './state';
import { dealScreen } from '../opportunity-details/screen';

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
  // Closed since the review began (marked won a step ago, then "go back"): what it is now, nothing to attend to.
  if (deal.isClosed) return t('review.closedDeal', { named: dealName(t, deal), amount: deal.amount === null ? t('review.noAmount') : spokenFigure(deal.amount, s.locale), outcome: t(deal.isWon ? 'review.won' : 'review.lost') });
  const notes = attention(t, deal, s.today);
  const values = {
    named: dealName(t, deal),
    amount: deal.amount === null ? t('review.noAmount') : spokenFigure(deal.amount, s.locale),
    when: t(deal.closeDate < s.today ? 'review.overdue' : 'review.closes', { day: spokenDayAfterPreposition(t, deal.closeDate, s.today) }),
    attention: notes.length ? `; ${notes.join('; ')}` : '',
  };
  return t('review.deal', values);
}

/** "Lena Fischer, 3 deals." ("Your own, 2 deals.") before the first deal of each rep's in a review that goes rep by rep. */
function repIntro(t: Translate, review: ReviewState, at: number): string | undefined {
  if (!review.reps) return undefined;
  const rep = review.reps[at];
  if (at > 0 && review.reps[at - 1] === rep) return undefined;
  const count = review.reps.filter((r) => r === rep).length;
  const name = review.repNames?.[rep!];
  return name === null ? t('review.own', { count }) : t('review.rep', { name: name ?? '', count });
}

/** The first deal: "First of 7, commit: … Say next, or change it." */
export function startOutput(t: Translate, deal: ReviewDeal, review: ReviewState, s: Speaking): Output {
  const line = t('review.first', { count: review.ids.length, part: t(`review.part.${review.parts[0]!}`), deal: dealLine(t, deal, s) });
  return { speech: [repIntro(t, review, 0), line].filter(Boolean).join(' '), reprompt: t('review.reprompt'), screen: reviewScreen(t, deal, review, 0, s) };
}

/** The deal in focus: "2 of 7, slipping: …", after "Picking up where you left off." when resumed. */
export function stepOutput(t: Translate, deal: ReviewDeal, review: ReviewState, s: Speaking, lead?: 'resumed'): Output {
  const position = review.at + 1;
  const line = t('review.next', { position, count: review.ids.length, part: t(`review.part.${review.parts[review.at]!}`), deal: dealLine(t, deal, s) });
  const parts = [lead && t('review.resumed'), repIntro(t, review, review.at), line];
  return { speech: parts.filter(Boolean).join(' '), reprompt: t('review.reprompt'), screen: reviewScreen(t, deal, review, review.at, s) };
}

/** The deal in focus, under where the review stands: "Review: 2 of 7, slipping · Acme". */
function reviewScreen(t: Translate, deal: ReviewDeal, review: ReviewState, at: number, s: Speaking) {
  const plain = { interpolation: { escapeValue: false } };
  const where = t('review.screen', { ...plain, position: at + 1, count: review.ids.length, part: t(`review.part.${review.parts[at]!}`) });
  return dealScreen(t, deal, s, deal.accountName ? `${where} · ${deal.accountName}` : where);
}

/** Nothing to review: what was looked for, so the user knows it was understood. */
export function nothingToReview(t: Translate, scope: ReviewScope, today: string): string {
  const period = spokenPeriod(t, scope.period, today);
  const c = scope.category;
  if (scope.slippingOnly) return t('review.nothingSlipping');
  const slipping = takesSlipping(scope, today);
  if (!c) return t(slipping ? 'review.nothing.withSlipping' : 'review.nothing.inPeriod', { period });
  if (c === 'COMMIT' || c === 'BEST_CASE') return t(slipping ? `review.nothingFor.${c}.withSlipping` : `review.nothingFor.${c}.inPeriod`, { period });
  const category = t(`pipeline.category.${c}`);
  return slipping ? t('review.nothingFor.other', { category }) : t('review.nothingFor.otherInPeriod', { category, period });
}

export function goneOutput(t: Translate, position: number): Output {
  return { speech: `${t('review.gone', { position: ordinal(t, position, 'FEMININE') })} ${t('review.reprompt')}`, reprompt: t('review.reprompt') };
}

export function leftOutput(t: Translate, left: number): Output {
  return { speech: `${left === 0 ? t('review.lastOne') : t('review.left', { count: left })} ${t('review.reprompt')}`, reprompt: t('review.reprompt') };
}

export function firstDealOutput(t: Translate): Output {
  return { speech: `${t('review.atFirst')} ${t('review.reprompt')}`, reprompt: t('review.reprompt') };
}

/** "Jump to Lena" when none of Lena's deals (or, unnamed, the speaker's own) is in the review. */
export function notInReviewOutput(t: Translate, name: string | undefined): Output {
  const speech = name ? t('review.notInReview.person', { name }) : t('review.notInReview.own');
  return { speech: `${speech} ${t('review.reprompt')}`, reprompt: t('review.reprompt') };
}

export function onlyRepOutput(t: Translate): Output {
  return { speech: `${t('review.oneRep')} ${t('review.reprompt')}`, reprompt: t('review.reprompt') };
}

export function noReviewOutput(t: Translate): Output {
  return { speech: t('review.noReview'), reprompt: t('help.reprompt') };
}

export function nothingToResumeOutput(t: Translate): Output {
  return { speech: t('review.nothingToResume'), reprompt: t('help.reprompt') };
}

/** Paused: the session ends; the review waits in the table. */
export function pausedOutput(t: Translate, position: number, count: number): Output {
  return { speech: t('review.paused', { position, count }) };
}

const CHANGE_ORDER: readonly ReviewChange[] = ['won', 'lost', 'toCommit', 'toBestCase', 'toPipeline', 'toOmitted', 'pushed', 'pulledIn', 'stage', 'amount', 'nextStep', 'call', 'note', 'reminder'];

/**
 * The end of the review, at its last deal or on "wrap up": how many were reviewed, what changed ("3 pushed, 1
 * moved to commit and 1 won"), the open commit and best case closing this quarter as they are now, and the
 * offer to schedule the next review.
 */
export function summaryOutput(t: Translate, review: ReviewState, totals: ReviewTotals, finished: boolean, s: Speaking): Output {
  const reviewed = review.at + 1;
  const total = review.ids.length;
  const said = CHANGE_ORDER.filter((kind) => (review.changes[kind] ?? 0) > 0).map((kind) => t(`review.change.${kind}`, { count: review.changes[kind]! }));
  const figure = (x: Totals) => (x.count === 0 ? t('review.totals.none') : t('review.totals.some', { amount: totalAmount(t, x.amount, s), count: x.count }));
  const parts = [
    finished && t('review.last'),
    reviewed === total ? t('review.reviewed', { count: reviewed }) : t('review.reviewedOf', { count: reviewed, total }),
    said.length ? t('review.changes', { list: spokenList(said, s.locale, 'conjunction') }) : t('review.noChanges'),
    t('review.totals.now', { period: spokenPeriod(t, review.period, s.today), commit: figure(totals.commit), bestCase: figure(totals.bestCase) }),
    t('review.scheduleNext'),
  ];
  return { speech: parts.filter(Boolean).join(' '), reprompt: t('review.scheduleNext') };
}
