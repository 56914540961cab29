/** Help that fits where the user is: inside a list it explains "next" and "repeat". */
import { helpOutput } from '../outputs/simple';
import { intentHandler } from './intentHandler';

export const helpHandler = intentHandler(['AMAZON.HelpIntent'], (input, ctx) =>
  helpOutput(ctx.t, Boolean(input.attributesManager.getSessionAttributes().list)),
);
