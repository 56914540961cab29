/**
 * The registry: every request handler, in the order ask-sdk tries them, and the intents they cover. A new
 * conversation is its folder (handler, words.<locale>.ts, model.<locale>.json, queries, output) and one line
 * here; `npm run build:models` finds its words and voice model by their file names.
 */
import type { RequestHandler } from 'ask-sdk-core';
import type { IntentHandler } from '../alexa/intentHandler';
import type { IntentName } from '../generated/model';
import { nextHandler, nextPageHandler } from '../lists/next';
import { previousHandler } from '../lists/previous';
import { exitHandler } from './basics/exit';
import { fallbackHandler, unknownIntentHandler } from './basics/fallback';
import { helpHandler } from './basics/help';
import { launchHandler } from './basics/launch';
import { noHandler } from './basics/no';
import { repeatHandler } from './basics/repeat';
import { sessionEndedHandler } from './basics/sessionEnded';
import { silentHandler } from './basics/silent';
import { yesHandler } from './basics/yes';
import { briefingHandler } from './briefing/handler';
import { activeCampaignsHandler } from './campaigns/activeCampaigns';
import { campaignReportHandler } from './campaigns/campaignReport';
import { createCaseHandler } from './case/handler';
import { dealStatsHandlers } from './deal-stats/handler';
import { followUpHandler } from './follow-up/handler';
import { forecastHandlers } from './forecast/handler';
import { insightsHandlers } from './insights/handler';
import { scheduleMeetingHandler } from './meeting/handler';
import { createOpportunityHandler } from './new-opportunity/handler';
import { leaderboardHandlers } from './leaderboard/handler';
import { myDayHandlers } from './my-day/handler';
import { logActivityHandlers } from './log-activity/handler';
import { dealHandler, detailsHandler, touchedRowHandler } from './opportunity-details/handler';
import { opportunityScoreHandlers } from './opportunity-score/handler';
import { pipelineHandlers } from './pipeline/handler';
import { quotaHandlers } from './quota/handler';
import { reviewHandlers, reviewStepHandlers, scheduleNextReviewHandler } from './review/handler';
import { topOpportunitiesHandlers } from './top-opportunities/handler';
import { updateDealHandlers } from './update-deal/handler';
import { lostDealsHandler, winsLossesHandler, wonDealsHandler } from './wins-losses/handler';

const intentHandlers: IntentHandler[] = [
  ...topOpportunitiesHandlers,
  winsLossesHandler,
  lostDealsHandler,
  wonDealsHandler,
  ...pipelineHandlers,
  ...dealStatsHandlers,
  followUpHandler,
  ...quotaHandlers,
  ...forecastHandlers,
  ...leaderboardHandlers,
  ...reviewHandlers,
  ...updateDealHandlers, // before detailsHandler: "the second one" may answer an update's "Which one?"
  detailsHandler,
  dealHandler,
  ...insightsHandlers,
  ...opportunityScoreHandlers,
  campaignReportHandler,
  activeCampaignsHandler,
  ...myDayHandlers,
  briefingHandler,
  scheduleMeetingHandler,
  createCaseHandler,
  createOpportunityHandler,
  ...logActivityHandlers,
  ...reviewStepHandlers, // before the lists' pages: "next" and "go back" during a review are its deals
  nextHandler,
  nextPageHandler,
  previousHandler,
  yesHandler,
  noHandler,
  repeatHandler,
  helpHandler,
  exitHandler,
  fallbackHandler,
];

/**
 * "Yes" to "shall I schedule the next review?" starts the meeting write: before the plain "yes". A touched row of a
 * deal table on the screen is not an intent; it speaks like "tell me more about the second one".
 */
export const requestHandlers: RequestHandler[] = [
  launchHandler,
  scheduleNextReviewHandler,
  ...intentHandlers,
  unknownIntentHandler,
  sessionEndedHandler,
  touchedRowHandler, // before the silent answer to every other screen event
  silentHandler,
];

/** Checked against the model by the tests: no intent without a handler, no handler without an intent. */
export const HANDLED_INTENTS: readonly IntentName[] = intentHandlers.flatMap((h) => h.intents);

export { errorHandler } from './basics/errors';
