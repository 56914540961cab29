/** A campaign's status as the org labels it in the user's language ("In Progress" → "In Bearbeitung"), by describe. */
import type { RequestContext } from '../../context';
import type { CampaignSummary } from './query';

export async function withStatusLabels<T extends CampaignSummary>(ctx: RequestContext, campaigns: readonly T[]): Promise<T[]> {
  const label = await ctx.picklistLabel('Campaign', 'Status');
  return campaigns.map((c) => ({ ...c, status: c.status && label(c.status) }));
}
