/**
 * "No" answers the question the last turn asked. To "what else can I do for you?" after a finished write it
 * means "nothing, thanks": a polite goodbye. Anywhere else ("want the next three?", or no question at all) it
 * declines only that, and the user — often in a meeting with more to ask — is asked what else.
 */
import { askAgainOutput, goodbyeOutput } from './output';
import { pendingAction } from '../../state/session';
import { intentHandler } from '../../alexa/intentHandler';
import { openWriteQuestion } from '../../writes/draft';

export const noHandler = intentHandler(
  ['AMAZON.NoIntent'],
  (input, ctx) => openWriteQuestion(input) ?? (pendingAction(input) === 'anythingElse' ? goodbyeOutput(ctx.t) : askAgainOutput(ctx.t, 'declined')),
);
