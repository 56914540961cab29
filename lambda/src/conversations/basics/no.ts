/** "No" to "Want the next five?": the user is done. */
import { goodbyeOutput } from './output';
import { clearPending } from '../../state/session';
import { intentHandler } from '../../alexa/intentHandler';

export const noHandler = intentHandler(['AMAZON.NoIntent'], (input, ctx) => {
  clearPending(input);
  return goodbyeOutput(ctx.t);
});
