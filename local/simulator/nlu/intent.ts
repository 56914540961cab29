/**
 * Intents as Alexa sends them: every slot the model declares for the intent is present, filled ones
 * with `value` (and `resolutions` for custom types, mirrored in `slotValue`), empty ones without.
 */
import type { Intent, Slot } from 'ask-sdk-model';
import type { CompiledModel } from './compiled';
import type { FilledSlot } from './slots';

export function buildIntent(compiled: CompiledModel, name: string, filled: ReadonlyMap<string, FilledSlot> = new Map()): Intent {
  const declared = [...(compiled.slotTypes.get(name)?.keys() ?? [])];
  const slots = Object.fromEntries(declared.map((slot) => [slot, slotFrom(slot, filled.get(slot))]));
  return declared.length > 0 ? { name, confirmationStatus: 'NONE', slots } : { name, confirmationStatus: 'NONE' };
}

/** The intent with the given slots (re)filled, as Alexa updates it during a dialog; their confirmation starts over. */
export function withSlots(compiled: CompiledModel, intent: Intent, filled: ReadonlyMap<string, FilledSlot>): Intent {
  const base = buildIntent(compiled, intent.name);
  const slots = { ...base.slots, ...intent.slots };
  for (const [name, value] of filled) slots[name] = slotFrom(name, value);
  return Object.keys(slots).length > 0 ? { ...intent, slots } : intent;
}

/** A copy of the intent with every declared slot present, for skills that send back a partial `updatedIntent`. */
export function withAllSlots(compiled: CompiledModel, intent: Intent): Intent {
  return withSlots(compiled, intent, new Map());
}

function slotFrom(name: string, filled: FilledSlot | undefined): Slot {
  if (!filled) return { name, confirmationStatus: 'NONE' };
  const { value, resolutions } = filled;
  return resolutions
    ? { name, value, resolutions, confirmationStatus: 'NONE', slotValue: { type: 'Simple', value, resolutions } }
    : { name, value, confirmationStatus: 'NONE', slotValue: { type: 'Simple', value } };
}
