/** Every request handler, in the order ask-sdk tries them, and the intents they cover. */
import type { RequestHandler } from 'ask-sdk-core';
import type { IntentName } from '../generated/model';
import { activeCampaignsHandler } from './activeCampaigns';
import { campaignReportHandler } from './campaignReport';
import { createCaseHandler } from './createCase';
import { createOpportunityHandler } from './createOpportunity';
import { detailsHandler } from './details';
import { exitHandler } from './exit';
import { fallbackHandler } from './fallback';
import { helpHandler } from './help';
import type { IntentHandler } from './intentHandler';
import { launchHandler } from './launch';
import { nextHandler } from './next';
import { noHandler } from './no';
import { pipelineHandler } from './pipeline';
import { previousHandler } from './previous';
import { repeatHandler } from './repeat';
import { scheduleMeetingHandler } from './scheduleMeeting';
import { sessionEndedHandler } from './sessionEnded';
import { topOpportunitiesHandler } from './topOpportunities';
import { winsLossesHandler } from './winsLosses';
import { yesHandler } from './yes';

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

export { errorHandler } from './errors';
