/**
 * The parts of Alexa's interaction model JSON (skill-package/interactionModels/custom/<locale>.json)
 * that the simulator reads: the language model for NLU, the dialog model and prompts for delegation.
 */
import { readFileSync } from 'node:fs';

export interface ModelSlot {
  name: string;
  type: string;
  /** Utterances a user may answer with when Alexa elicits this slot, e.g. "on {date}". */
  samples?: string[];
}

export interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples?: string[];
}

export interface SlotTypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

export interface SlotTypeDef {
  name: string;
  values: SlotTypeValue[];
}

export type DelegationStrategy = 'ALWAYS' | 'SKILL_RESPONSE';

export interface DialogSlot {
  name: string;
  type: string;
  elicitationRequired?: boolean;
  confirmationRequired?: boolean;
  /** Prompt ids, looked up in `interactionModel.prompts`. */
  prompts?: { elicitation?: string; confirmation?: string };
}

export interface DialogIntent {
  name: string;
  delegationStrategy?: DelegationStrategy;
  confirmationRequired?: boolean;
  prompts?: { confirmation?: string };
  slots?: DialogSlot[];
}

export interface PromptVariation {
  type: 'PlainText' | 'SSML';
  value: string;
}

export interface Prompt {
  id: string;
  variations: PromptVariation[];
}

export interface InteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: ModelIntent[];
      types?: SlotTypeDef[];
    };
    dialog?: {
      delegationStrategy?: DelegationStrategy;
      intents: DialogIntent[];
    };
    prompts?: Prompt[];
  };
}

export function loadInteractionModel(path: string): InteractionModel {
  const model = JSON.parse(readFileSync(path, 'utf8')) as InteractionModel;
  if (!model.interactionModel?.languageModel?.invocationName) {
    throw new Error(`${path}: not an Alexa interaction model (no interactionModel.languageModel.invocationName)`);
  }
  return model;
}

export function findDialogIntent(model: InteractionModel, name: string): DialogIntent | undefined {
  return model.interactionModel.dialog?.intents.find((i) => i.name === name);
}

/** Auto delegation applies when the intent says ALWAYS, or inherits ALWAYS from the skill-wide setting. */
export function isAutoDelegated(model: InteractionModel, intentName: string): boolean {
  const dialog = model.interactionModel.dialog;
  const intent = findDialogIntent(model, intentName);
  if (!dialog || !intent) return false;
  return (intent.delegationStrategy ?? dialog.delegationStrategy ?? 'SKILL_RESPONSE') === 'ALWAYS';
}
