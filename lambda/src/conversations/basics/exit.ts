/**
 * Stop and "go home" leave the skill. Cancel in the middle of a write drops the write and stays, so the user
 * can ask for something else; elsewhere it leaves too. A review under way stays in the table, to be picked up.
 */
import { goodbyeOutput } from './output';
import { endWrite, writeUnderWay } from '../../writes/draft';
import { finishWrite } from '../../writes/writeConversation';
import { intentHandler } from '../../alexa/intentHandler';
import { reviewUnderWay } from '../review/state';

export const exitHandler = intentHandler(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'], (input, ctx) => {
  const write = writeUnderWay(input);
  const cancelsWrite = write && input.requestEnvelope.request.type === 'IntentRequest' && input.requestEnvelope.request.intent.name === 'AMAZON.CancelIntent';
  if (cancelsWrite) return finishWrite(input, ctx.t, ctx.t(`${write.words}.cancelled`));
  endWrite(input);
  return goodbyeOutput(ctx.t, reviewUnderWay(input) !== undefined);
});
