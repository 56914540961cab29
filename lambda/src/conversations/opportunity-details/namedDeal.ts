/**
 * A question about one deal that names it or says "it" ("what does Einstein say about the Acme deal", "what's the
 * score on it"): the deal from its slot (Alexa's dynamic entity, else a search by name) or the last deal spoken of,
 * asked about when unclear — the answer fills the same intent's deal slot again. The deal answered about becomes "it".
 */
import type { HandlerInput } from 'ask-sdk-core';
import { heardDealName } from '../../deals/dealSlot';
import type { IntentRequest } from 'ask-sdk-model';
import type { Output } from '../../alexa/output';
import { dynamicValues } from '../../alexa/slots';
import type { RequestContext } from '../../context';
import type { SalesforcePort } from '../../salesforce/port';
import { recallLastDeal, rememberDeal, setPending } from '../../state/session';
import { askDealOutput } from './output';
import { findDeal } from './query';

/** What a question says about a deal: nothing when the deal is gone; `remember: false` when it could not tell. */
export type DealAnswer = { kind: 'gone' } | { kind: 'said'; output: Output; remember: boolean };

export async function answerNamedDeal(
  input: HandlerInput,
  ctx: RequestContext,
  slot: string,
  answer: (port: SalesforcePort, id: string) => Promise<DealAnswer>,
): Promise<Output> {
  const intent = (input.requestEnvelope.request as IntentRequest).intent;
  const ask = (q: Parameters<typeof askDealOutput>[3]) => askDealOutput(ctx.t, intent, slot, q);
  setPending(input, undefined);
  const port = await ctx.salesforce();
  const byId = async (id: string) => {
    const said = await answer(port, id);
    if (said.kind === 'gone') return ask({ kind: 'gone' });
    if (said.remember) rememberDeal(input, id, ctx.now);
    return said.output;
  };
  const heard = heardDealName(input, slot);
  if (!heard) {
    const id = await recallLastDeal(input, ctx.now);
    return id ? byId(id) : ask({ kind: 'which' });
  }
  const resolved = dynamicValues(input, slot);
  if (resolved.length === 1) return byId(resolved[0]!.id);
  const named = heard.replace(/\s+(one|deal|opportunity)$/i, '') || heard;
  const match = await findDeal(port, named);
  if (match.kind === 'one') return byId(match.deal.id);
  if (match.kind === 'several') return ask({ kind: 'several', names: match.deals.map((d) => d.name), locale: ctx.locale });
  return ask({ kind: 'notFound', heard: named });
}
