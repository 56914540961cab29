/** "Yes" to the question the last turn asked ("Want the next five?", "Want to hear which campaigns are active?"). */
import { askAgainOutput } from '../outputs/simple';
import { pendingAction } from '../state/conversation';
import { CAMPAIGN_PAGE_SIZE, readCampaignPage } from './campaignPages';
import { intentHandler } from './intentHandler';
import { readNextPage } from './next';

export const yesHandler = intentHandler(['AMAZON.YesIntent'], (input, ctx) => {
  const pending = pendingAction(input);
  if (pending === 'nextPage') return readNextPage(input, ctx);
  if (pending === 'activeCampaigns') return readCampaignPage(input, ctx, { pageSize: CAMPAIGN_PAGE_SIZE, offset: 0 }, 'first');
  return askAgainOutput(ctx.t, 'nothingPending');
});
