/** Help that fits where the user is: in a write it says how to finish it, inside a list it explains "next". */
import { helpOutput } from '../outputs/simple';
import { whereabouts } from '../state/whereabouts';
import { intentHandler } from './intentHandler';

export const helpHandler = intentHandler(['AMAZON.HelpIntent'], (input, ctx) => helpOutput(ctx.t, whereabouts(input)));
