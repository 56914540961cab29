/** Reading a page of the opportunity list, shared by the first ask, "next" and "yes". */
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestContext } from '../context';
import type { Output } from '../outputs/output';
import { type OpportunityListView, opportunityListOutput } from '../outputs/topOpportunities';
import { topOpportunities } from '../salesforce/opportunities';
import { todayIn } from '../speech/date';
import { type ListContext, rememberList } from '../state/conversation';

/** Longest list read in one turn: five deals keep a turn under about 25 seconds. */
export const PAGE_SIZE = 5;
export const MAX_COUNT = 10;

export type ListRequest = Pick<ListContext, 'scope' | 'period' | 'pageSize' | 'offset'>;

export async function readOpportunityPage(
  input: HandlerInput,
  ctx: RequestContext,
  request: ListRequest,
  view: Pick<OpportunityListView, 'continued' | 'notes'>,
): Promise<Output> {
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  const page = await topOpportunities(port, { ...request, userId: identity.userId, limit: request.pageSize });
  rememberList(
    input,
    { kind: 'topOpportunities', ...request, hasMore: page.hasMore, itemIds: page.items.map((i) => i.id), savedAt: ctx.now.toISOString() },
    page.hasMore ? 'nextPage' : undefined,
  );
  return opportunityListOutput(ctx.t, {
    ...view,
    scope: request.scope,
    period: request.period,
    items: page.items,
    firstPosition: request.offset + 1,
    hasMore: page.hasMore,
    pageSize: request.pageSize,
    maxCount: MAX_COUNT,
    currency: identity.currency,
    today: todayIn(identity.timeZone, ctx.now),
    locale: ctx.locale,
    userId: identity.userId,
  });
}
