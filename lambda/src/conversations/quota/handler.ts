/**
 * "What's my quota attainment", "how am I doing against quota", "is Lena on track for her quota this quarter",
 * "what's the team's attainment", "Lena's quota attainment last quarter": closed won against the Collaborative
 * Forecasts quota, this quarter unless a period is said.
 */
import { type DealConversation, questionHandler } from '../../deals/conversation';
import { defaultOwner } from '../../deals/owner';
import { periodOf } from '../../deals/period';
import { speakingFor } from '../../speaking/speakingFor';
import { setPending } from '../../state/session';
import { type QuotaView, quotaOutput } from './output';
import { quotaAttainment } from './query';
import { windowOf } from './window';

export const quotaConversation: DealConversation = {
  kind: 'quota',
  intent: 'QuotaAttainmentIntent',
  slots: ['scope', 'person', 'period'],
  honours: ['scope', 'person', 'period'],
  async answer(input, ctx, identity, q, notes) {
    const port = await ctx.salesforce();
    const speaking = speakingFor(ctx, identity);
    setPending(input, undefined);
    // Quotas follow the forecast hierarchy, which starts at the speaker: "everyone's" is what they can see, their team.
    const everyone = q.owner.scope === 'ALL';
    // A manager's quota is their team's number: their own attainment is the team's, so they hear it with each rep's.
    const owner = everyone || (q.owner.scope === 'MINE' && identity.hasReports) ? defaultOwner(identity.hasReports) : q.owner;
    const period = periodOf(q.period ?? 'THIS_QUARTER', speaking.today, identity.fiscalYearStartMonth, 'past');
    const window = windowOf(period, speaking.today, identity.fiscalYearStartMonth);
    const result = await quotaAttainment(port, { owner, userId: identity.userId, window });
    const view: QuotaView = { ...speaking, owner, period, window, result, notes, hasReports: identity.hasReports };
    if (everyone) view.everyone = owner.scope === 'TEAM' ? 'TEAM' : 'MINE';
    return quotaOutput(ctx.t, view);
  },
};

export const quotaHandlers = [
  questionHandler(quotaConversation),
  // "… for the team last quarter": the team is a word, not a slot, so no slot sits next to the period.
  questionHandler({ ...quotaConversation, intent: 'TeamQuotaAttainmentIntent', slots: ['period'], fixed: { scope: 'TEAM' } }),
];
