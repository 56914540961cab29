/**
 * "What does Einstein say about the Acme deal", "any insights on it": Einstein's insights on one deal (named, or the
 * last deal spoken of). "Any deals at risk": the open deals Einstein sees at risk — a manager's team's, a rep's own,
 * or whose the user names.
 * An org without Einstein hears one sentence saying so (query.ts: INVALID_TYPE caught, no describe).
 */
import { saidFirst } from '../../alexa/output';
import { intentHandler } from '../../alexa/intentHandler';
import { notesSpeech } from '../../deals/phrases';
import { hearQuestion } from '../../deals/question';
import { SLOTS } from '../../generated/model';
import { speakingFor } from '../../speaking/speakingFor';
import { forgetList, offerDealChoice, setPending } from '../../state/session';
import { namedDealHandler } from '../opportunity-details/namedDeal';
import { READ_AT_RISK, dealInsightsOutput, dealsAtRiskOutput, noEinsteinOutput } from './output';
import { dealInsights, dealsAtRisk } from './query';

export const dealInsightsHandler = namedDealHandler('DealInsightsIntent', SLOTS.DealInsightsIntent.deal, async (_input, ctx) => ({
  byId: async (port, id) => {
    const result = await dealInsights(port, id);
    if (result.kind === 'noEinstein') return { kind: 'said', output: noEinsteinOutput(ctx.t), remember: false };
    if (!result.value) return { kind: 'gone' };
    return { kind: 'said', output: dealInsightsOutput(ctx.t, result.value), remember: true };
  },
}));

export const dealsAtRiskHandler = intentHandler(['DealsAtRiskIntent'], async (input, ctx) => {
  setPending(input, undefined);
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  // "Which of my deals": a manager's own; "Oliver's": his; nothing said, "our", "the team's": her team's, a rep's own.
  const heard = await hearQuestion(input, ctx, identity, ['scope', 'person']);
  if ('ask' in heard) return heard.ask;
  const { owner } = heard.question;
  // The deals read out are no list "next" could go on with; an older list is not what "next" means after them.
  forgetList(input);
  const result = await dealsAtRisk(port, identity.userId, owner);
  if (result.kind === 'noEinstein') return noEinsteinOutput(ctx.t);
  const output = dealsAtRiskOutput(ctx.t, result.value, speakingFor(ctx, identity), owner);
  // "Tell me about the second one" right after: one of the deals just read.
  const read = result.value.slice(0, READ_AT_RISK);
  if (read.length > 1) offerDealChoice(input, { intent: 'DealDetailsIntent', deals: read.map((d) => ({ id: d.id, name: d.name })) });
  return saidFirst(notesSpeech(ctx.t, heard.notes, { owner }), output);
});

export const insightsHandlers = [dealInsightsHandler, dealsAtRiskHandler];
