/** Words the model could not place: say what can be said from here (in a write, in a list, or anything). */
import { fallbackOutput } from '../outputs/simple';
import { whereabouts } from '../state/whereabouts';
import { intentHandler } from './intentHandler';

export const fallbackHandler = intentHandler(['AMAZON.FallbackIntent'], (input, ctx) => fallbackOutput(ctx.t, whereabouts(input)));
