/**
 * What a write dialog has settled so far, in the session: which write is under way (so Cancel and Help can
 * speak about it) and the accounts already resolved from spoken names (so the confirming turn does not
 * search Salesforce again).
 */
import { type HandlerInput, type RequestInterceptor, getIntentName, getRequestType } from 'ask-sdk-core';
import type { IntentName } from '../generated/model';
import { spokenForm } from '../salesforce/nameSearch';

export interface AccountRef {
  Id: string;
  Name: string;
}

/** Which write: its intent, and the resource group of its words (writes.case …). */
export interface WriteKind {
  intent: IntentName;
  words: 'case' | 'newOpportunity' | 'meeting';
}

interface WriteDraft extends WriteKind {
  accounts: Record<string, AccountRef>;
  /** A week or month the user named before being asked for the day ("next week"). */
  vagueDate?: string;
}

function session(input: HandlerInput): { write?: WriteDraft } {
  return input.attributesManager.getSessionAttributes();
}

/** Intents that leave a write under way: help and a mumble speak about it, repeat asks again, stop and cancel end it. */
const WITHIN_A_WRITE: readonly IntentName[] = [
  'AMAZON.HelpIntent', 'AMAZON.FallbackIntent', 'AMAZON.RepeatIntent', 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent',
];

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
  if (s.write?.intent !== kind.intent) s.write = { ...kind, accounts: {} };
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
