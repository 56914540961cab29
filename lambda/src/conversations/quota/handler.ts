/**
 * "What's my quota attainment", "how am I doing against quota", "is Lena on track for her quota this quarter",
 * "what's the team's attainment", "Lena's quota attainment last quarter": closed won against the Collaborative
 * Forecasts quota, this quarter unless a period is said.
 */
import { type DealConversation, questionHandler } from '../../deals/conversation';
import { speakingFor } from '../../speaking/speakingFor';
import { setPending } from '../../state/session';
import { type QuotaView, quotaOutput } from './output';
import { quotaAsked, quotaAttainment } from './query';

export const quotaConversation: DealConversation = {
  kind: 'quota',
  intent: 'QuotaAttainmentIntent',
  slots: ['scope', 'person', 'period'],
  honours: ['scope', 'person', 'period'],
  async answer(input, ctx, identity, q, notes) {
    const port = await ctx.salesforce();
    const speaking = speakingFor(ctx, identity);
    setPending(input, undefined);
    const { query, period, everyone } = quotaAsked(q, identity, speaking.today, identity.fiscalYearStartMonth);
    const result = await quotaAttainment(port, query);
    const view: QuotaView = { ...speaking, owner: query.owner, period, window: query.window, result, notes, hasReports: identity.hasReports };
    if (everyone) view.everyone = everyone;
    return quotaOutput(ctx.t, view);
  },
};

export const quotaHandlers = [
  questionHandler(quotaConversation),
  // "… for the team last quarter": the team is a word, not a slot, so no slot sits next to the period.
  questionHandler({ ...quotaConversation, intent: 'TeamQuotaAttainmentIntent', slots: ['period'], fixed: { scope: 'TEAM' } }),
];
