/**
 * "No" answers the question the last turn asked. To "what else can I do for you?" after a finished write it
 * means "nothing, thanks": a polite goodbye. To a write's own question ("For which day?", "Which stage?") it
 * means "never mind": the write is dropped, as with "cancel", rather than asked again — a user who cannot
 * give what is asked must not be stuck in the question. Anywhere else ("want the next three?", or no question
 * at all) it declines only that, and the user — often in a meeting with more to ask — is asked what else.
 */
import { askAgainOutput, goodbyeOutput } from './output';
import { pendingAction } from '../../state/session';
import { intentHandler } from '../../alexa/intentHandler';
import { openWriteQuestion, writeUnderWay } from '../../writes/draft';
import { finishWrite } from '../../writes/writeConversation';

export const noHandler = intentHandler(['AMAZON.NoIntent'], (input, ctx) => {
  const write = writeUnderWay(input);
  if (write && openWriteQuestion(input)) return finishWrite(input, ctx.t, ctx.t(`${write.words}.cancelled`));
  return pendingAction(input) === 'anythingElse' ? goodbyeOutput(ctx.t) : askAgainOutput(ctx.t, 'declined');
});
