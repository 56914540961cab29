/**
 * The list the user is talking about, so "next", "go back", "yes", "repeat" and "tell me about the second one"
 * know what they refer to. It lives in the session while Alexa keeps one, and in the state table (through
 * ask-sdk's persistent attributes) so a new session — "Alexa, ask Sales Assistant for the next ones" — can pick
 * it up. Written only when it changed.
 */
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Output } from '../alexa/output';
import type { OpportunityFilter } from '../deals/query';

interface ListPosition {
  pageSize: number;
  /** Offset of the page last read. */
  offset: number;
  hasMore: boolean;
  /**
   * Ids of every item read so far, by spoken position: itemIds[0] is "the first one", also after "next"
   * or "go back". Up to MAX_REMEMBERED.
   */
  itemIds: string[];
  savedAt: string;
}

export type OpportunityList = { kind: 'opportunities' } & OpportunityFilter & ListPosition;
export type CampaignList = { kind: 'campaigns' } & ListPosition;
export type ListContext = OpportunityList | CampaignList;

const LIST_KINDS: readonly string[] = ['opportunities', 'campaigns'] satisfies ListContext['kind'][];

/** Positions remembered for "tell me about number …": ten pages of five. */
export const MAX_REMEMBERED = 50;

/** The ids by position after reading `pageIds` at `offset`: earlier and later positions keep theirs. */
export function withPageIds(known: readonly string[], offset: number, pageIds: readonly string[]): string[] {
  if (offset > known.length) return known.slice(0, MAX_REMEMBERED);
  return [...known.slice(0, offset), ...pageIds, ...known.slice(offset + pageIds.length)].slice(0, MAX_REMEMBERED);
}

/**
 * What a "yes" or "no" would answer now: "want the next three?", "want to hear which campaigns are active?",
 * or "what else can I do for you?" after a finished write.
 */
export type Pending = 'nextPage' | 'activeCampaigns' | 'anythingElse';

interface SessionState {
  list?: ListContext;
  /** The last thing said, for Repeat. */
  lastOutput?: Output;
  pending?: Pending;
}

/** The list as it was when the request arrived (a request attribute, never sent back to Alexa). */
const LIST_AT_START = 'conversation.listAtStart';
/** The question the last turn asked, for this request only. */
const ASKED_LAST_TURN = 'conversation.askedLastTurn';

/** A list older than this is not what "next" means any more. */
const LIST_FRESH_MS = 4 * 60 * 60 * 1000;

function session(input: HandlerInput): SessionState {
  return input.attributesManager.getSessionAttributes<SessionState>();
}

/**
 * The list of this session, or in a new session the one saved by an earlier session when it is fresh. A list
 * picked up from the table joins the session as it is stored, so reading it (details) writes nothing.
 */
export async function recallList(input: HandlerInput, now: Date): Promise<ListContext | undefined> {
  const s = session(input);
  if (s.list) return s.list;
  if (!input.requestEnvelope.session?.new) return undefined;
  const stored = (await input.attributesManager.getPersistentAttributes()) as { list?: ListContext };
  if (!stored.list || !LIST_KINDS.includes(stored.list.kind) || now.getTime() - Date.parse(stored.list.savedAt) > LIST_FRESH_MS) return undefined;
  s.list = stored.list;
  input.attributesManager.getRequestAttributes()[LIST_AT_START] = JSON.stringify(stored.list);
  return stored.list;
}

export function rememberList(input: HandlerInput, list: ListContext, pending?: Pending): void {
  const s = session(input);
  s.list = list;
  s.pending = pending;
}

/** What a "yes" or "no" to this turn will mean; a turn that sets nothing asks no yes-or-no question. */
export function setPending(input: HandlerInput, pending: Pending | undefined): void {
  if (pending) session(input).pending = pending;
  else delete session(input).pending;
}

/** The question the last turn asked, which a "yes" or "no" now answers. */
export function pendingAction(input: HandlerInput): Pending | undefined {
  return input.attributesManager.getRequestAttributes()[ASKED_LAST_TURN] as Pending | undefined;
}

export function lastOutput(input: HandlerInput): Output | undefined {
  return session(input).lastOutput;
}

export function rememberOutput(input: HandlerInput, output: Output): void {
  session(input).lastOutput = output;
}

/**
 * Request side: a "yes" answers only the question just asked. The last turn's question moves to this request,
 * so a turn that asks nothing new (a new read, help, a mumble) leaves no stale meaning for a later "yes".
 */
export const takeLastQuestion: RequestInterceptor = {
  process(input) {
    const s = session(input);
    input.attributesManager.getRequestAttributes()[ASKED_LAST_TURN] = s.pending;
    delete s.pending;
  },
};

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
