/** Reading a page of an opportunity list, shared by the first ask, the pipeline's lists, "next", "go back" and "yes". */
import type { HandlerInput } from 'ask-sdk-core';
import type { Output } from '../alexa/output';
import type { RequestContext } from '../context';
import type { Identity } from '../salesforce/identity';
import { speakingFor } from '../speaking/speakingFor';
import { rememberList, withPageIds } from '../state/session';
import { type OpportunityListView, opportunityListOutput } from './listOutput';
import { type OpportunityFilter, type OpportunityPage, openOpportunities } from './query';
import type { Note } from './question';

/**
 * Deals read in one turn. A deal takes about 13 spoken words (account, name, amount, close date), so three and
 * the words around them stay under 25 seconds at 150 words a minute; five took over 30.
 */
export const PAGE_SIZE = 3;

export type ListRequest = OpportunityFilter & {
  pageSize: number;
  offset: number;
  /**
   * How many deals the user asked for ("top seven"): they are read in pages up to that number ("want the
   * other two?"), and the list goes on from there in pages of `pageSize` like any other.
   */
  total?: number;
};

export type PageView = Pick<OpportunityListView, 'turn' | 'notes' | 'headline'>;

/** The size of the page at `offset`: a page, or what is left of the count the user asked for. */
export function pageLimit(request: Pick<ListRequest, 'pageSize' | 'offset' | 'total'>): number {
  const left = request.total === undefined ? 0 : request.total - request.offset;
  return left > 0 ? Math.min(request.pageSize, left) : request.pageSize;
}

/** How many rows to fetch: the page, or everything still due of the count asked, so the offer of the rest is exact. */
function fetchLimit(request: ListRequest): number {
  const left = request.total === undefined ? 0 : request.total - request.offset;
  return Math.max(pageLimit(request), left);
}

/**
 * What a first answer says before its list (what it did instead of what was heard) takes a deal's place, so the
 * turn stays short enough to hear; the list goes on in pages of that size.
 */
export function firstPageSize(pageSize: number, notes: readonly Note[]): number {
  return Math.max(1, pageSize - notes.filter((n) => n.kind !== 'paged' && n.kind !== 'capped').length);
}

/**
 * Remembers the page as the list the user talks about and speaks it, stages as the org labels them in the user's
 * language. `knownIds` are the ids already read by position (empty for a new list), so "the fourth one" after
 * "next" is the fourth one heard.
 */
export async function speakOpportunityPage(
  input: HandlerInput,
  ctx: RequestContext,
  identity: Identity,
  request: ListRequest,
  page: OpportunityPage,
  view: PageView,
  knownIds: readonly string[] = [],
): Promise<Output> {
  const stageLabel = await ctx.picklistLabel('Opportunity', 'StageName');
  const limit = view.turn === 'first' ? firstPageSize(pageLimit(request), view.notes) : pageLimit(request);
  const items = page.items.slice(0, limit).map((item) => ({ ...item, stage: stageLabel(item.stage) }));
  const end = request.offset + items.length;
  const hasMore = page.hasMore || page.items.length > limit;
  // The rest of the count asked is already fetched: offer exactly what is left of it.
  const fetchedAfter = page.items.length - limit;
  const paged = { ...request, pageSize: Math.min(request.pageSize, limit) };
  const next = fetchedAfter > 0 && !page.hasMore ? Math.min(pageLimit({ ...paged, offset: end }), fetchedAfter) : pageLimit({ ...paged, offset: end });
  const itemIds = withPageIds(knownIds, request.offset, items.map((i) => i.id));
  rememberList(input, { kind: 'opportunities', ...paged, hasMore, itemIds, savedAt: ctx.now.toISOString() }, hasMore ? 'nextPage' : undefined);
  return opportunityListOutput(ctx.t, {
    ...view,
    ...speakingFor(ctx, identity),
    owner: request.owner,
    period: request.period,
    category: request.category,
    stage: request.stage && stageLabel(request.stage),
    minAmount: request.minAmount,
    due: request.due,
    items,
    firstPosition: request.offset + 1,
    hasMore,
    pageSize: next,
    // Of the count asked, how many exist: the intro says "your top 7" only when there are seven.
    total: request.total === undefined ? undefined : request.offset + page.items.length,
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
  const page = await openOpportunities(port, { ...request, userId: identity.userId, limit: fetchLimit(request) });
  return speakOpportunityPage(input, ctx, identity, request, page, view, knownIds);
}
