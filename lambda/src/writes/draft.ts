/**
 * What a write dialog has settled so far, in the session: which write is under way (so Cancel and Help can
 * speak about it), the accounts already resolved from spoken names (so the confirming turn does not search
 * Salesforce again), and — as the last question asked (state/session's last output) — the slots heard so far.
 */
import { type HandlerInput, type RequestInterceptor, getIntentName, getRequestType } from 'ask-sdk-core';
import type { Intent, IntentRequest, Slot } from 'ask-sdk-model';
import type { Output } from '../alexa/output';
import type { IntentName } from '../generated/model';
import { spokenForm } from '../salesforce/nameSearch';
import type { TeamMember } from '../salesforce/users';
import { lastOutput } from '../state/session';

export interface AccountRef {
  Id: string;
  Name: string;
  /** Words said after the account's name in the same slot (a case's subject, a call's notes). */
  rest?: string;
}

/** Which write: its intent, and the resource group of its words (writes.case …). */
export interface WriteKind {
  intent: IntentName;
  words: 'case' | 'newOpportunity' | 'meeting' | 'logCall' | 'addNote' | 'reminder' | 'updateDeal';
}

interface WriteDraft extends WriteKind {
  accounts: Record<string, AccountRef>;
  /** A week or month the user named before being asked for the day ("next week"). */
  vagueDate?: string;
  /** The speaker's team, read the first time this write needed it (the confirming turn does not read it again). */
  team?: TeamMember[];
}

function session(input: HandlerInput): { write?: WriteDraft } {
  return input.attributesManager.getSessionAttributes();
}

/**
 * Intents that leave a write under way: help and a mumble speak about it, repeat asks again, stop and cancel end
 * it, a "yes" where a day or a name was asked for gets the question again (basics/yes.ts), a "no" drops the write (no.ts).
 */
const WITHIN_A_WRITE: readonly IntentName[] = [
  'AMAZON.HelpIntent', 'AMAZON.FallbackIntent', 'AMAZON.RepeatIntent', 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent',
  'AMAZON.YesIntent', 'AMAZON.NoIntent',
];

/** The question a write under way last asked (a day, a time, a name), to ask again when the answer was not one. */
export function openWriteQuestion(input: HandlerInput): Output | undefined {
  const last = lastOutput(input);
  return writeUnderWay(input) && last?.dialog?.type === 'ElicitSlot' ? last : undefined;
}

/**
 * A write the user walked away from — they asked for something else instead of answering its question — is
 * dropped, so help no longer speaks of it and a later request for it starts afresh.
 */
export const dropAbandonedWrite: RequestInterceptor = {
  process(input) {
    const write = session(input).write;
    if (!write || getRequestType(input.requestEnvelope) !== 'IntentRequest') return;
    const intent = getIntentName(input.requestEnvelope) as IntentName;
    if (intent !== write.intent && !WITHIN_A_WRITE.includes(intent)) endWrite(input);
  },
};

export function startWrite(input: HandlerInput, kind: WriteKind): void {
  const s = session(input);
  if (s.write?.intent !== kind.intent) s.write = { intent: kind.intent, words: kind.words, accounts: {} };
}

export function writeUnderWay(input: HandlerInput): WriteKind | undefined {
  const write = session(input).write;
  return write && { intent: write.intent, words: write.words };
}

export function endWrite(input: HandlerInput): void {
  delete session(input).write;
}

export function rememberVagueDate(input: HandlerInput, date: string): void {
  const write = session(input).write;
  if (write) write.vagueDate = date;
}

export function vagueDate(input: HandlerInput): string | undefined {
  return session(input).write?.vagueDate;
}

export function knownAccount(input: HandlerInput, spoken: string): AccountRef | undefined {
  return session(input).write?.accounts[spokenForm(spoken)];
}

export function rememberAccount(input: HandlerInput, spoken: string, account: AccountRef): void {
  const write = session(input).write;
  if (write) write.accounts[spokenForm(spoken)] = account;
}

/** The team as this write first read it, or `read()` once, kept for the write's later turns. */
export async function teamOfWrite(input: HandlerInput, read: () => Promise<TeamMember[]>): Promise<TeamMember[]> {
  const write = session(input).write;
  if (write?.team) return write.team;
  const team = await read();
  if (write) write.team = team;
  return team;
}

/** The question this write asked last turn (ElicitSlot or ConfirmIntent), if the last turn was one of its questions. */
export function pendingQuestion(input: HandlerInput): Output | undefined {
  const write = session(input).write;
  const last = lastOutput(input);
  return write && last?.dialog?.intent.name === write.intent ? last : undefined;
}

const heard = (slot: Slot | undefined) => slot?.value !== undefined && slot.value !== '';

/**
 * The request's intent with what the pending question already carried. An answer to ElicitSlot comes back with
 * every slot, but words said instead of "yes" or "no" at a ConfirmIntent ("no, make it three") come as a new
 * request holding only the slots of those words, not merged with the intent being confirmed
 * (https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html — the user's reply to
 * ConfirmIntent sets confirmationStatus; anything else is a new utterance [unsure: not documented in those
 * words]). So the slots heard now replace the same slots (and the slots `replacedTogether` with them) and
 * every other slot keeps its value. Only right after this write's own question: a request for it later in the
 * session starts afresh.
 */
export function correctedIntent(input: HandlerInput, intent: Intent, replacedTogether: readonly (readonly string[])[]): Intent {
  const asked = pendingQuestion(input)?.dialog?.intent;
  if (!asked || asked.name !== intent.name) return intent;
  const said = Object.values(intent.slots ?? {}).filter(heard).map((s) => s.name);
  const replaced = new Set([...said, ...replacedTogether.filter((group) => group.some((s) => said.includes(s))).flat()]);
  const kept = Object.fromEntries(Object.entries(asked.slots ?? {}).filter(([name, slot]) => heard(slot) && !replaced.has(name)));
  input.attributesManager.getRequestAttributes()[REPLACED] = Object.fromEntries(
    Object.entries(asked.slots ?? {}).filter(([name, slot]) => heard(slot) && said.includes(name)).map(([name, slot]) => [name, slot.value]),
  );
  return { ...intent, slots: { ...intent.slots, ...kept } };
}

/** The values a correction replaced in this request, by slot (a request attribute, never sent back to Alexa). */
const REPLACED = 'writes.replaced';

/** What `slot` held before this request corrected it ("Friday instead": the day it replaced). */
export function replacedValue(input: HandlerInput, slot: string): string | undefined {
  return (input.attributesManager.getRequestAttributes()[REPLACED] as Record<string, string> | undefined)?.[slot];
}

/** What each write conversation's handler registered: its anchors, and the slot a bare correction changes. */
const writes = new Map<string, { anchors: readonly string[]; correctionSlot?: string }>();

export function registerWrite(intent: IntentName, anchors: readonly string[], correctionSlot?: string): void {
  writes.set(intent, { anchors, correctionSlot });
}

/**
 * The one value a bare correction said ("make it 260 thousand", "make it December 18th"): a request for a
 * registered write that names exactly one slot, none of its intent's anchors (no account, no deal) — so it cannot
 * be a new write of that kind. Undefined for anything else.
 */
export function bareCorrection(request: IntentRequest): Slot | undefined {
  const own = writes.get(request.intent.name);
  const said = Object.values(request.intent.slots ?? {}).filter(heard);
  return own && said.length === 1 && !own.anchors.includes(said[0]!.name) ? said[0] : undefined;
}

/**
 * A correction said at a write's question that Alexa gave to another write's correction phrase: "no, make it 260
 * thousand" at "Change the amount of … to 250 thousand?" is a sample of the new opportunity's intent, "make it
 * December 18th" one of the reminder's. When the write under way has one value a correction changes
 * (`correctionSlot`) and just asked its question, the one value said becomes that slot of the write under way,
 * which then checks it as it checks any answer (an unknown stage is said back) and confirms again. Runs before
 * dropAbandonedWrite, which would otherwise end the write under way.
 */
export const redirectCorrection: RequestInterceptor = {
  process(input) {
    const write = session(input).write;
    const { request } = input.requestEnvelope;
    if (!write || request.type !== 'IntentRequest' || request.intent.name === write.intent || !pendingQuestion(input)) return;
    const target = writes.get(write.intent)?.correctionSlot;
    const said = bareCorrection(request);
    if (!target || !said) return;
    const { value, resolutions } = said;
    request.intent = {
      name: write.intent,
      confirmationStatus: 'NONE',
      slots: { [target]: { name: target, value, confirmationStatus: 'NONE', ...(resolutions ? { resolutions } : {}) } },
    };
  },
};
