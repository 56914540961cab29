/** The turns every write dialog shares: ask for one slot, confirm the whole request, report a refusal. */
import type { Intent } from 'ask-sdk-model';
import type { Translate } from '../i18n';
import type { Output } from './output';

/** Asks for one slot; the slot's old value is dropped so Alexa fills it from the answer. */
export function askOutput(speech: string, slot: string, intent: Intent): Output {
  const slots = { ...intent.slots, [slot]: { name: slot, confirmationStatus: 'NONE' as const } };
  return { speech, reprompt: speech, dialog: { type: 'ElicitSlot', slot, intent: { ...intent, slots, confirmationStatus: 'NONE' } } };
}

export function confirmOutput(speech: string, intent: Intent): Output {
  return { speech, reprompt: speech, dialog: { type: 'ConfirmIntent', intent: { ...intent, confirmationStatus: 'NONE' } } };
}

/** A finished write (done, cancelled or refused), then the offer of something else. */
export function afterWriteOutput(t: Translate, speech: string): Output {
  return { speech: `${speech} ${t('writes.anythingElse')}`, reprompt: t('writes.anythingElse') };
}

/**
 * Something said in the middle of a dialog ("help"), then the pending question again with its own directive,
 * so the answer that follows still fills the slot or confirms the intent. The directive names the dialog's
 * intent, not the request's: Alexa lets ElicitSlot and ConfirmIntent carry another intent than the one
 * requested (dialog-interface-reference.html, "Change the intent or update slot values during the dialog";
 * [unsure: an old ask-sdk issue, alexa/alexa-skills-kit-sdk-for-nodejs#162, found it refused from HelpIntent]).
 */
export function questionAgainOutput(before: string, question: Output): Output {
  const again = question.reprompt ?? question.speech;
  return { speech: `${before} ${again}`, reprompt: again, ...(question.dialog ? { dialog: question.dialog } : {}) };
}
