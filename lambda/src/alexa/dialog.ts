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
