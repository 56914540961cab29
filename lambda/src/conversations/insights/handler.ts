/**
 * "What does Einstein say about the Acme deal", "any insights on it": Einstein's insights on one deal (named, or the
 * last deal spoken of). "Any deals at risk": the open deals Einstein sees at risk — a manager's team's, a rep's own.
 * An org without Einstein hears one sentence saying so (query.ts: INVALID_TYPE caught, no describe).
 */
import { getSlotValue } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { intentHandler } from '../../alexa/intentHandler';
import { defaultOwner } from '../../deals/owner';
import { dynamicValues, resolvedId } from '../../alexa/slots';
import { OwnerScopeIds, SLOTS } from '../../generated/model';
import { speakingFor } from '../../speaking/speakingFor';
import { recallLastDeal, rememberDeal, setPending } from '../../state/session';
import { askDealOutput } from '../opportunity-details/output';
import { findDeal } from '../opportunity-details/query';
import { dealInsightsOutput, dealsAtRiskOutput, noEinsteinOutput } from './output';
import { dealInsights, dealsAtRisk } from './query';

const DEAL_SLOT = SLOTS.DealInsightsIntent.deal;

export const dealInsightsHandler = intentHandler(['DealInsightsIntent'], async (input, ctx) => {
  const intent = (input.requestEnvelope.request as IntentRequest).intent;
  const ask = (q: Parameters<typeof askDealOutput>[3]) => askDealOutput(ctx.t, intent, DEAL_SLOT, q);
  setPending(input, undefined);
  const port = await ctx.salesforce();
  const byId = async (id: string) => {
    const result = await dealInsights(port, id);
    if (result.kind === 'noEinstein') return noEinsteinOutput(ctx.t);
    if (!result.value) return ask({ kind: 'gone' });
    rememberDeal(input, id, ctx.now);
    return dealInsightsOutput(ctx.t, result.value);
  };
  const heard = getSlotValue(input.requestEnvelope, DEAL_SLOT)?.trim();
  if (!heard) {
    const id = await recallLastDeal(input, ctx.now);
    return id ? byId(id) : ask({ kind: 'which' });
  }
  const resolved = dynamicValues(input, DEAL_SLOT);
  if (resolved.length === 1) return byId(resolved[0]!.id);
  const named = heard.replace(/\s+(one|deal|opportunity)$/i, '') || heard;
  const match = await findDeal(port, named);
  if (match.kind === 'one') return byId(match.deal.id);
  // A choice is asked and answered with a name: the answer fills this intent's deal slot again.
  if (match.kind === 'several') return ask({ kind: 'several', names: match.deals.map((d) => d.name), locale: ctx.locale });
  return ask({ kind: 'notFound', heard: named });
});

export const dealsAtRiskHandler = intentHandler(['DealsAtRiskIntent'], async (input, ctx) => {
  setPending(input, undefined);
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  // "Which of my deals": a manager's own; otherwise (nothing said, "our", "the team's") her team's, a rep's own.
  const mine = resolvedId(input, SLOTS.DealsAtRiskIntent.scope, OwnerScopeIds) === 'MINE';
  const owner = mine ? { scope: 'MINE' as const } : defaultOwner(identity.hasReports);
  const result = await dealsAtRisk(port, identity.userId, owner);
  if (result.kind === 'noEinstein') return noEinsteinOutput(ctx.t);
  return dealsAtRiskOutput(ctx.t, result.value, speakingFor(ctx, identity), owner.scope === 'TEAM' ? 'TEAM' : 'MINE');
});

export const insightsHandlers = [dealInsightsHandler, dealsAtRiskHandler];
