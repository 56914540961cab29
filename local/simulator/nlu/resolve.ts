/**
 * The simulator's Alexa NLU: typed text + the interaction model + where the conversation is →
 * what Alexa would send the skill (or that it would not send anything).
 */
import type { Intent } from 'ask-sdk-model';
import type { InteractionModel } from '../model';
import { FALLBACK_INTENT, sessionExitPhrases } from './builtins';
import { compileModel, type CompiledModel, type Sample } from './compiled';
import { buildIntent, withSlots } from './intent';
import { parseInvocation } from './invocation';
import { isBetter, UtteranceMatcher, type Match } from './matcher';
import type { EntityIndex } from './slots/entities';
import { tokenize, wordKey } from './text';

/** What Alexa is waiting for after it (or the skill, through a Dialog directive) asked the user something. */
export type Expectation =
  | { kind: 'elicit'; intent: Intent; slot: string }
  | { kind: 'confirm-slot'; intent: Intent; slot: string }
  | { kind: 'confirm-intent'; intent: Intent };

export interface NluState {
  /** Whether the skill's session is open (the user may talk without the invocation name). */
  inSession: boolean;
  expecting?: Expectation;
  now: Date;
  /** IANA time zone of the device, for relative dates. */
  timeZone: string;
  /** For entity resolution authorities. */
  skillId: string;
  /** The session's dynamic entities by type (see `indexDynamicEntities`); absent when the skill pushed none. */
  dynamicEntities?: ReadonlyMap<string, EntityIndex>;
  /** The device's locale, whose language the built-in phrases, the ways to invoke and dates are in; default en-US. */
  locale?: string;
}

export type Resolution =
  | { kind: 'launch' }
  | {
      kind: 'intent';
      intent: Intent;
      /** Whether this is the reply to what Alexa asked (`expecting`), rather than a new request. */
      answered: boolean;
      /** The sample that matched, for explaining the match. */
      sample?: string;
    }
  /** "exit" while the session is open: Alexa closes it and sends SessionEndedRequest USER_INITIATED. */
  | { kind: 'end-session' }
  /** Outside a session, without the invocation name, Alexa answers itself. */
  | { kind: 'not-for-skill' }
  /** Nothing matched and the model declares no AMAZON.FallbackIntent. */
  | { kind: 'unmatched' };

const IGNORED_LEADING = new Set(['alexa']);
const COURTESY = new Set(['please', 'bitte']);

export function resolve(text: string, model: InteractionModel, state: NluState): Resolution {
  const locale = state.locale ?? 'en-US';
  const compiled = compileModel(model, locale);
  const words = trimCourtesy(tokenize(text));
  const ctx = { now: state.now, timeZone: state.timeZone, skillId: state.skillId, entities: compiled.entities, dynamicEntities: state.dynamicEntities, locale };
  const invocation = parseInvocation(words, compiled.invocation, locale);
  if (invocation?.kind === 'launch') return { kind: 'launch' };
  if (invocation) {
    const matches = invocation.readings.map((reading) => new UtteranceMatcher(reading, ctx).best(compiled.samples));
    return fromMatch(compiled, bestOf(matches));
  }
  if (!state.inSession) return { kind: 'not-for-skill' };
  if (sessionExitPhrases(locale).includes(words.map(wordKey).join(' '))) return { kind: 'end-session' };
  const matcher = new UtteranceMatcher(words, ctx);
  if (state.expecting) {
    const answer = answerTo(state.expecting, matcher, compiled);
    if (answer) return { kind: 'intent', intent: answer, answered: true };
  }
  return fromMatch(compiled, matcher.best(compiled.samples));
}

/**
 * The user's reply to what Alexa asked, as the updated intent; null when the reply is something else
 * ("help", "stop", another request), which Alexa then handles as a new utterance.
 */
function answerTo(expecting: Expectation, matcher: UtteranceMatcher, compiled: CompiledModel): Intent | null {
  const { intent } = expecting;
  if (expecting.kind !== 'elicit') {
    const status = matcher.best(compiled.confirmation.yes) ? 'CONFIRMED' : matcher.best(compiled.confirmation.no) ? 'DENIED' : null;
    if (!status) return null;
    if (expecting.kind === 'confirm-intent') return { ...intent, confirmationStatus: status };
    const slot = intent.slots?.[expecting.slot] ?? { name: expecting.slot, confirmationStatus: 'NONE' as const };
    return { ...intent, slots: { ...intent.slots, [expecting.slot]: { ...slot, confirmationStatus: status } } };
  }
  const own: Sample[] = [
    ...compiled.samples.filter((s) => s.intent === intent.name),
    ...(compiled.slotSamples.get(intent.name)?.get(expecting.slot) ?? []),
  ];
  // A reply fully explained by the dialog's own samples wins; one fully explained by another intent
  // ("stop", "help") interrupts the dialog; otherwise free-text readings of the reply fill the slot.
  const exact = matcher.best(own, { allowUnanchored: true });
  if (exact && exact.free === 0) return withSlots(compiled, intent, exact.slots);
  const other = matcher.best(compiled.samples);
  if (other && other.free === 0) return null;
  if (exact) return withSlots(compiled, intent, exact.slots);
  const type = compiled.slotTypes.get(intent.name)?.get(expecting.slot);
  const bare = type ? matcher.whole(type) : null;
  return bare ? withSlots(compiled, intent, new Map([[expecting.slot, bare]])) : null;
}

function fromMatch(compiled: CompiledModel, match: Match | null): Resolution {
  if (match) return { kind: 'intent', intent: buildIntent(compiled, match.sample.intent, match.slots), answered: false, sample: match.sample.text };
  const hasFallback = compiled.model.interactionModel.languageModel.intents.some((i) => i.name === FALLBACK_INTENT);
  return hasFallback ? { kind: 'intent', intent: buildIntent(compiled, FALLBACK_INTENT), answered: false } : { kind: 'unmatched' };
}

function bestOf(matches: (Match | null)[]): Match | null {
  return matches.reduce<Match | null>((best, m) => (m && (!best || isBetter(m, best)) ? m : best), null);
}

/** Drops a leading wake word ("Alexa, …") and "please" at either end. */
function trimCourtesy(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && (IGNORED_LEADING.has(words[start]!) || COURTESY.has(words[start]!))) start++;
  while (end > start && COURTESY.has(words[end - 1]!)) end--;
  return words.slice(start, end);
}
