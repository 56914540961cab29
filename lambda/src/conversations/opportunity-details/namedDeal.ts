/**
 * A question about one deal that names it or says "it" ("what does Einstein say about the Acme deal", "what's the
 * score on it"): the deal from its slot (Alexa's dynamic entity, else a search by name) or the last deal spoken of,
 * asked about when unclear — the answer fills the same intent's deal slot again. The deal answered about becomes "it".
 *
 * "Which one: A or B?" is offered as a choice (state/session.ts): the answer — "the office furniture one" in the
 * deal slot, or "the second one", which Alexa may give to OpportunityDetailsIntent (handler.ts pickFromChoice) —
 * picks among those deals, never a new search, and is answered by the question that asked (`answerChosenDeal`).
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { Output } from '../../alexa/output';
import { type IntentHandler, intentHandler } from '../../alexa/intentHandler';
import { dynamicValues } from '../../alexa/slots';
import type { RequestContext } from '../../context';
import { dealNameOf, heardDealName } from '../../deals/dealSlot';
import type { IntentName } from '../../generated/model';
import { rankByName } from '../../salesforce/nameSearch';
import type { SalesforcePort } from '../../salesforce/port';
import { offerDealChoice, offeredDealChoice, recallLastDeal, rememberDeal, setPending } from '../../state/session';
import { askDealOutput } from './output';
import { findDeal } from './query';

/** What a question says about a deal: nothing when the deal is gone; `remember: false` when it could not tell. */
export type DealAnswer = { kind: 'gone' } | { kind: 'said'; output: Output; remember: boolean };

/** What a question says about a deal, by its id — or, first, that it cannot be asked in this org at all (`say`). */
type Answerer = { say: Output } | { byId: (port: SalesforcePort, id: string) => Promise<DealAnswer> };
type Answer = (input: HandlerInput, ctx: RequestContext) => Promise<Answerer>;

const answers = new Map<IntentName, Answer>();

/** Speaks what the question says about deal `id`; the deal becomes "it". */
async function answerById(input: HandlerInput, ctx: RequestContext, how: Answerer, id: string, ask: (q: Parameters<typeof askDealOutput>[3]) => Output): Promise<Output> {
  if ('say' in how) return how.say;
  const said = await how.byId(await ctx.salesforce(), id);
  if (said.kind === 'gone') return ask({ kind: 'gone' });
  if (said.remember) rememberDeal(input, id, ctx.now);
  return said.output;
}

/** The question's handler: `answer` says what it says about a deal (or that it cannot be asked here). */
export function namedDealHandler(intent: IntentName, slot: string, answer: Answer): IntentHandler {
  answers.set(intent, answer);
  return intentHandler([intent], async (input, ctx) => {
    const request = (input.requestEnvelope.request as IntentRequest).intent;
    const ask = (q: Parameters<typeof askDealOutput>[3]) => askDealOutput(ctx.t, request, slot, q);
    setPending(input, undefined);
    const how = await answer(input, ctx);
    if ('say' in how) return how.say;
    const byId = (id: string) => answerById(input, ctx, how, id, ask);
    const heard = heardDealName(input, slot);
    if (!heard) {
      const id = await recallLastDeal(input, ctx.now);
      return id ? byId(id) : ask({ kind: 'which' });
    }
    const resolved = dynamicValues(input, slot);
    if (resolved.length === 1) return byId(resolved[0]!.id);
    const named = dealNameOf(heard, ctx.locale);
    const choice = offeredDealChoice(input);
    const picked = choice && rankByName(named, choice.deals.map((d) => ({ Id: d.id, Name: d.name })), { everyWord: true });
    if (picked?.kind === 'one') return byId(picked.record.Id);
    const match = await findDeal(await ctx.salesforce(), named);
    if (match.kind === 'one') return byId(match.deal.id);
    if (match.kind === 'several') {
      offerDealChoice(input, { intent, deals: match.deals.map((d) => ({ id: d.id, name: d.name })) });
      return ask({ kind: 'several', names: match.deals.map((d) => d.name), locale: ctx.locale });
    }
    return ask({ kind: 'notFound', heard: named });
  });
}

/** "The second one" after this kind of question's "Which one?": the answer for the deal picked, or undefined for other questions. */
export function answerChosenDeal(input: HandlerInput, ctx: RequestContext, intent: IntentName, id: string, slot: string): Promise<Output> | undefined {
  const answer = answers.get(intent);
  if (!answer) return undefined;
  const request = (input.requestEnvelope.request as IntentRequest).intent;
  return answer(input, ctx).then((how) => answerById(input, ctx, how, id, (q) => askDealOutput(ctx.t, { ...request, name: intent }, slot, q)));
}
