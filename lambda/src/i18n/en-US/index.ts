/**
 * Everything the skill says in en-US, one file per conversation. {{value}} is SSML-escaped on the way in;
 * {{- value}} marks a value that is already SSML (built from these same resources), so nothing is escaped twice.
 */
import { campaigns } from './campaigns';
import { common } from './common';
import { deal } from './deals';
import { list } from './lists';
import { opportunityDetails } from './opportunityDetails';
import { pipeline } from './pipeline';
import { topOpportunities } from './topOpportunities';
import { winsLosses } from './winsLosses';
import { writes } from './writes';

export const enUS = { ...common, list, deal, topOpportunities, winsLosses, pipeline, opportunityDetails, campaigns, writes };
