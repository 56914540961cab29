/** "Repeat that": the last turn again, word for word. */
import { askAgainOutput } from '../outputs/simple';
import { lastOutput } from '../state/conversation';
import { intentHandler } from './intentHandler';

export const repeatHandler = intentHandler(['AMAZON.RepeatIntent'], (input, ctx) => lastOutput(input) ?? askAgainOutput(ctx.t, 'nothingToRepeat'));
