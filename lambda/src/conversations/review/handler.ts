/**
 * "Start the pipeline review", "let's review the pipeline", "review Lena's deals", "review commit", "review next
 * quarter's deals", "review the slipping deals": a manager's team's deals rep by rep (reps by name, her own last; a
 * rep's own deals), commit closing in the quarter, then slipping, then best case, one deal a turn with what needs
 * attention. The deal in focus is "it", so every update applies to it without naming it;
 * "next" and "skip" go on (also after an update), "go back" returns, "next rep" moves to the next person,
 * "how many are left" counts, "pause the review" stops it to be continued later (from the state table, for a
 * day: also a review dropped when the session ended), and "wrap up" (or the last deal) sums up what changed,
 * says the new commit and best-case totals and offers to schedule the next review.
 * One query finds the review's deals when it starts; each step after reads the deal in focus by id: one call.
 */
import { type HandlerInput, type RequestHandler, getIntentName, getRequestType, getSlotValue } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { type RequestContext, contextOf } from '../../context';
import { type Output, saidFirst } from '../../alexa/output';
import { type IntentHandler, intentHandler, outputHandler } from '../../alexa/intentHandler';
import { hearQuestion } from '../../deals/question';
import { notesSpeech } from '../../deals/phrases';
import { type IntentName, SLOTS } from '../../generated/model';
import { pendingAction, rememberDeal, setPending } from '../../state/session';
import { speakingFor } from '../../speaking/speakingFor';
import { scheduleMeetingHandler } from '../meeting/handler';
import { type DateWindow, windowOf } from '../quota/window';
import { type Period, periodOf } from '../../deals/period';
import { firstDealOutput, goneOutput, leftOutput, noReviewOutput, notInReviewOutput, nothingToResumeOutput, nothingToReview, onlyRepOutput, pausedOutput, startOutput, stepOutput, summaryOutput } from './output';
import { type ReviewScope, byRep, reviewDeal, reviewDeals, reviewOrder, reviewTotals } from './query';
import { type ReviewState, endReview, keepReview, pauseReview, reviewUnderWay, storedReview } from './state';

/**
 * The dates of the review's period as its SOQL condition means them: SOQL's relative literals (THIS_QUARTER,
 * NEXT_QUARTER …) are calendar periods, its FISCAL ones and the named quarters ("Q1") the org's fiscal ones.
 */
function reviewWindow(period: Period, today: string, fiscalStartMonth: number): DateWindow {
  const fiscal = period.kind !== 'relative' || period.id.includes('FISCAL');
  return windowOf(period, today, fiscal ? fiscalStartMonth : 1);
}

async function startReview(input: HandlerInput, ctx: RequestContext, slippingOnly = false): Promise<Output> {
  const identity = await ctx.identity();
  const heard = await hearQuestion(input, ctx, identity, slippingOnly ? ['scope', 'person', 'category'] : ['scope', 'person', 'category', 'period']);
  if ('ask' in heard) return heard.ask;
  const { question, notes } = heard;
  const speaking = speakingFor(ctx, identity);
  const notesSaid = notesSpeech(ctx.t, notes, { owner: question.owner });
  // A quarterly review is of the quarter the team is measured by: the fiscal one where the year starts in another month.
  const quarter = identity.fiscalYearStartMonth === 1 ? 'THIS_QUARTER' : 'THIS_FISCAL_QUARTER';
  const period = periodOf(question.period ?? quarter, speaking.today, identity.fiscalYearStartMonth, 'future');
  const scope: ReviewScope = { owner: question.owner, period, window: reviewWindow(period, speaking.today, identity.fiscalYearStartMonth), ...(question.category ? { category: question.category } : {}), ...(slippingOnly ? { slippingOnly } : {}) };
  const deals = await reviewDeals(await ctx.salesforce(), scope, identity.userId, speaking.today);
  const reps = byRep(deals);
  const ordered = reviewOrder(deals, speaking.today, scope, reps ? identity.userId : undefined);
  if (ordered.length === 0) {
    endReview(input);
    return { speech: [...notesSaid, nothingToReview(ctx.t, scope, speaking.today)].join(' '), reprompt: ctx.t('help.reprompt') };
  }
  const review: ReviewState = {
    ids: ordered.map((o) => o.deal.id),
    parts: ordered.map((o) => o.part),
    ...(reps
      ? {
          reps: ordered.map((o) => o.deal.ownerId),
          repNames: Object.fromEntries(ordered.map((o) => [o.deal.ownerId, o.deal.ownerId === identity.userId ? null : (o.deal.ownerName ?? '')])),
        }
      : {}),
    owner: question.owner,
    period,
    at: 0,
    saidAt: ctx.now.toISOString(),
    changes: {},
  };
  keepReview(input, review);
  const first = ordered[0]!;
  rememberDeal(input, first.deal.id, ctx.now);
  return saidFirst(notesSaid, startOutput(ctx.t, first.deal, review, speaking));
}

/** Puts the deal at `at` in focus and says it (one call: the deal as it is now). */
async function stepTo(input: HandlerInput, ctx: RequestContext, review: ReviewState, at: number, lead?: 'resumed'): Promise<Output> {
  review.at = at;
  review.saidAt = ctx.now.toISOString();
  keepReview(input, review);
  const identity = await ctx.identity();
  const deal = await reviewDeal(await ctx.salesforce(), review.ids[at]!);
  if (!deal) return goneOutput(ctx.t, at + 1);
  rememberDeal(input, deal.id, ctx.now);
  return stepOutput(ctx.t, deal, review, speakingFor(ctx, identity), lead);
}

/** The next deal of the review, or its summary after the last one. */
function nextStep(input: HandlerInput, ctx: RequestContext): Promise<Output> {
  const review = reviewUnderWay(input)!;
  const at = review.at + 1;
  return at >= review.ids.length ? wrapUp(input, ctx, true) : stepTo(input, ctx, review, at);
}

/** "Go back": the deal before the one in focus. */
function previousStep(input: HandlerInput, ctx: RequestContext): Output | Promise<Output> {
  const review = reviewUnderWay(input)!;
  return review.at === 0 ? firstDealOutput(ctx.t) : stepTo(input, ctx, review, review.at - 1);
}

/**
 * "Next rep": the first deal of the next person's, or the summary after the last person. "Jump to Lena": the
 * first of hers, wherever it is in the review.
 */
async function nextRep(input: HandlerInput, ctx: RequestContext): Promise<Output> {
  const review = reviewUnderWay(input);
  if (!review) return noReviewOutput(ctx.t);
  if (!review.reps) return onlyRepOutput(ctx.t);
  const reps = review.reps;
  if (getSlotValue(input.requestEnvelope, SLOTS.ReviewNextRepIntent.person)) {
    const identity = await ctx.identity();
    const heard = await hearQuestion(input, ctx, identity, ['person']);
    if ('ask' in heard) return heard.ask;
    const { owner } = heard.question;
    const id = owner.scope === 'PERSON' ? owner.person.id : identity.userId;
    const at = reps.indexOf(id);
    if (at >= 0) return stepTo(input, ctx, review, at);
    const name = owner.scope === 'PERSON' ? owner.person.name : undefined;
    return notInReviewOutput(ctx.t, name);
  }
  const rep = reps[review.at];
  const at = reps.findIndex((r, i) => i > review.at && r !== rep);
  return at < 0 ? wrapUp(input, ctx, true) : stepTo(input, ctx, review, at);
}

/** "Continue the review": the one under way, or the one paused or dropped within the day, at the deal it was on. */
async function resume(input: HandlerInput, ctx: RequestContext): Promise<Output> {
  const underWay = reviewUnderWay(input);
  if (underWay) return stepTo(input, ctx, underWay, underWay.at);
  const { orgId, userId } = await ctx.identity();
  const stored = await storedReview(ctx.table, orgId, userId);
  if (!stored) return nothingToResumeOutput(ctx.t);
  return stepTo(input, ctx, stored, stored.at, 'resumed');
}

function pause(input: HandlerInput, ctx: RequestContext): Output {
  const review = reviewUnderWay(input);
  if (!review) return noReviewOutput(ctx.t);
  pauseReview(input);
  return pausedOutput(ctx.t, review.at + 1, review.ids.length);
}

async function wrapUp(input: HandlerInput, ctx: RequestContext, finished: boolean): Promise<Output> {
  const review = reviewUnderWay(input);
  if (!review) return noReviewOutput(ctx.t);
  endReview(input);
  const identity = await ctx.identity();
  const totals = await reviewTotals(await ctx.salesforce(), review.owner, review.period, identity.userId);
  setPending(input, 'scheduleReview');
  return summaryOutput(ctx.t, review, totals, finished, speakingFor(ctx, identity));
}

/**
 * "Next", "skip", "go back" while a review is under way — unless a list was read since the deal in focus was
 * said: then they page that list (lists/next.ts, lists/previous.ts).
 */
function duringReview(intents: readonly IntentName[], speak: (input: HandlerInput, ctx: RequestContext) => Output | Promise<Output>): IntentHandler {
  return {
    intents,
    ...outputHandler((input) => {
      if (getRequestType(input.requestEnvelope) !== 'IntentRequest' || !intents.includes(getIntentName(input.requestEnvelope) as IntentName)) return false;
      const review = reviewUnderWay(input);
      if (!review) return false;
      // "Give me the next five" asks for a list's page, not for five deals of the review.
      const count = (input.requestEnvelope.request as IntentRequest).intent.slots?.count?.value;
      if (count && count !== '1') return false;
      const list = input.attributesManager.getSessionAttributes().list as { savedAt?: string } | undefined;
      return !list?.savedAt || list.savedAt <= review.saidAt;
    }, speak),
  };
}

const reviewNextHandler = duringReview(['AMAZON.NextIntent', 'NextPageIntent'], nextStep);
const reviewPreviousHandler = duringReview(['AMAZON.PreviousIntent'], previousStep);

/**
 * "Yes" to "shall I schedule the next review?": the meeting conversation, started with its subject, goes on
 * with its own questions (day, time). The meeting write answers with Dialog directives for its own intent,
 * which Alexa allows from another intent's request (see alexa/dialog.ts questionAgainOutput: "a dialog can also
 * involve multiple intents", https://developer.amazon.com/en-US/docs/alexa/custom-skills/dialog-interface-reference.html).
 */
const scheduleNextReviewHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === 'AMAZON.YesIntent' && pendingAction(input) === 'scheduleReview',
  handle(input) {
    const request = input.requestEnvelope.request as IntentRequest;
    const subject = SLOTS.ScheduleMeetingIntent.subject;
    request.intent = {
      name: 'ScheduleMeetingIntent',
      confirmationStatus: 'NONE',
      slots: { [subject]: { name: subject, value: contextOf(input).t('meeting.subjects.PIPELINE_REVIEW'), confirmationStatus: 'NONE' } },
    };
    return scheduleMeetingHandler.handle(input);
  },
};

export const reviewHandlers: IntentHandler[] = [
  intentHandler(['ReviewStartIntent'], (input, ctx) => startReview(input, ctx)),
  intentHandler(['ReviewSlippingIntent'], (input, ctx) => startReview(input, ctx, true)),
  intentHandler(['ReviewLeftIntent'], (input, ctx) => {
    const review = reviewUnderWay(input);
    return review ? leftOutput(ctx.t, review.ids.length - review.at - 1) : noReviewOutput(ctx.t);
  }),
  intentHandler(['ReviewNextRepIntent'], nextRep),
  intentHandler(['ReviewResumeIntent'], resume),
  intentHandler(['ReviewPauseIntent'], pause),
  intentHandler(['ReviewWrapUpIntent'], (input, ctx) => wrapUp(input, ctx, false)),
];

/** Go before the lists' next- and previous-page handlers, and before the plain "yes", in the registry. */
export const reviewStepHandlers: IntentHandler[] = [reviewNextHandler, reviewPreviousHandler];
export { scheduleNextReviewHandler };
