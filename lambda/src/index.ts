/** The Lambda entry (`index.handler`): one app per container, reused while the container stays warm. */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createApp } from './app';
import { readConfig } from './config';

const app = createApp(readConfig());

export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  await app.ready;
  return app.skill.invoke(event, context);
}
