/**
 * Requests that are not a person talking to the skill: Alexa reporting on something (System.ExceptionEncountered,
 * AudioPlayer.*, PlaybackController.*, Alexa.Presentation.APL.UserEvent, Connections.Response, skill events such
 * as AlexaSkillEvent.SkillEnabled) or asking whether the skill could handle an utterance (CanFulfillIntentRequest).
 * None of them may be answered with speech:
 * - System.ExceptionEncountered: the skill cannot return a response with outputSpeech, card or directives
 *   (https://developer.amazon.com/en-US/docs/alexa/custom-skills/audioplayer-interface-reference.html#system-exceptionencountered;
 *   [unconfirmed: wording not re-read, the page was not in the search index]).
 * - AudioPlayer.* and PlaybackController.*: only AudioPlayer directives are allowed, no outputSpeech, card or
 *   reprompt (same page, and playbackcontroller-interface-reference.html; [unconfirmed: wording]).
 * - CanFulfillIntentRequest: the skill "must not cause any observable interactions" and answers only
 *   canFulfillIntent (https://developer.amazon.com/docs/custom-skills/implement-canfulfillintentrequest-for-name-free-interaction.html);
 *   this skill does not take part in name-free interaction, so the answer is NO.
 * - Skill events: Alexa does not read the response ([unconfirmed]); Connections.Response could speak, but this
 *   skill starts no connections, so one is not from its own dialog.
 * - Alexa.Presentation.APL.UserEvent: a touched row of a deal table speaks (screens/touch.ts, answered like "tell
 *   me more about the second one"); any other event is none of the skill's dialog.
 */
import { type RequestHandler, getRequestType } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { log } from '../../log';
import { touchedDealPosition } from '../../screens/touch';

/** The request types a person's turn arrives as; everything else gets a silent answer. */
const SPOKEN = new Set(['LaunchRequest', 'IntentRequest', 'SessionEndedRequest']);

export function isSilentRequest(envelope: RequestEnvelope): boolean {
  return !SPOKEN.has(envelope.request.type) && touchedDealPosition(envelope) === undefined;
}

export const silentHandler: RequestHandler = {
  canHandle: (input) => isSilentRequest(input.requestEnvelope),
  handle(input) {
    const type = getRequestType(input.requestEnvelope);
    if (type === 'System.ExceptionEncountered') {
      const { error } = input.requestEnvelope.request as { error?: { type?: string; message?: string } };
      log.warn('Alexa reported an error in a response', { error });
    } else {
      log.debug('request answered silently', { type });
    }
    if (type === 'CanFulfillIntentRequest') return input.responseBuilder.withCanFulfillIntent({ canFulfill: 'NO' }).getResponse();
    return input.responseBuilder.getResponse();
  },
};
