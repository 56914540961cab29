/** Every request handler, in the order ask-sdk tries them, and the intents they cover. */
import type { RequestHandler } from 'ask-sdk-core';
import type { IntentName } from '../generated/model';
import { activeCampaignsHandler } from './campaigns/activeCampaigns';
import { campaignReportHandler } from './campaigns/campaignReport';
import { createCaseHandler } from './case/handler';
import { createOpportunityHandler } from './new-opportunity/handler';
import { detailsHandler } from './opportunity-details/handler';
import { exitHandler } from './basics/exit';
import { fallbackHandler } from './basics/fallback';
import { helpHandler } from './basics/help';
import type { IntentHandler } from '../alexa/intentHandler';
import { launchHandler } from './basics/launch';
import { nextHandler } from '../lists/next';
import { noHandler } from './basics/no';
import { pipelineHandler } from './pipeline/handler';
import { previousHandler } from '../lists/previous';
import { repeatHandler } from './basics/repeat';
import { scheduleMeetingHandler } from './meeting/handler';
import { sessionEndedHandler } from './basics/sessionEnded';
import { topOpportunitiesHandler } from './top-opportunities/handler';
import { winsLossesHandler } from './wins-losses/handler';
import { yesHandler } from './basics/yes';

const intentHandlers: IntentHandler[] = [
  topOpportunitiesHandler,
  winsLossesHandler,
  pipelineHandler,
  detailsHandler,
  campaignReportHandler,
  activeCampaignsHandler,
  scheduleMeetingHandler,
  createCaseHandler,
  createOpportunityHandler,
  nextHandler,
  previousHandler,
  yesHandler,
  noHandler,
  repeatHandler,
  helpHandler,
  exitHandler,
  fallbackHandler,
];

export const requestHandlers: RequestHandler[] = [launchHandler, ...intentHandlers, sessionEndedHandler];

/** Checked against the model by the tests: no intent without a handler, no handler without an intent. */
export const HANDLED_INTENTS: readonly IntentName[] = intentHandlers.flatMap((h) => h.intents);

export { errorHandler } from './basics/errors';
