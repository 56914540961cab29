/** "Repeat that": the last turn again, word for word. */
import { askAgainOutput } from './output';
import { lastOutput } from '../../state/session';
import { intentHandler } from '../../alexa/intentHandler';

export const repeatHandler = intentHandler(['AMAZON.RepeatIntent'], (input, ctx) => lastOutput(input) ?? askAgainOutput(ctx.t, 'nothingToRepeat'));
