/** Paging through whatever list the user is talking about: opportunities or campaigns. */
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestContext } from '../context';
import type { PageTurn } from './page';
import type { Output } from '../alexa/output';
import type { ListContext } from '../state/session';
import { readCampaignPage } from '../conversations/campaigns/pages';
import { readOpportunityPage } from '../deals/pages';

/** Reads the page of `list` at `offset`, keeping the positions already heard. */
export function readListPage(input: HandlerInput, ctx: RequestContext, list: ListContext, offset: number, turn: Exclude<PageTurn, 'first'>): Promise<Output> {
  const page = { pageSize: list.pageSize, offset };
  if (list.kind === 'campaigns') return readCampaignPage(input, ctx, page, turn, list.itemIds);
  const { kind: _kind, hasMore: _hasMore, itemIds, savedAt: _savedAt, ...request } = list;
  return readOpportunityPage(input, ctx, { ...request, ...page }, { turn, notes: [] }, itemIds);
}
