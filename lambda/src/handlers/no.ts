/** "No" to "Want the next five?": the user is done. */
import { goodbyeOutput } from '../outputs/simple';
import { clearPending } from '../state/conversation';
import { intentHandler } from './intentHandler';

export const noHandler = intentHandler(['AMAZON.NoIntent'], (input, ctx) => {
  clearPending(input);
  return goodbyeOutput(ctx.t);
});
