/**
 * The checks Alexa makes on a skill's response before using it. An error means Alexa would say
 * "There was a problem with the requested skill's response" and end the session with
 * SessionEndedRequest reason ERROR; a warning is worth fixing but Alexa goes on.
 */
import type { dialog, Directive, ResponseEnvelope, ui } from 'ask-sdk-model';
import type { DialogState } from './envelope';
import { ssmlProblem } from './ssml';

export interface Problem {
  severity: 'error' | 'warning';
  message: string;
}

export interface ResponseContext {
  requestType: string;
  dialogState?: DialogState;
  /** Whether the device has a screen (APL). */
  screen: boolean;
}

/** Alexa's cap on outputSpeech (https://developer.amazon.com/docs/custom-skills/request-and-response-json-reference.html). */
const MAX_SPEECH_CHARS = 8000;

export function checkResponse(envelope: ResponseEnvelope | undefined, ctx: ResponseContext): Problem[] {
  if (!envelope || typeof envelope !== 'object' || typeof envelope.version !== 'string' || typeof envelope.response !== 'object' || !envelope.response) {
    return [error('the skill did not return a response envelope ({version, response})')];
  }
  const { response } = envelope;
  const problems = [
    ...speechProblems('outputSpeech', response.outputSpeech),
    ...speechProblems('reprompt', response.reprompt?.outputSpeech),
  ];
  for (const directive of response.directives ?? []) problems.push(...directiveProblems(directive, response.shouldEndSession, ctx));
  if (response.shouldEndSession === false && !response.reprompt && !(response.directives ?? []).some(isDialog)) {
    problems.push({ severity: 'warning', message: 'the session stays open without a reprompt: silence ends it at once' });
  }
  return problems;
}

function speechProblems(field: string, speech: ui.OutputSpeech | undefined): Problem[] {
  if (!speech) return [];
  const text = speech.type === 'SSML' ? speech.ssml : speech.type === 'PlainText' ? speech.text : undefined;
  if (typeof text !== 'string') return [error(`${field}: type ${speech.type} without its ${speech.type === 'SSML' ? 'ssml' : 'text'}`)];
  const problems: Problem[] = [];
  if (text.length > MAX_SPEECH_CHARS) problems.push(error(`${field}: ${text.length} characters, over Alexa's ${MAX_SPEECH_CHARS}`));
  const ssml = speech.type === 'SSML' ? ssmlProblem(text) : null;
  if (ssml) problems.push(error(`${field}: invalid SSML: ${ssml}`));
  return problems;
}

function directiveProblems(directive: Directive, shouldEndSession: boolean | undefined, ctx: ResponseContext): Problem[] {
  if (directive.type.startsWith('Alexa.Presentation.APL.') && !ctx.screen) {
    return [error(`${directive.type} sent to a device without a screen (check supportedInterfaces first)`)];
  }
  if (!isDialog(directive)) return [];
  const problems: Problem[] = [];
  if (ctx.requestType !== 'IntentRequest') problems.push(error(`${directive.type} in answer to a ${ctx.requestType}`));
  if (shouldEndSession === true) problems.push(error(`${directive.type} with shouldEndSession true`));
  if (directive.type === 'Dialog.ElicitSlot' && !directive.slotToElicit) problems.push(error('Dialog.ElicitSlot without slotToElicit'));
  if (directive.type === 'Dialog.ConfirmSlot' && !directive.slotToConfirm) problems.push(error('Dialog.ConfirmSlot without slotToConfirm'));
  if (directive.type === 'Dialog.Delegate' && ctx.dialogState === 'COMPLETED') problems.push(error('Dialog.Delegate for a dialog that is already COMPLETED'));
  return problems;
}

/** The directives that hand the next turn to a dialog (not Dialog.UpdateDynamicEntities, which any response may carry). */
export type DialogDirective = dialog.DelegateDirective | dialog.ElicitSlotDirective | dialog.ConfirmSlotDirective | dialog.ConfirmIntentDirective;

const DIALOG_TYPES = new Set(['Dialog.Delegate', 'Dialog.ElicitSlot', 'Dialog.ConfirmSlot', 'Dialog.ConfirmIntent']);

export function isDialog(directive: Directive): directive is DialogDirective {
  return DIALOG_TYPES.has(directive.type);
}

function error(message: string): Problem {
  return { severity: 'error', message };
}
