/**
 * "Yes" to the question the last turn asked ("Want the next three?", "Want to hear which campaigns are active?");
 * to anything else (no question, or "what else can I do for you?") it is asked what the user would like.
 */
import { askAgainOutput } from './output';
import { pendingAction } from '../../state/session';
import { CAMPAIGN_PAGE_SIZE, readCampaignPage } from '../campaigns/pages';
import { intentHandler } from '../../alexa/intentHandler';
import { readNextPage } from '../../lists/next';
import { openWriteQuestion } from '../../writes/draft';

export const yesHandler = intentHandler(['AMAZON.YesIntent'], (input, ctx) => {
  // "Yes" where a write asked for a day or a name: the question again, the write kept.
  const open = openWriteQuestion(input);
  if (open) return open;
  const pending = pendingAction(input);
  if (pending === 'nextPage') return readNextPage(input, ctx);
  if (pending === 'activeCampaigns') return readCampaignPage(input, ctx, { pageSize: CAMPAIGN_PAGE_SIZE, offset: 0 }, 'first');
  return askAgainOutput(ctx.t, 'nothingPending');
});
