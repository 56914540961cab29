/** "Repeat that": the last turn again, word for word, asking the same question (a "yes" after it still means what it did). */
import { askAgainOutput } from './output';
import { lastOutput, pendingAction, setPending } from '../../state/session';
import { intentHandler } from '../../alexa/intentHandler';

export const repeatHandler = intentHandler(['AMAZON.RepeatIntent'], (input, ctx) => {
  setPending(input, pendingAction(input));
  return lastOutput(input) ?? askAgainOutput(ctx.t, 'nothingToRepeat');
});
