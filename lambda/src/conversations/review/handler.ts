/**
 * "Start the pipeline review", "let's review the pipeline", "review Lena's deals", "review commit": a manager's
 * team's deals (a rep's own), commit closing this quarter, then slipping, then best case, one deal a turn with
 * what needs attention. The deal in focus is "it", so every update applies to it without naming it; "next" and
 * "skip" go on (also after an update), "how many are left" counts, "wrap up" (or the last deal) sums up.
 * One query finds the review's deals when it starts; each step after reads the deal in focus by id: one call.
 */
import { type HandlerInput, getIntentName, getRequestType } from 'ask-sdk-core';
import type { RequestContext } from '../../context';
import type { Output } from '../../alexa/output';
import { type IntentHandler, intentHandler, outputHandler } from '../../alexa/intentHandler';
import { hearQuestion } from '../../deals/question';
import { notesSpeech } from '../../deals/phrases';
import type { IntentName } from '../../generated/model';
import { rememberDeal } from '../../state/session';
import { speakingFor } from '../../speaking/speakingFor';
import { windowOf } from '../quota/window';
import { goneOutput, leftOutput, noReviewOutput, stepOutput, summaryOutput } from './output';
import { reviewDeal, reviewDeals, reviewOrder } from './query';
import { type ReviewState, endReview, keepReview, reviewUnderWay } from './state';

/** The calendar quarter (SOQL's THIS_QUARTER, as the pipeline reads it): quota/window.ts with a January year. */
const CALENDAR_YEAR_START = 1;

async function startReview(input: HandlerInput, ctx: RequestContext): Promise<Output> {
  const identity = await ctx.identity();
  const heard = await hearQuestion(input, ctx, identity, ['scope', 'person', 'category']);
  if ('ask' in heard) return heard.ask;
  const { question, notes } = heard;
  const speaking = speakingFor(ctx, identity);
  const notesSaid = notesSpeech(ctx.t, notes, { owner: question.owner });
  const port = await ctx.salesforce();
  const ordered = reviewOrder(await reviewDeals(port, question.owner, identity.userId, question.category), speaking.today, windowOf({ kind: 'relative', id: 'THIS_QUARTER' }, speaking.today, CALENDAR_YEAR_START));
  if (ordered.length === 0) {
    endReview(input);
    const c = question.category;
    const speech = !c ? ctx.t('review.nothing') : c === 'COMMIT' || c === 'BEST_CASE' ? ctx.t(`review.nothingFor.${c}`) : ctx.t('review.nothingFor.other', { category: ctx.t(`pipeline.category.${c}`) });
    return { speech: [...notesSaid, speech].join(' '), reprompt: ctx.t('help.reprompt') };
  }
  const review: ReviewState = { ids: ordered.map((o) => o.deal.id), parts: ordered.map((o) => o.part), at: 0, saidAt: ctx.now.toISOString(), changes: {} };
  keepReview(input, review);
  const first = ordered[0]!;
  rememberDeal(input, first.deal.id, ctx.now);
  const step = stepOutput(ctx.t, first.deal, first.part, 1, ordered.length, speaking);
  return { ...step, speech: [...notesSaid, step.speech].join(' ') };
}

/** The next deal of the review, or its summary after the last one. */
async function nextStep(input: HandlerInput, ctx: RequestContext): Promise<Output> {
  const review = reviewUnderWay(input)!;
  const at = review.at + 1;
  if (at >= review.ids.length) return wrapUp(input, ctx, true);
  review.at = at;
  review.saidAt = ctx.now.toISOString();
  keepReview(input, review);
  const identity = await ctx.identity();
  const deal = await reviewDeal(await ctx.salesforce(), review.ids[at]!);
  if (!deal) return goneOutput(ctx.t, at + 1);
  rememberDeal(input, deal.id, ctx.now);
  return stepOutput(ctx.t, deal, review.parts[at]!, at + 1, review.ids.length, speakingFor(ctx, identity));
}

function wrapUp(input: HandlerInput, ctx: RequestContext, finished: boolean): Output {
  const review = reviewUnderWay(input);
  if (!review) return noReviewOutput(ctx.t);
  endReview(input);
  return summaryOutput(ctx.t, ctx.locale, review.at + 1, review.ids.length, review.changes, finished);
}

/**
 * "Next", "skip", "the next one" while a review is under way — unless a list was read since the deal in focus
 * was said: then "next" is that list's next page (lists/next.ts).
 */
const NEXT_INTENTS: readonly IntentName[] = ['AMAZON.NextIntent', 'NextPageIntent'];
const reviewNextHandler: IntentHandler = {
  intents: NEXT_INTENTS,
  ...outputHandler((input) => {
    if (getRequestType(input.requestEnvelope) !== 'IntentRequest' || !NEXT_INTENTS.includes(getIntentName(input.requestEnvelope) as IntentName)) return false;
    const review = reviewUnderWay(input);
    if (!review) return false;
    // "Give me the next five" asks for a list's page, not for five deals of the review.
    const count = input.requestEnvelope.request.type === 'IntentRequest' && input.requestEnvelope.request.intent.slots?.count?.value;
    if (count && count !== '1') return false;
    const list = input.attributesManager.getSessionAttributes().list as { savedAt?: string } | undefined;
    return !list?.savedAt || list.savedAt <= review.saidAt;
  }, nextStep),
};

export const reviewHandlers: IntentHandler[] = [
  intentHandler(['ReviewStartIntent'], startReview),
  intentHandler(['ReviewLeftIntent'], (input, ctx) => {
    const review = reviewUnderWay(input);
    return review ? leftOutput(ctx.t, review.ids.length - review.at - 1) : noReviewOutput(ctx.t);
  }),
  intentHandler(['ReviewWrapUpIntent'], (input, ctx) => wrapUp(input, ctx, false)),
];

/** Goes before the lists' next-page handlers in the registry. */
export { reviewNextHandler };
