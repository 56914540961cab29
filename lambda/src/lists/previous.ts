/** "Go back": the page before the one last read; on the first page, that it is the start. */
import { noListOutput, startOfListOutput } from './page';
import { recallList } from '../state/session';
import { intentHandler } from '../alexa/intentHandler';
import { readListPage } from './readPage';

export const previousHandler = intentHandler(['AMAZON.PreviousIntent'], async (input, ctx) => {
  const list = await recallList(input, ctx.now);
  if (!list) return noListOutput(ctx.t, 'list.noList');
  if (list.offset === 0) return startOfListOutput(ctx.t);
  return readListPage(input, ctx, list, Math.max(0, list.offset - list.pageSize), 'back');
});
