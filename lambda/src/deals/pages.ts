/** Reading a page of an opportunity list, shared by the first ask, the pipeline's lists, "next", "go back" and "yes". */
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestContext } from '../context';
import { type OpportunityListView, opportunityListOutput } from './listOutput';
import type { Output } from '../alexa/output';
import type { Identity } from '../salesforce/identity';
import { type OpportunityFilter, type OpportunityPage, openOpportunities } from './query';
import { rememberList, withPageIds } from '../state/session';
import { speakingFor } from '../speaking/speakingFor';

/**
 * Deals read in one turn. A deal takes about 13 spoken words (account, name, amount, close date), so three and
 * the words around them stay under 25 seconds at 150 words a minute; five took over 30.
 */
export const PAGE_SIZE = 3;

export type ListRequest = OpportunityFilter & { pageSize: number; offset: number };

export type PageView = Pick<OpportunityListView, 'turn' | 'notes' | 'headline'>;

/**
 * Remembers the page as the list the user talks about and speaks it. `knownIds` are the ids already read
 * by position (empty for a new list), so "the fourth one" after "next" is the fourth one heard.
 */
export function speakOpportunityPage(
  input: HandlerInput,
  ctx: RequestContext,
  identity: Identity,
  request: ListRequest,
  page: OpportunityPage,
  view: PageView,
  knownIds: readonly string[] = [],
): Output {
  const itemIds = withPageIds(knownIds, request.offset, page.items.map((i) => i.id));
  rememberList(input, { kind: 'opportunities', ...request, hasMore: page.hasMore, itemIds, savedAt: ctx.now.toISOString() }, page.hasMore ? 'nextPage' : undefined);
  return opportunityListOutput(ctx.t, {
    ...view,
    ...speakingFor(ctx, identity),
    scope: request.scope,
    period: request.period,
    category: request.category,
    due: request.due,
    items: page.items,
    firstPosition: request.offset + 1,
    hasMore: page.hasMore,
    pageSize: request.pageSize,
  });
}

export async function readOpportunityPage(
  input: HandlerInput,
  ctx: RequestContext,
  request: ListRequest,
  view: PageView,
  knownIds: readonly string[] = [],
): Promise<Output> {
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  const page = await openOpportunities(port, { ...request, userId: identity.userId, limit: request.pageSize });
  return speakOpportunityPage(input, ctx, identity, request, page, view, knownIds);
}
