/**
 * Words the model could not place: say what can be said from here. In a write, its pending question again with
 * its own directive (as help does), so one off-script answer does not lose the dialog; in a list, or anywhere.
 */
import { fallbackOutput } from './output';
import { whereabouts } from './whereabouts';
import { intentHandler } from '../../alexa/intentHandler';
import { questionAgainOutput } from '../../alexa/dialog';
import { pendingQuestion } from '../../writes/draft';

export const fallbackHandler = intentHandler(['AMAZON.FallbackIntent'], (input, ctx) => {
  const question = pendingQuestion(input);
  if (question) return questionAgainOutput(ctx.t('fallback.inWrite'), question);
  return fallbackOutput(ctx.t, whereabouts(input));
});
