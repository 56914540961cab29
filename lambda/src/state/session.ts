/**
 * The list the user is talking about, so "next", "go back", "yes", "repeat" and "tell me about the second one"
 * know what they refer to, and the last deal spoken of, so "who owns it" does. Both live in the session while
 * Alexa keeps one, and in the state table (through ask-sdk's persistent attributes) so a new session — "Alexa,
 * ask Sales Assistant for the next ones", "… what's the next step on it" — can pick them up. Written only when
 * they changed.
 */
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Output } from '../alexa/output';
import type { OpportunityFilter } from '../deals/query';
import type { DealQuestion } from '../deals/question';
import type { IntentName } from '../generated/model';

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
 * "what else can I do for you?" after a finished write, or "shall I schedule the next review?".
 */
export type Pending = 'nextPage' | 'activeCampaigns' | 'anythingElse' | 'scheduleReview';

/** The deal whose details (or one detail) were last spoken: what "it" and "that deal" mean. */
interface LastDeal {
  id: string;
  savedAt: string;
  /** The question last answered about it (DealCloseDateIntent …), which "and the Acme one?" asks again. */
  asked?: IntentName;
}

/** "Which one: A or B?" asked by the last turn: the answer picks one of these, for the intent that asked. */
export interface DealChoice {
  intent: IntentName;
  deals: { id: string; name: string }[];
}

interface SessionState {
  list?: ListContext;
  lastDeal?: LastDeal;
  /** Offered by this turn; the next request takes it out (see snapshotList), so it never outlives its answer. */
  dealChoice?: DealChoice;
  /** The last thing said, for Repeat. */
  lastOutput?: Output;
  pending?: Pending;
  /** The last question about deals and the conversation that answered it, for follow-ups. */
  question?: AskedQuestion;
  /** The last "what's my day" reading (the day, the meetings or the tasks), for "and tomorrow?". */
  dayAsked?: DayAsked;
}

/** Which my-day intent answered last, so a follow-up reads the same thing for another day. */
export interface DayAsked {
  intent: 'MyDayIntent' | 'MyMeetingsIntent' | 'MyTasksIntent';
}

export interface AskedQuestion {
  kind: string;
  question: DealQuestion;
}

interface Stored {
  list?: ListContext;
  lastDeal?: LastDeal;
}

/** The list and the last deal as they were when the request arrived (request attributes, never sent back to Alexa). */
const LIST_AT_START = 'conversation.listAtStart';
/** The question the last turn asked, for this request only. */
const ASKED_LAST_TURN = 'conversation.askedLastTurn';
const DEAL_AT_START = 'conversation.dealAtStart';
const CHOICE_OFFERED = 'conversation.dealChoiceOffered';

/** A list or a deal older than this is not what "next" or "it" means any more. */
const FRESH_MS = 4 * 60 * 60 * 1000;

const fresh = (savedAt: string, now: Date) => now.getTime() - Date.parse(savedAt) <= FRESH_MS;

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
  const stored = (await input.attributesManager.getPersistentAttributes()) as Stored;
  if (!stored.list || !LIST_KINDS.includes(stored.list.kind) || !fresh(stored.list.savedAt, now)) return undefined;
  s.list = stored.list;
  input.attributesManager.getRequestAttributes()[LIST_AT_START] = JSON.stringify(stored.list);
  return stored.list;
}

/** An answer that reads deals no "next" can go on with: the list before it is not what "next" means any more. */
export function forgetList(input: HandlerInput): void {
  delete session(input).list;
}

export function rememberList(input: HandlerInput, list: ListContext, pending?: Pending): void {
  const s = session(input);
  s.list = list;
  s.pending = pending;
}

/** Remembers the deal just spoken of, and the question answered about it (none for a change made to it). */
export function rememberDeal(input: HandlerInput, id: string, now: Date, asked?: IntentName): void {
  const s = session(input);
  // A list read since makes the same deal news again: "it" is this deal, not that list.
  if (s.lastDeal?.id !== id || (s.list && s.list.savedAt > s.lastDeal.savedAt)) s.lastDeal = { id, savedAt: now.toISOString(), ...(asked ? { asked } : {}) };
  else if (asked) s.lastDeal.asked = asked;
  else delete s.lastDeal.asked;
}

/** Whether a deal was spoken of in this session ("it"), without looking in the table. */
export function dealSpokenOfInSession(input: HandlerInput): boolean {
  return session(input).lastDeal !== undefined;
}

/** The question last answered about a deal, if any. */
export function lastDealQuestion(input: HandlerInput): IntentName | undefined {
  return session(input).lastDeal?.asked;
}

/**
 * The deal "it" means: the last one whose details were spoken, unless a list was read since — then the list's
 * deal when the page last read out held one ("your biggest deal is …", then "next"), and none when it held
 * several (which of them would be a guess). In a new session, what an earlier session left, when fresh.
 */
export async function recallLastDeal(input: HandlerInput, now: Date): Promise<string | undefined> {
  const s = session(input);
  const list = await recallList(input, now);
  if (!s.lastDeal && input.requestEnvelope.session?.new) {
    const stored = (await input.attributesManager.getPersistentAttributes()) as Stored;
    if (stored.lastDeal && fresh(stored.lastDeal.savedAt, now)) {
      s.lastDeal = stored.lastDeal;
      input.attributesManager.getRequestAttributes()[DEAL_AT_START] = JSON.stringify(stored.lastDeal);
    }
  }
  if (list?.kind === 'opportunities' && (!s.lastDeal || list.savedAt > s.lastDeal.savedAt)) {
    const page = list.itemIds.slice(list.offset, list.offset + list.pageSize);
    return page.length === 1 ? page[0] : undefined;
  }
  return s.lastDeal?.id;
}

export function offerDealChoice(input: HandlerInput, choice: DealChoice): void {
  session(input).dealChoice = choice;
}

/** The choice the previous turn offered, if it offered one. */
export function offeredDealChoice(input: HandlerInput): DealChoice | undefined {
  return input.attributesManager.getRequestAttributes()[CHOICE_OFFERED] as DealChoice | undefined;
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

export function rememberQuestion(input: HandlerInput, asked: AskedQuestion): void {
  session(input).question = asked;
}

export function lastQuestion(input: HandlerInput): AskedQuestion | undefined {
  return session(input).question;
}

export function lastOutput(input: HandlerInput): Output | undefined {
  return session(input).lastOutput;
}

/**
 * Without its screen: the session's attributes travel in every response, which Alexa caps in size, and "repeat"
 * says the turn again while the screen still shows it ([unconfirmed]: that a response without a document leaves
 * the last one on an Echo Show's screen).
 */
export function rememberOutput(input: HandlerInput, output: Output): void {
  const { screen: _shown, ...said } = output;
  session(input).lastOutput = said;
}

export function forgetQuestion(input: HandlerInput): void {
  delete session(input).question;
}

export function rememberDayAsked(input: HandlerInput, asked: DayAsked): void {
  session(input).dayAsked = asked;
}

export function lastDayAsked(input: HandlerInput): DayAsked | undefined {
  return session(input).dayAsked;
}

export function forgetDayAsked(input: HandlerInput): void {
  delete session(input).dayAsked;
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

/**
 * Request side: note the list and the deal as they arrived, so the response side writes only changed ones;
 * take out the choice the last turn offered, so only this turn can answer it.
 */
export const snapshotList: RequestInterceptor = {
  process(input) {
    const s = session(input);
    const request = input.attributesManager.getRequestAttributes();
    request[LIST_AT_START] = JSON.stringify(s.list ?? null);
    request[DEAL_AT_START] = JSON.stringify(s.lastDeal ?? null);
    request[CHOICE_OFFERED] = s.dealChoice;
    delete s.dealChoice;
  },
};

/**
 * Saves the list and the deal when either changed. A session that named a deal before reading any list keeps
 * the list an earlier session saved (one read); a new list does not keep an earlier session's deal, since
 * after a list "it" is that list's business (recallLastDeal) — and a list costs no read.
 */
export const persistChangedList: ResponseInterceptor = {
  async process(input) {
    const s = session(input);
    const request = input.attributesManager.getRequestAttributes();
    const listChanged = s.list && JSON.stringify(s.list) !== request[LIST_AT_START];
    const dealChanged = s.lastDeal && JSON.stringify(s.lastDeal) !== request[DEAL_AT_START];
    if (!listChanged && !dealChanged) return;
    const list = s.list ?? ((await input.attributesManager.getPersistentAttributes()) as Stored).list;
    input.attributesManager.setPersistentAttributes({ ...(list ? { list } : {}), ...(s.lastDeal ? { lastDeal: s.lastDeal } : {}) });
    await input.attributesManager.savePersistentAttributes();
  },
};
