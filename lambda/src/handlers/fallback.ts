/** Words the model could not place: say what the skill can do instead. */
import { fallbackOutput } from '../outputs/simple';
import { intentHandler } from './intentHandler';

export const fallbackHandler = intentHandler(['AMAZON.FallbackIntent'], (_input, ctx) => fallbackOutput(ctx.t));
