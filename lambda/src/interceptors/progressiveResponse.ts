/**
 * "One moment, checking Salesforce." — spoken through Alexa's Directive service when Salesforce has kept the
 * user waiting for about a second and a half, so a person in a meeting never wonders whether Alexa heard.
 * It does not extend Alexa's 8-second limit; the deadline still holds. At most once per request.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { log } from '../log';
import { speak } from '../speaking/ssml';

export const PROGRESSIVE_AFTER_MS = 1500;

/** Returns a `watch` for Salesforce calls: while any call is running, a timer runs; if it fires, Alexa speaks. */
export function progressiveResponder(input: HandlerInput, speech: string, afterMs = PROGRESSIVE_AFTER_MS) {
  const { request } = input.requestEnvelope;
  // Alexa accepts progressive responses only while it waits for a Launch or Intent request's answer.
  const allowed = (request.type === 'LaunchRequest' || request.type === 'IntentRequest') && Boolean(input.serviceClientFactory);
  let running = 0;
  let timer: NodeJS.Timeout | undefined;
  let spoken = !allowed;

  function sayOneMoment(): void {
    spoken = true;
    input
      .serviceClientFactory!.getDirectiveServiceClient()
      .enqueue({ header: { requestId: request.requestId }, directive: { type: 'VoicePlayer.Speak', speech: speak(speech) } })
      .catch((err: unknown) => log.warn('progressive response failed', { error: String(err) }));
  }

  return async function watch<T>(call: Promise<T>): Promise<T> {
    running++;
    if (!spoken && !timer) timer = setTimeout(sayOneMoment, afterMs);
    try {
      return await call;
    } finally {
      if (--running === 0 && timer) {
        clearTimeout(timer);
        timer = undefined;
      }
    }
  };
}
