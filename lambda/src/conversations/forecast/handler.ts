/**
 * "What's my forecast", "how's the team's forecast", "what's Lena's forecast", "forecast for next quarter": the
 * Collaborative Forecasts numbers — closed, commit and best case — against the quota, this fiscal quarter unless a
 * period is said. A deal conversation, so "and for the team?" or "and next quarter?" asks it again.
 * An org (or user) without Collaborative Forecasts hears one sentence saying so: describe tells, once an hour.
 */
import { type DealConversation, questionHandler } from '../../deals/conversation';
import { speakingFor } from '../../speaking/speakingFor';
import { setPending } from '../../state/session';
import { type ForecastView, forecastOutput } from './output';
import { forecast, forecastAsked } from './query';

export const forecastConversation: DealConversation = {
  kind: 'forecast',
  intent: 'ForecastIntent',
  slots: ['scope', 'person', 'period'],
  honours: ['scope', 'person', 'period'],
  async answer(input, ctx, identity, q, notes) {
    setPending(input, undefined);
    const speaking = speakingFor(ctx, identity);
    const { query, period, everyone } = forecastAsked(q, identity, speaking.today, identity.fiscalYearStartMonth);
    const [features, port] = await Promise.all([ctx.features(), ctx.salesforce()]);
    const result = features.forecasting ? await forecast(port, query) : { kind: 'noForecasting' as const };
    const view: ForecastView = { ...speaking, owner: query.owner, period, notes, hasReports: identity.hasReports, result };
    if (everyone) view.everyone = everyone;
    return forecastOutput(ctx.t, view);
  },
};

export const forecastHandlers = [
  questionHandler(forecastConversation),
  // "… for the team next quarter": the team is a word, not a slot, so no slot sits next to the period.
  questionHandler({ ...forecastConversation, intent: 'TeamForecastIntent', slots: ['period'], fixed: { scope: 'TEAM' } }),
];
