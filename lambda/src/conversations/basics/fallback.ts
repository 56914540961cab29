/** Words the model could not place: say what can be said from here (in a write, in a list, or anything). */
import { fallbackOutput } from './output';
import { whereabouts } from './whereabouts';
import { intentHandler } from '../../alexa/intentHandler';

export const fallbackHandler = intentHandler(['AMAZON.FallbackIntent'], (input, ctx) => fallbackOutput(ctx.t, whereabouts(input)));
