/** "Which campaigns are active": their names, newest first, five at a time. */
import { intentHandler } from '../../alexa/intentHandler';
import { CAMPAIGN_PAGE_SIZE, readCampaignPage } from './pages';

export const activeCampaignsHandler = intentHandler(['ActiveCampaignsIntent'], (input, ctx) =>
  readCampaignPage(input, ctx, { pageSize: CAMPAIGN_PAGE_SIZE, offset: 0 }, 'first'),
);
