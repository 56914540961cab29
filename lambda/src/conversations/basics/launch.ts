/** "Open Sales Assistant": greet the linked user by first name and say what to ask. */
import { getRequestType } from 'ask-sdk-core';
import { launchOutput } from './output';
import { outputHandler } from '../../alexa/intentHandler';

export const launchHandler = outputHandler(
  (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  async (_input, ctx) => launchOutput(ctx.t, (await ctx.identity()).firstName),
);
