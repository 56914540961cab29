/** "Next", "more", "want the next three", "give me the next five": the next page of the list the user is talking about. */
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestContext } from '../context';
import { endOfListOutput, noListOutput } from './page';
import type { Output } from '../alexa/output';
import { readNumber } from '../alexa/slots';
import { recallList } from '../state/session';
import { intentHandler } from '../alexa/intentHandler';
import { MAX_COUNT } from '../deals/question';
import { readListPage } from './readPage';

/**
 * `count` is how many the user asked for ("the next five"): deals come a page at a time up to that number, as
 * for "top seven" (deals/pages.ts), and the list goes on in pages from there. Campaign pages keep their size.
 */
export async function readNextPage(input: HandlerInput, ctx: RequestContext, count?: number): Promise<Output> {
  const list = await recallList(input, ctx.now);
  if (!list) return noListOutput(ctx.t, 'list.noList');
  // The last page said so already: nothing to ask Salesforce.
  if (!list.hasMore) return endOfListOutput(ctx.t);
  const offset = list.offset + list.pageSize;
  const asked = list.kind === 'opportunities' && count !== undefined && count >= 1 ? { ...list, total: offset + Math.min(count, MAX_COUNT) } : list;
  return readListPage(input, ctx, asked, offset, 'next');
}

export const nextHandler = intentHandler(['AMAZON.NextIntent'], (input, ctx) => readNextPage(input, ctx));

export const nextPageHandler = intentHandler(['NextPageIntent'], (input, ctx) => {
  const count = readNumber(input, 'count');
  return readNextPage(input, ctx, count.kind === 'number' ? count.value : undefined);
});
