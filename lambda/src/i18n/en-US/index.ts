/**
 * Everything the skill says in en-US, one file per conversation. {{value}} is SSML-escaped on the way in;
 * {{- value}} marks a value that is already SSML (built from these same resources), so nothing is escaped twice.
 */
import { common } from './common';
import { topOpportunities } from './topOpportunities';

export const enUS = { ...common, topOpportunities };
