/** "Yes" to the question the last turn asked ("Want the next five?"). */
import { askAgainOutput } from '../outputs/simple';
import { pendingAction } from '../state/conversation';
import { intentHandler } from './intentHandler';
import { readNextPage } from './next';

export const yesHandler = intentHandler(['AMAZON.YesIntent'], (input, ctx) =>
  pendingAction(input) === 'nextPage' ? readNextPage(input, ctx) : askAgainOutput(ctx.t, 'nothingPending'),
);
