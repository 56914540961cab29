/** Stop, Cancel and "go home" all leave the skill: no write is in progress that Cancel could undo instead. */
import { goodbyeOutput } from '../outputs/simple';
import { intentHandler } from './intentHandler';

export const exitHandler = intentHandler(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'], (_input, ctx) =>
  goodbyeOutput(ctx.t),
);
