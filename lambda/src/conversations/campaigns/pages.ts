/** Reading a page of active campaigns: the first ask, "next", "go back" and "yes". */
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestContext } from '../../context';
import { activeCampaignsOutput } from './output';
import type { PageTurn } from '../../lists/page';
import type { Output } from '../../alexa/output';
import { activeCampaigns } from './query';
import { withStatusLabels } from './status';
import { rememberList, withPageIds } from '../../state/session';
import { speakingFor } from '../../speaking/speakingFor';

/** A campaign is said by its name alone, so five fit in a turn (deals, said with more, go three at a time). */
export const CAMPAIGN_PAGE_SIZE = 5;

export async function readCampaignPage(
  input: HandlerInput,
  ctx: RequestContext,
  request: { pageSize: number; offset: number },
  turn: PageTurn,
  knownIds: readonly string[] = [],
): Promise<Output> {
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  const page = await activeCampaigns(port, request.pageSize, request.offset);
  const items = await withStatusLabels(ctx, page.items);
  const itemIds = withPageIds(knownIds, request.offset, page.items.map((c) => c.id));
  rememberList(input, { kind: 'campaigns', ...request, hasMore: page.hasMore, itemIds, savedAt: ctx.now.toISOString() }, page.hasMore ? 'nextPage' : undefined);
  return activeCampaignsOutput(ctx.t, {
    ...speakingFor(ctx, identity),
    items,
    turn,
    firstPosition: request.offset + 1,
    hasMore: page.hasMore,
    pageSize: request.pageSize,
  });
}
