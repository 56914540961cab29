/**
 * The shape every conversation that answers a question about deals shares (top opportunities, wins and
 * losses, the pipeline, counts and averages, the leaderboard, quota): it hears the question from the slots
 * its intent has, answers it, and keeps it, so a follow-up ("what about next quarter?") can change one part
 * and ask the same conversation again (conversations/follow-up).
 */
import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { type IntentHandler, intentHandler } from '../alexa/intentHandler';
import type { Output } from '../alexa/output';
import type { RequestContext } from '../context';
import type { DealOutcomeId, IntentName, OwnerScopeId } from '../generated/model';
import type { Identity } from '../salesforce/identity';
import { forgetDayAsked, forgetQuestion, lastQuestion, rememberQuestion } from '../state/session';
import { ownerForScope } from './owner';
import { type DealQuestion, type Note, type QuestionSlot, hearQuestion } from './question';

export interface DealConversation {
  /** Names the conversation in the session, for follow-ups. */
  kind: string;
  intent: IntentName;
  /** The question slots its intent declares. */
  slots: readonly QuestionSlot[];
  /** The parts of a question it can honour; a follow-up that sets another part hears that it was not used. */
  honours: readonly QuestionSlot[];
  /**
   * What the intent's words say without a slot: "my five biggest deals" (no slot may sit next to another, so
   * "my" is a word of MyTopOpportunitiesIntent), "what's slipping", "my biggest deal".
   */
  fixed?: { scope?: OwnerScopeId; count?: number; due?: 'past'; outcome?: DealOutcomeId };
  answer(input: HandlerInput, ctx: RequestContext, identity: Identity, question: DealQuestion, notes: Note[]): Promise<Output>;
}

/** Every deal conversation by kind, as its handlers were made: a follow-up asks the same one again. */
const conversations = new Map<string, DealConversation>();
/** The intents of every deal conversation and its variants. */
const questionIntents = new Set<string>(['FollowUpIntent']);

/**
 * Intents after which "what about next quarter?" or "what has she got open?" still refer to the last question
 * about deals: another question about deals, moving through its list, picking from it, hearing it again, help.
 * Anything else — another conversation, words Alexa could not place — ends it, so a follow-up never changes a
 * question from before.
 */
const KEEP_QUESTION: readonly string[] = [
  'OpportunityDetailsIntent', 'AMAZON.NextIntent', 'NextPageIntent', 'AMAZON.PreviousIntent', 'AMAZON.RepeatIntent', 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'AMAZON.HelpIntent',
] satisfies IntentName[];

/** The intents that read a day (conversations/my-day), and the follow-up that reads another day the same way. */
const DAY_INTENTS: readonly string[] = ['MyDayIntent', 'MyMeetingsIntent', 'MyTasksIntent', 'FollowUpIntent'] satisfies IntentName[];

/** Request side: forgets the last question about deals unless this request goes on with it. */
export const forgetOldQuestion: RequestInterceptor = {
  process(input) {
    const { request } = input.requestEnvelope;
    if (request.type === 'IntentRequest' && !KEEP_QUESTION.includes(request.intent.name) && !questionIntents.has(request.intent.name)) forgetQuestion(input);
    // "And tomorrow?" goes on with the last reading of a day only right after it (or after "repeat that", "help").
    if (request.type === 'IntentRequest' && !KEEP_QUESTION.includes(request.intent.name) && !DAY_INTENTS.includes(request.intent.name)) forgetDayAsked(input);
  },
};

export function conversationOf(kind: string): DealConversation | undefined {
  return conversations.get(kind);
}

/** Answers `question` with `conversation`, noting the parts it cannot honour, and keeps it for follow-ups. */
export async function answerQuestion(input: HandlerInput, ctx: RequestContext, identity: Identity, conversation: DealConversation, question: DealQuestion, notes: Note[]): Promise<Output> {
  const unhonoured = (['category', 'stage', 'amount', 'count', 'outcome'] as const).filter(
    (slot) => !conversation.honours.includes(slot) && question[slot === 'amount' ? 'minAmount' : slot] !== undefined && !(slot === 'outcome' && question.outcome === 'BOTH'),
  );
  rememberQuestion(input, { kind: conversation.kind, question });
  return conversation.answer(input, ctx, identity, question, [...notes, ...unhonoured.map((slot) => ({ kind: 'unsupported' as const, slot }))]);
}

/** The intent handler of a deal conversation and of its variants (the same answers, other words). */
export function questionHandler(conversation: DealConversation): IntentHandler {
  if (!conversations.has(conversation.kind)) conversations.set(conversation.kind, conversation);
  questionIntents.add(conversation.intent);
  return intentHandler([conversation.intent], async (input, ctx) => {
    const identity = await ctx.identity();
    const heard = await hearQuestion(input, ctx, identity, conversation.slots);
    if ('ask' in heard) return heard.ask;
    const { scope, ...fixed } = conversation.fixed ?? {};
    const notes = [...heard.notes];
    const question = { ...heard.question, ...fixed };
    // "What did we lose" right after "how did we do last quarter": the same deals narrowed to the losses, so the
    // period said before is kept when none is said now.
    const last = lastQuestion(input);
    if (question.outcome !== undefined && !heard.said.includes('period') && last?.kind === conversation.kind && last.question.period) question.period = last.question.period;
    if (scope) {
      const owner = ownerForScope(scope, identity.hasReports);
      question.owner = owner.owner;
      if (owner.noTeam) notes.push({ kind: 'noTeam' });
    }
    return answerQuestion(input, ctx, identity, conversation, question, notes);
  });
}
