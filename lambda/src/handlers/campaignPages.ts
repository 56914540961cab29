/** Reading a page of active campaigns: the first ask, "next", "go back" and "yes". */
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestContext } from '../context';
import { activeCampaignsOutput } from '../outputs/campaigns';
import type { PageTurn } from '../outputs/listPage';
import type { Output } from '../outputs/output';
import { activeCampaigns } from '../salesforce/campaigns';
import { rememberList, withPageIds } from '../state/conversation';
import { PAGE_SIZE } from './opportunityPages';
import { speakingFor } from './speaking';

export const CAMPAIGN_PAGE_SIZE = PAGE_SIZE;

export async function readCampaignPage(
  input: HandlerInput,
  ctx: RequestContext,
  request: { pageSize: number; offset: number },
  turn: PageTurn,
  knownIds: readonly string[] = [],
): Promise<Output> {
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  const page = await activeCampaigns(port, request.pageSize, request.offset);
  const itemIds = withPageIds(knownIds, request.offset, page.items.map((c) => c.id));
  rememberList(input, { kind: 'campaigns', ...request, hasMore: page.hasMore, itemIds, savedAt: ctx.now.toISOString() }, page.hasMore ? 'nextPage' : undefined);
  return activeCampaignsOutput(ctx.t, {
    ...speakingFor(ctx, identity),
    items: page.items,
    turn,
    firstPosition: request.offset + 1,
    hasMore: page.hasMore,
    pageSize: request.pageSize,
  });
}
