/** Help that fits where the user is: in a write it says how to finish it, inside a list it explains "next". */
import { helpOutput } from './output';
import { whereabouts } from './whereabouts';
import { intentHandler } from '../../alexa/intentHandler';

export const helpHandler = intentHandler(['AMAZON.HelpIntent'], (input, ctx) => helpOutput(ctx.t, whereabouts(input)));
