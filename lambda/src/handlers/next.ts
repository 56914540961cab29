/** "Next", "more": the next page of the list the user is talking about. */
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestContext } from '../context';
import { askAgainOutput } from '../outputs/simple';
import type { Output } from '../outputs/output';
import { recallList } from '../state/conversation';
import { intentHandler } from './intentHandler';
import { readOpportunityPage } from './opportunityPages';

export async function readNextPage(input: HandlerInput, ctx: RequestContext): Promise<Output> {
  const list = await recallList(input, ctx.now);
  if (!list) return { ...askAgainOutput(ctx.t, 'nothingPending'), speech: ctx.t('topOpportunities.noList') };
  const { scope, period, pageSize } = list;
  return readOpportunityPage(input, ctx, { scope, period, pageSize, offset: list.offset + pageSize }, { continued: true, notes: [] });
}

export const nextHandler = intentHandler(['AMAZON.NextIntent'], readNextPage);
