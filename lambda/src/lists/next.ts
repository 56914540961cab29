/** "Next", "more": the next page of the list the user is talking about. */
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestContext } from '../context';
import { endOfListOutput, noListOutput } from './page';
import type { Output } from '../alexa/output';
import { recallList } from '../state/session';
import { intentHandler } from '../alexa/intentHandler';
import { readListPage } from './readPage';

export async function readNextPage(input: HandlerInput, ctx: RequestContext): Promise<Output> {
  const list = await recallList(input, ctx.now);
  if (!list) return noListOutput(ctx.t, 'list.noList');
  // The last page said so already: nothing to ask Salesforce.
  if (!list.hasMore) return endOfListOutput(ctx.t);
  return readListPage(input, ctx, list, list.offset + list.pageSize, 'next');
}

export const nextHandler = intentHandler(['AMAZON.NextIntent'], readNextPage);
