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
  /** The interaction model's custom slot types, which Dialog.UpdateDynamicEntities may name; unchecked when absent. */
  customTypes?: ReadonlySet<string>;
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
  if (directive.type === DYNAMIC_ENTITIES) return dynamicEntitiesProblems(directive as dialog.DynamicEntitiesDirective, shouldEndSession, ctx);
  if (!isDialog(directive)) return [];
  const problems: Problem[] = [];
  if (ctx.requestType !== 'IntentRequest') problems.push(error(`${directive.type} in answer to a ${ctx.requestType}`));
  if (shouldEndSession === true) problems.push(error(`${directive.type} with shouldEndSession true`));
  if (directive.type === 'Dialog.ElicitSlot' && !directive.slotToElicit) problems.push(error('Dialog.ElicitSlot without slotToElicit'));
  if (directive.type === 'Dialog.ConfirmSlot' && !directive.slotToConfirm) problems.push(error('Dialog.ConfirmSlot without slotToConfirm'));
  if (directive.type === 'Dialog.Delegate' && ctx.dialogState === 'COMPLETED') problems.push(error('Dialog.Delegate for a dialog that is already COMPLETED'));
  return problems;
}

export const DYNAMIC_ENTITIES = 'Dialog.UpdateDynamicEntities';

/**
 * Alexa's cap on dynamic values: 100. [unsure] whether per type or for the whole directive; secondary
 * sources say the directive ("at most 100 dynamic values",
 * https://www.talkingtocomputers.com/dynamic-entities-alexa-skills-kit; "the 100 entities limit of the
 * Alexa directive", https://github.com/RocketChat/alexa-rocketchat/issues/88), so the simulator counts
 * every value of every type, the stricter reading.
 */
export const MAX_DYNAMIC_VALUES = 100;

/**
 * Dialog.UpdateDynamicEntities (https://developer.amazon.com/docs/custom-skills/use-dynamic-entities-for-customized-interactions.html):
 * `updateBehavior` REPLACE with `types: [{ name, values: [{ id, name: { value, synonyms } }] }]`, or CLEAR.
 * A type must be a slot type of the interaction model (ask-sdk-model: "Must match the slot type as defined
 * in the interaction model"). ask-sdk-model types a value's `id` as optional: a value without one is a
 * warning, since the skill then cannot tell which entity matched. [unsure] whether Alexa rejects it.
 */
function dynamicEntitiesProblems(directive: dialog.DynamicEntitiesDirective, shouldEndSession: boolean | undefined, ctx: ResponseContext): Problem[] {
  const where = DYNAMIC_ENTITIES;
  const problems: Problem[] = [];
  const { updateBehavior, types } = directive as { updateBehavior?: unknown; types?: unknown };
  if (updateBehavior !== 'REPLACE' && updateBehavior !== 'CLEAR') {
    return [error(`${where}: updateBehavior must be REPLACE or CLEAR, not ${JSON.stringify(updateBehavior)}`)];
  }
  if (shouldEndSession === true) problems.push(warning(`${where} with shouldEndSession true: dynamic entities end with the session`));
  if (updateBehavior === 'CLEAR') {
    if (types !== undefined) problems.push(warning(`${where}: CLEAR ignores types`));
    return problems;
  }
  if (!Array.isArray(types) || types.length === 0) return [...problems, error(`${where}: REPLACE needs a non-empty types array`)];
  const seen = new Set<string>();
  let count = 0;
  types.forEach((type: unknown, t) => {
    const { name, values } = (type ?? {}) as { name?: unknown; values?: unknown };
    const at = `${where} types[${t}]`;
    if (typeof name !== 'string' || name === '') {
      problems.push(error(`${at}: no name`));
    } else {
      if (ctx.customTypes && !ctx.customTypes.has(name)) problems.push(error(`${at}: ${name} is not a custom slot type of the interaction model`));
      if (seen.has(name)) problems.push(warning(`${at}: ${name} appears twice; the later list wins`));
      seen.add(name);
    }
    if (!Array.isArray(values)) {
      problems.push(error(`${at}: values must be an array`));
      return;
    }
    count += values.length;
    values.forEach((value: unknown, v) => {
      const { id, name: entity } = (value ?? {}) as { id?: unknown; name?: { value?: unknown; synonyms?: unknown } };
      const here = `${at}.values[${v}]`;
      if (id === undefined) problems.push(warning(`${here}: no id, so the skill cannot tell which value matched`));
      else if (typeof id !== 'string' || id === '') problems.push(error(`${here}: id must be a non-empty string`));
      if (typeof entity?.value !== 'string' || entity.value.trim() === '') problems.push(error(`${here}: name.value must be a non-empty string`));
      const synonyms = entity?.synonyms;
      if (synonyms !== undefined && !(Array.isArray(synonyms) && synonyms.every((x) => typeof x === 'string'))) {
        problems.push(error(`${here}: name.synonyms must be an array of strings`));
      }
    });
  });
  if (count > MAX_DYNAMIC_VALUES) problems.push(error(`${where}: ${count} values, over Alexa's ${MAX_DYNAMIC_VALUES}`));
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

function warning(message: string): Problem {
  return { severity: 'warning', message };
}
