/**
 * One deal: by the position the user heard it at in the last list ("tell me more about the second one",
 * "number seven" — or a campaign's results after the campaign list), by its name ("what's the next step on the
 * Initech deal"), or as "it" / "that deal": the last deal spoken of. A question about one thing (next step,
 * close date, owner, amount) leads with that thing.
 */
import { answerChosenDeal } from './namedDeal';
import { dealNameOf, heardDealName } from '../../deals/dealSlot';
import { dynamicValues } from '../../alexa/slots';
import { getIntentName, type HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { RequestContext } from '../../context';
import { type IntentName, SLOTS } from '../../generated/model';
import { campaignReportOutput } from '../campaigns/output';
import { withStatusLabels } from '../campaigns/status';
import { noListOutput } from '../../lists/page';
import { goneOutput, outOfRangeOutput, whichOneOutput } from '../../lists/pick';
import { type DealFocus, askDealOutput, dealOutput } from './output';
import { campaignReportById } from '../campaigns/query';
import { type OpportunityDetails, findDeal, opportunityDetails } from './query';
import {
  type DealChoice, lastDealQuestion, lastOutput, offerDealChoice, offeredDealChoice, recallLastDeal, recallList, rememberDeal, setPending,
} from '../../state/session';
import { intentHandler, outputHandler } from '../../alexa/intentHandler';
import { touchedDealPosition } from '../../screens/touch';
import type { Output } from '../../alexa/output';
import { numberSlot } from '../../alexa/slots';
import type { ListFollowUp } from '../../lists/pick';
import { rankByName } from '../../salesforce/nameSearch';
import { speakingFor } from '../../speaking/speakingFor';

const FOCUS = {
  DealDetailsIntent: 'details',
  DealNextStepIntent: 'nextStep',
  DealCloseDateIntent: 'closeDate',
  DealOwnerIntent: 'owner',
  DealAmountIntent: 'amount',
} as const satisfies Partial<Record<IntentName, DealFocus>>;

type DealIntent = keyof typeof FOCUS;

/** "And the Acme one?": that deal, asked what the last deal was asked (its close date …), or its details. */
function askedIntent(input: HandlerInput): DealIntent {
  const name = getIntentName(input.requestEnvelope) as IntentName;
  if (name in FOCUS) return name as DealIntent;
  // Said instead of answering "Which one: A or B?" or "Which deal do you mean?", it asks what that question asked.
  const last = offeredDealChoice(input)?.intent ?? lastOutput(input)?.dialog?.intent.name ?? lastDealQuestion(input);
  return last && last in FOCUS ? (last as DealIntent) : 'DealDetailsIntent';
}

/** Every deal intent has the same slot for the name. */
const DEAL_SLOT = SLOTS.DealDetailsIntent.deal;

/** Speaks the deal and remembers it as what "it" now means. */
async function speakDeal(input: HandlerInput, ctx: RequestContext, deal: OpportunityDetails, asked: DealIntent, followUp?: ListFollowUp): Promise<Output> {
  rememberDeal(input, deal.id, ctx.now, asked);
  const [stageLabel, identity] = await Promise.all([ctx.picklistLabel('Opportunity', 'StageName'), ctx.identity()]);
  return dealOutput(ctx.t, { ...deal, stage: stageLabel(deal.stage) }, speakingFor(ctx, identity), FOCUS[asked], followUp);
}

/** "The second one" after "Which one: A or B?": the deal at that place in the choice, for the question that asked. */
async function pickFromChoice(input: HandlerInput, ctx: RequestContext, choice: DealChoice, position: number | undefined): Promise<Output> {
  const picked = position !== undefined && position >= 1 ? choice.deals[position - 1] : undefined;
  if (!picked) {
    offerDealChoice(input, choice);
    return position === undefined ? whichOneOutput(ctx.t) : outOfRangeOutput(ctx.t, position, choice.deals.length);
  }
  // Asked by another question about one deal (Einstein's insights, its score): that question answers.
  const answered = answerChosenDeal(input, ctx, choice.intent, picked.id, DEAL_SLOT);
  if (answered) return answered;
  const deal = await opportunityDetails(await ctx.salesforce(), picked.id);
  return deal ? speakDeal(input, ctx, deal, choice.intent as DealIntent) : goneOutput(ctx.t);
}

export const detailsHandler = intentHandler(['OpportunityDetailsIntent'], async (input, ctx) => {
  const slots = SLOTS.OpportunityDetailsIntent;
  const position = numberSlot(input, slots.position) ?? numberSlot(input, slots.number);
  const choice = offeredDealChoice(input);
  if (choice) return pickFromChoice(input, ctx, choice, position);
  return pickFromList(input, ctx, position);
});

/** A row of a deal table touched on the screen: that deal, as "tell me more about the second one" gets it. */
export const touchedRowHandler = outputHandler(
  (input) => touchedDealPosition(input.requestEnvelope) !== undefined,
  (input, ctx) => pickFromList(input, ctx, touchedDealPosition(input.requestEnvelope)),
);

/** The item at `position` of the list last read. */
async function pickFromList(input: HandlerInput, ctx: RequestContext, position: number | undefined): Promise<Output> {
  const list = await recallList(input, ctx.now);
  if (!list) return noListOutput(ctx.t, 'list.pick.noList');
  if (position === undefined) return whichOneOutput(ctx.t);
  const id = position >= 1 ? list.itemIds[position - 1] : undefined;
  if (!id) return outOfRangeOutput(ctx.t, position, list.itemIds.length);
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  // After the details, "yes" to "want the next five?" goes on with the list.
  const followUp = { hasMore: list.hasMore, pageSize: list.pageSize };
  setPending(input, list.hasMore ? 'nextPage' : undefined);
  if (list.kind === 'campaigns') {
    const found = await campaignReportById(port, id);
    const [campaign] = found ? await withStatusLabels(ctx, [found]) : [];
    return campaign ? campaignReportOutput(ctx.t, campaign, speakingFor(ctx, identity), followUp) : goneOutput(ctx.t);
  }
  const deal = await opportunityDetails(port, id);
  return deal ? speakDeal(input, ctx, deal, 'DealDetailsIntent', followUp) : goneOutput(ctx.t);
}

/** The most deals offered in one "Which one?". */
const MAX_CHOICES = 3;

export const dealHandler = intentHandler([...(Object.keys(FOCUS) as DealIntent[]), 'DealFollowUpIntent'], async (input, ctx) => {
  const intent = (input.requestEnvelope.request as IntentRequest).intent;
  const asked = askedIntent(input);
  // The words as Alexa heard them: the slot type's few values only help recognition, and a name it could not
  // resolve (ER_SUCCESS_NO_MATCH) still arrives as heard — the org's deals are searched for it either way.
  const heard = heardDealName(input, DEAL_SLOT);
  const ask = (q: Parameters<typeof askDealOutput>[3]) => askDealOutput(ctx.t, intent, DEAL_SLOT, q);
  setPending(input, undefined);
  const port = await ctx.salesforce();
  const byId = async (id: string) => {
    const deal = await opportunityDetails(port, id);
    return deal ? speakDeal(input, ctx, deal, asked) : ask({ kind: 'gone' });
  };
  if (!heard) {
    // "When does it close" while "Which one: A or B?" is open: "it" is one of those, so the choice is asked again.
    const open = offeredDealChoice(input);
    if (open) {
      offerDealChoice(input, { ...open, intent: asked });
      return ask({ kind: 'several', names: open.deals.map((d) => d.name), locale: ctx.locale });
    }
    const id = await recallLastDeal(input, ctx.now);
    return id ? byId(id) : ask({ kind: 'which' });
  }
  // A deal Alexa resolved through the session's dynamic entities (deals/known.ts): its id, no search needed.
  // More than a short choice ("the loading dock upgrade" of six accounts) goes to the search, which ranks them.
  const resolved = dynamicValues(input, DEAL_SLOT);
  if (resolved.length === 1) return byId(resolved[0]!.id);
  if (resolved.length > 1 && resolved.length <= MAX_CHOICES) {
    offerDealChoice(input, { intent: asked, deals: resolved });
    return ask({ kind: 'several', names: resolved.map((d) => d.name), locale: ctx.locale });
  }
  // The answer to "Which one: A or B?" is one of those names: no search needed.
  const choice = offeredDealChoice(input);
  // "The robotics one", "and the Acme one" (a follow-up heard as the answer to "Which deal?"): the words around
  // a name are not part of it.
  const named = dealNameOf(heard, ctx.locale);
  const picked = choice && rankByName(named, choice.deals.map((d) => ({ Id: d.id, Name: d.name })), { everyWord: true });
  if (picked?.kind === 'one') return byId(picked.record.Id);
  const match = await findDeal(port, named);
  if (match.kind === 'one') return speakDeal(input, ctx, match.deal, asked);
  if (match.kind === 'several') {
    offerDealChoice(input, { intent: asked, deals: match.deals });
    return ask({ kind: 'several', names: match.deals.map((d) => d.name), locale: ctx.locale });
  }
  return ask({ kind: 'notFound', heard: named });
});
