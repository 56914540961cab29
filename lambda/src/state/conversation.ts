/**
 * The list the user is talking about, so "next", "yes" and "repeat" know what they refer to. It lives in
 * the session while Alexa keeps one, and in the state table (through ask-sdk's persistent attributes) so a
 * new session — "Alexa, ask Sales Assistant for the next ones" — can pick it up. Written only when it changed.
 */
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { DatePeriodId, OwnerScopeId } from '../generated/model';
import type { Output } from '../outputs/output';

export interface ListContext {
  kind: 'topOpportunities';
  scope: OwnerScopeId;
  period?: DatePeriodId;
  pageSize: number;
  /** Offset of the page last read. */
  offset: number;
  hasMore: boolean;
  /** Ids of the page last read, in spoken order. */
  itemIds: string[];
  savedAt: string;
}

interface SessionState {
  list?: ListContext;
  /** The last thing said, for Repeat. */
  lastOutput?: Output;
  /** What a "yes" would mean now. */
  pending?: 'nextPage';
}

/** The list as it was when the request arrived (a request attribute, never sent back to Alexa). */
const LIST_AT_START = 'conversation.listAtStart';

/** A list older than this is not what "next" means any more. */
const LIST_FRESH_MS = 4 * 60 * 60 * 1000;

function session(input: HandlerInput): SessionState {
  return input.attributesManager.getSessionAttributes<SessionState>();
}

export async function recallList(input: HandlerInput, now: Date): Promise<ListContext | undefined> {
  const s = session(input);
  if (s.list) return s.list;
  if (!input.requestEnvelope.session?.new) return undefined;
  const stored = (await input.attributesManager.getPersistentAttributes()) as { list?: ListContext };
  if (!stored.list || now.getTime() - Date.parse(stored.list.savedAt) > LIST_FRESH_MS) return undefined;
  return stored.list;
}

export function rememberList(input: HandlerInput, list: ListContext, pending?: SessionState['pending']): void {
  const s = session(input);
  s.list = list;
  s.pending = pending;
}

export function pendingAction(input: HandlerInput): SessionState['pending'] {
  return session(input).pending;
}

export function clearPending(input: HandlerInput): void {
  delete session(input).pending;
}

export function lastOutput(input: HandlerInput): Output | undefined {
  return session(input).lastOutput;
}

export function rememberOutput(input: HandlerInput, output: Output): void {
  session(input).lastOutput = output;
}

/** Request side: note the list as it arrived, so the response side writes only a changed one. */
export const snapshotList: RequestInterceptor = {
  process(input) {
    input.attributesManager.getRequestAttributes()[LIST_AT_START] = JSON.stringify(session(input).list ?? null);
  },
};

export const persistChangedList: ResponseInterceptor = {
  async process(input) {
    const s = session(input);
    if (!s.list || JSON.stringify(s.list) === input.attributesManager.getRequestAttributes()[LIST_AT_START]) return;
    input.attributesManager.setPersistentAttributes({ list: s.list });
    await input.attributesManager.savePersistentAttributes();
  },
};
