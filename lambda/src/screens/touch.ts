/**
 * A touch on the screen that speaks: a row of a deal table (screens/apl.ts, DealTable) sends an
 * Alexa.Presentation.APL.UserEvent whose `arguments` are the SendEvent's, data-bound when it runs
 * (https://developer.amazon.com/docs/alexa-presentation-language/apl-send-event-command.html; [unconfirmed]: that a
 * bound number arrives as a number, so a numeric string is taken too).
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { SCREEN_TOKEN } from '../alexa/output';
import { OPEN_DEAL } from './apl';

/** The list position of the deal whose row was touched; undefined for any other request. */
export function touchedDealPosition(envelope: RequestEnvelope): number | undefined {
  const { request } = envelope;
  if (request.type !== 'Alexa.Presentation.APL.UserEvent' || request.token !== SCREEN_TOKEN) return undefined;
  const [event, position] = (request.arguments ?? []) as unknown[];
  const n = typeof position === 'number' || typeof position === 'string' ? Number(position) : NaN;
  return event === OPEN_DEAL && Number.isInteger(n) && n >= 1 ? n : undefined;
}
