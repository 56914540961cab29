/**
 * "What does Einstein say about the Acme deal", "any insights on it": Einstein's insights on one deal (named, or the
 * last deal spoken of). "Any deals at risk": the open deals Einstein sees at risk — a manager's team's, a rep's own.
 * An org without Einstein hears one sentence saying so (query.ts: INVALID_TYPE caught, no describe).
 */
import { intentHandler } from '../../alexa/intentHandler';
import { defaultOwner } from '../../deals/owner';
import { resolvedId } from '../../alexa/slots';
import { OwnerScopeIds, SLOTS } from '../../generated/model';
import { speakingFor } from '../../speaking/speakingFor';
import { setPending } from '../../state/session';
import { answerNamedDeal } from '../opportunity-details/namedDeal';
import { dealInsightsOutput, dealsAtRiskOutput, noEinsteinOutput } from './output';
import { dealInsights, dealsAtRisk } from './query';

export const dealInsightsHandler = intentHandler(['DealInsightsIntent'], (input, ctx) =>
  answerNamedDeal(input, ctx, SLOTS.DealInsightsIntent.deal, async (port, id) => {
    const result = await dealInsights(port, id);
    if (result.kind === 'noEinstein') return { kind: 'said', output: noEinsteinOutput(ctx.t), remember: false };
    if (!result.value) return { kind: 'gone' };
    return { kind: 'said', output: dealInsightsOutput(ctx.t, result.value), remember: true };
  }),
);

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
