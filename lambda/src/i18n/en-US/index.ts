/**
 * Everything the skill says in en-US, one file per conversation. {{value}} is SSML-escaped on the way in;
 * {{- value}} marks a value that is already SSML (built from these same resources), so nothing is escaped twice.
 */
import { campaigns } from '../../conversations/campaigns/words.en-US';
import { common } from '../../conversations/basics/words.en-US';
import { deal } from '../../deals/words.en-US';
import { list } from '../../lists/words.en-US';
import { opportunityDetails } from '../../conversations/opportunity-details/words.en-US';
import { pipeline } from '../../conversations/pipeline/words.en-US';
import { topOpportunities } from '../../conversations/top-opportunities/words.en-US';
import { winsLosses } from '../../conversations/wins-losses/words.en-US';
import { writes } from '../../writes/words.en-US';

export const enUS = { ...common, list, deal, topOpportunities, winsLosses, pipeline, opportunityDetails, campaigns, writes };
