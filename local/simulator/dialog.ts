/**
 * Alexa's side of multi-turn dialogs (https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html,
 * https://developer.amazon.com/docs/custom-skills/delegate-dialog-to-alexa.html):
 * - Dialog.Delegate (or auto delegation, delegationStrategy ALWAYS): Alexa walks the intent's dialog model,
 *   eliciting each empty required slot with its prompt, confirming slots and then the intent where the model
 *   asks for it, and finally sends the intent with dialogState COMPLETED;
 * - Dialog.ElicitSlot / ConfirmSlot / ConfirmIntent: the skill asked; the user's reply fills the slot or sets
 *   confirmationStatus, and goes back to the skill with dialogState IN_PROGRESS.
 * Requests for intents that have a dialog model carry dialogState: STARTED first, then IN_PROGRESS.
 */
import type { Intent, Slot, ui } from 'ask-sdk-model';
import type { DialogState } from './envelope';
import { findDialogIntent, isAutoDelegated, type InteractionModel } from './model';
import { compileModel } from './nlu/compiled';
import { withAllSlots } from './nlu/intent';
import type { Expectation } from './nlu/resolve';
import type { DialogDirective } from './validate';

export type DialogStep =
  /** Send the skill this intent. */
  | { kind: 'send'; intent: Intent; dialogState?: DialogState }
  /** Alexa speaks a prompt from the model and listens. */
  | { kind: 'prompt'; speech: ui.OutputSpeech }
  /** The skill's own speech asked the question; Alexa listens. */
  | { kind: 'listen' };

/** Who asked what Alexa now waits for: Alexa while delegated, or the skill through a directive. */
type Waiting = Expectation & { askedBy: 'alexa' | 'skill' };

export class DialogManager {
  private waiting?: Waiting;

  constructor(private readonly model: InteractionModel) {}

  /** What the user's next words answer, for the NLU. */
  get expecting(): Expectation | undefined {
    return this.waiting;
  }

  /** Forget any open question (a response without a Dialog directive, a new session). */
  reset(): void {
    this.waiting = undefined;
  }

  /** The user said something that resolved to `intent`: the answer to the open question, or a new request. */
  onUserIntent(intent: Intent, answered: boolean): DialogStep {
    const waiting = this.waiting;
    this.waiting = undefined;
    const hasModel = findDialogIntent(this.model, intent.name) !== undefined;
    const auto = isAutoDelegated(this.model, intent.name);
    if (!waiting || !answered) {
      if (auto) return this.delegate(intent);
      return hasModel ? { kind: 'send', intent, dialogState: 'STARTED' } : { kind: 'send', intent };
    }
    if (waiting.askedBy === 'alexa' && waiting.kind === 'confirm-intent') return { kind: 'send', intent, dialogState: 'COMPLETED' };
    if (waiting.askedBy === 'alexa' && auto) return this.delegate(intent);
    return { kind: 'send', intent, dialogState: 'IN_PROGRESS' };
  }

  /** The skill answered `requestIntent` with a Dialog directive. */
  onDirective(directive: DialogDirective, requestIntent: Intent): DialogStep {
    const intent = withAllSlots(compileModel(this.model), directive.updatedIntent ?? requestIntent);
    switch (directive.type) {
      case 'Dialog.Delegate':
        return this.delegate(intent);
      case 'Dialog.ElicitSlot':
        this.waiting = { kind: 'elicit', intent, slot: directive.slotToElicit, askedBy: 'skill' };
        return { kind: 'listen' };
      case 'Dialog.ConfirmSlot':
        this.waiting = { kind: 'confirm-slot', intent, slot: directive.slotToConfirm, askedBy: 'skill' };
        return { kind: 'listen' };
      case 'Dialog.ConfirmIntent':
        this.waiting = { kind: 'confirm-intent', intent, askedBy: 'skill' };
        return { kind: 'listen' };
    }
  }

  /** Alexa's next step for a delegated dialog. */
  private delegate(intent: Intent): DialogStep {
    const dialog = findDialogIntent(this.model, intent.name);
    for (const rule of dialog?.slots ?? []) {
      const slot: Slot = intent.slots?.[rule.name] ?? { name: rule.name, confirmationStatus: 'NONE' };
      // A denied slot is asked for again.
      const value = slot.confirmationStatus === 'DENIED' ? undefined : slot.value;
      if (rule.elicitationRequired && !value) {
        const cleared = { ...intent, slots: { ...intent.slots, [rule.name]: { name: rule.name, confirmationStatus: 'NONE' as const } } };
        return this.ask({ kind: 'elicit', intent: cleared, slot: rule.name, askedBy: 'alexa' }, rule.prompts?.elicitation, `the ${rule.name}`);
      }
      if (rule.confirmationRequired && value && slot.confirmationStatus === 'NONE') {
        return this.ask({ kind: 'confirm-slot', intent, slot: rule.name, askedBy: 'alexa' }, rule.prompts?.confirmation, `${rule.name} ${value}`);
      }
    }
    if (dialog?.confirmationRequired && intent.confirmationStatus === 'NONE') {
      return this.ask({ kind: 'confirm-intent', intent, askedBy: 'alexa' }, dialog.prompts?.confirmation, intent.name);
    }
    return { kind: 'send', intent, dialogState: 'COMPLETED' };
  }

  private ask(waiting: Waiting, promptId: string | undefined, what: string): DialogStep {
    this.waiting = waiting;
    const variation = this.model.interactionModel.prompts?.find((p) => p.id === promptId)?.variations[0];
    // Alexa picks a variation at random; the first keeps transcripts reproducible.
    if (!variation) return { kind: 'prompt', speech: { type: 'PlainText', text: `[the model has no prompt for ${what}]` } };
    const value = variation.value.replace(/\{(\w+)\}/g, (whole, slot: string) => waiting.intent.slots?.[slot]?.value ?? whole);
    return { kind: 'prompt', speech: variation.type === 'SSML' ? { type: 'SSML', ssml: value } : { type: 'PlainText', text: value } };
  }
}
