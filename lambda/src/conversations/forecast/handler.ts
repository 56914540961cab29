/**
 * "What's my forecast", "how's the team's forecast", "what's Lena's forecast", "forecast for next quarter": the
 * Collaborative Forecasts numbers — closed, commit and best case — against the quota, this fiscal quarter unless a
 * period is said. A deal conversation, so "and for the team?" or "and next quarter?" asks it again.
 * An org (or user) without Collaborative Forecasts hears one sentence saying so: describe tells, once an hour.
 */
import { type DealConversation, questionHandler } from '../../deals/conversation';
import { defaultOwner } from '../../deals/owner';
import { periodOf } from '../../deals/period';
import { speakingFor } from '../../speaking/speakingFor';
import { setPending } from '../../state/session';
import { windowOf } from '../quota/window';
import { type ForecastView, forecastOutput } from './output';
import { forecast } from './query';

export const forecastConversation: DealConversation = {
  kind: 'forecast',
  intent: 'ForecastIntent',
  slots: ['scope', 'person', 'period'],
  honours: ['scope', 'person', 'period'],
  async answer(input, ctx, identity, q, notes) {
    setPending(input, undefined);
    const speaking = speakingFor(ctx, identity);
    // Forecasts follow the forecast hierarchy, which starts at the speaker: "everyone's" is what they can see.
    const everyone = q.owner.scope === 'ALL';
    const owner = everyone ? defaultOwner(identity.hasReports) : q.owner;
    const period = periodOf(q.period ?? 'THIS_QUARTER', speaking.today, identity.fiscalYearStartMonth, 'future');
    const [features, port] = await Promise.all([ctx.features(), ctx.salesforce()]);
    const result = features.forecasting
      ? await forecast(port, { owner, userId: identity.userId, window: windowOf(period, speaking.today, identity.fiscalYearStartMonth) })
      : { kind: 'noForecasting' as const };
    const view: ForecastView = { ...speaking, owner, period, notes, hasReports: identity.hasReports, result };
    if (everyone) view.everyone = owner.scope === 'TEAM' ? 'TEAM' : 'MINE';
    return forecastOutput(ctx.t, view);
  },
};

export const forecastHandlers = [
  questionHandler(forecastConversation),
  // "… for the team next quarter": the team is a word, not a slot, so no slot sits next to the period.
  questionHandler({ ...forecastConversation, intent: 'TeamForecastIntent', slots: ['period'], fixed: { scope: 'TEAM' } }),
];
