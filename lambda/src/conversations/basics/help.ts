/**
 * Help that fits where the user is: in a write it says how to finish it and asks its pending question again (so
 * the answer after it still counts), inside a list it explains "next".
 */
import { helpOutput } from './output';
import { whereabouts } from './whereabouts';
import { intentHandler } from '../../alexa/intentHandler';
import { questionAgainOutput } from '../../alexa/dialog';
import { pendingQuestion } from '../../writes/draft';

export const helpHandler = intentHandler(['AMAZON.HelpIntent'], (input, ctx) => {
  const where = whereabouts(input);
  const question = where.in === 'write' ? pendingQuestion(input) : undefined;
  if (question && where.in === 'write') return questionAgainOutput(ctx.t(`${where.words}.explain`), question);
  return helpOutput(ctx.t, where);
});
