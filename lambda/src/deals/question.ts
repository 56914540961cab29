/**
 * A question about deals as the user asked it — whose, which period, which category or stage, how big, how
 * many — read from whichever of these slots the intent has. Everything heard is either honoured or comes back
 * as a note the answer says ("I don't know which dates 'last spring' means, so this is this quarter"); a person
 * the skill cannot place is asked about instead of answering for someone else. The question is kept in the
 * session, so a follow-up ("what about next quarter?", "only James's") changes one part and asks again.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { askOutput } from '../alexa/dialog';
import { readNumber, readSlot } from '../alexa/slots';
import type { Output } from '../alexa/output';
import type { RequestContext } from '../context';
import { type DatePeriodId, DatePeriodIds, type DealOutcomeId, DealOutcomeIds, type DealStageId, DealStageIds, type ForecastCategoryId, ForecastCategoryIds, OwnerScopeIds } from '../generated/model';
import { knownPeople } from '../people/directory';
import { matchHeard } from '../people/match';
import { unknownPersonSpeech, whichPersonOutput } from '../people/output';
import { resolvePerson } from '../people/resolve';
import type { Identity } from '../salesforce/identity';
import { lastQuestion } from '../state/session';
import { type Owner, defaultOwner, ownerForScope } from './owner';
import { otherQuestions, salvage } from './salvage';
import { withoutHeard } from '../speaking/heard';

export interface DealQuestion {
  owner: Owner;
  /** As said; each conversation turns it into dates (periodOf) looking back or ahead. */
  period?: DatePeriodId;
  category?: ForecastCategoryId;
  stage?: DealStageId;
  /** Only deals worth more than this. */
  minAmount?: number;
  /** How many deals to read. */
  count?: number;
  /** Only deals whose close date has passed: the slipping ones. */
  due?: 'past';
  /** Only the deals won, or only those lost ("and the losses?"): for questions about closed deals. BOTH is both. */
  outcome?: DealOutcomeId;
}

/** The slots a question can come from; every read intent names them the same. */
export type QuestionSlot = 'scope' | 'person' | 'period' | 'category' | 'stage' | 'amount' | 'count' | 'outcome';

/** Something the answer says besides the answer: what it did instead of what was heard. */
export type Note =
  | { kind: 'noTeam' }
  | { kind: 'capped'; max: number }
  /** More deals were asked for than a turn holds: they come a page at a time. */
  | { kind: 'paged'; pageSize: number }
  | { kind: 'unheard'; slot: Exclude<QuestionSlot, 'person'>; heard: string }
  /** A second question said in the same breath ("… and the wins and losses"): this one is answered, that one offered. */
  | { kind: 'another'; heard: string }
  /** A part of the question this conversation cannot use (a forecast category for wins and losses). */
  | { kind: 'unsupported'; slot: 'category' | 'stage' | 'amount' | 'count' | 'period' | 'outcome' };

export const MAX_COUNT = 10;

/** A name is a few words; more is a sentence Alexa put in the name's place. */
const MAX_NAME_WORDS = 4;

export type Heard =
  | {
      question: DealQuestion;
      notes: Note[];
      /** The slots that held words, honoured or not: what a follow-up changes. */
      said: QuestionSlot[];
    }
  | { ask: Output };

/** Reads the question from the intent's slots; `slots` lists the ones this intent declares. */
export async function hearQuestion(input: HandlerInput, ctx: RequestContext, identity: Identity, slots: readonly QuestionSlot[]): Promise<Heard> {
  const notes: Note[] = [];
  const question: DealQuestion = { owner: defaultOwner(identity.hasReports) };
  const has = (slot: QuestionSlot) => slots.includes(slot);
  /** Words a slot caught that match none of its values: read again below for every part of the question. */
  const unmatched: { slot: 'scope' | 'period' | 'category' | 'stage' | 'outcome'; heard: string }[] = [];

  if (has('person')) {
    const person = await hearPerson(input, ctx, identity, unmatched);
    if ('ask' in person) return person;
    if (person.owner) question.owner = person.owner;
  }

  if (has('scope') && !(has('person') && readSlot(input, 'person', []).kind !== 'empty')) {
    const scope = readSlot(input, 'scope', OwnerScopeIds);
    if (scope.kind === 'match') {
      const { owner, noTeam } = ownerForScope(scope.id, identity.hasReports);
      question.owner = owner;
      if (noTeam) notes.push({ kind: 'noTeam' });
    } else if (scope.kind === 'unmatched') {
      // "How did James do": the words stood where "we" or "my team" stand. A name is a person, or asked about.
      const person = has('person') ? matchHeard(scope.heard, await knownPeople(ctx)) : { kind: 'none' as const };
      if (person.kind === 'several') return { ask: whichPersonOutput(input, ctx, 'person', { ...person, heard: scope.heard }) };
      if (person.kind === 'one') question.owner = person.person.id === identity.userId ? { scope: 'MINE' } : { scope: 'PERSON', person: person.person };
      else unmatched.push({ slot: 'scope', heard: scope.heard });
    }
  }
  const custom = <T extends string>(slot: 'period' | 'category' | 'stage' | 'outcome', ids: readonly T[]): T | undefined => {
    if (!has(slot)) return undefined;
    const read = readSlot(input, slot, ids);
    if (read.kind === 'unmatched') unmatched.push({ slot, heard: read.heard });
    return read.kind === 'match' ? read.id : undefined;
  };
  question.period = custom('period', DatePeriodIds);
  question.category = custom('category', ForecastCategoryIds);
  question.stage = custom('stage', DealStageIds);
  question.outcome = custom('outcome', DealOutcomeIds);
  const ownerSaid = question.owner.scope !== defaultOwner(identity.hasReports).scope || notes.some((n) => n.kind === 'noTeam');
  const salvaged = await salvageUnmatched(ctx, identity, unmatched, question, ownerSaid, lastQuestion(input)?.question.owner, slots);
  notes.push(...salvaged.notes);
  if (has('amount')) {
    const amount = readNumber(input, 'amount');
    if (amount.kind === 'number' && amount.value > 0) question.minAmount ??= amount.value;
    else if (amount.kind !== 'empty') notes.push({ kind: 'unheard', slot: 'amount', heard: amount.kind === 'number' ? String(amount.value) : amount.heard });
  }
  if (has('count')) {
    const count = readNumber(input, 'count');
    if (count.kind === 'number' && count.value >= 1) {
      question.count = Math.min(MAX_COUNT, count.value);
      if (count.value > MAX_COUNT) notes.push({ kind: 'capped', max: MAX_COUNT });
    } else if (count.kind !== 'empty') notes.push({ kind: 'unheard', slot: 'count', heard: count.kind === 'number' ? String(count.value) : count.heard });
  }
  const said = [...new Set([...slots.filter((slot) => readSlot(input, slot, []).kind !== 'empty'), ...salvaged.said])];
  return { question: withoutUndefined(question), notes, said };
}

/**
 * The person slot. A name the skill cannot place is asked about: answering for the team instead would be a
 * confident wrong answer. Words that are more than a name go to `unmatched`, to be read for every part.
 */
async function hearPerson(
  input: HandlerInput,
  ctx: RequestContext,
  identity: Identity,
  unmatched: { slot: 'scope' | 'period' | 'category' | 'stage' | 'outcome'; heard: string }[],
): Promise<{ owner?: Owner } | { ask: Output }> {
  const person = await resolvePerson(input, ctx, 'person');
  const { intent } = input.requestEnvelope.request as IntentRequest;
  switch (person.kind) {
    case 'none':
      return {};
    case 'me':
      return { owner: { scope: 'MINE' } };
    case 'one':
      return { owner: person.person.id === identity.userId ? { scope: 'MINE' } : { scope: 'PERSON', person: person.person } };
    case 'several':
      return { ask: whichPersonOutput(input, ctx, 'person', person) };
    case 'them': {
      // "How many deals has she got open": the person the last question was about, or asked for.
      const last = lastQuestion(input)?.question.owner;
      return last?.scope === 'PERSON' ? { owner: last } : { ask: askOutput(ctx.t('deal.askWhose'), 'person', intent) };
    }
    case 'unknown': {
      // "Oliver next quarter over 100k" in the name's place: a name and more, all of it understood.
      // Or words that name nobody ("how's this pipeline": "this"): read with the rest, never asked about as a name.
      const { unexplained } = salvage(person.heard, ctx.locale, await knownPeople(ctx));
      if (unexplained.length === 0) {
        unmatched.push({ slot: 'scope', heard: person.heard });
        return {};
      }
      // Many words are a new question, not a name: say so and listen for anything, rather than ask for a name again.
      if (person.heard.split(/\s+/).length > MAX_NAME_WORDS) {
        return { ask: { speech: `${unknownPersonSpeech(ctx, person.heard)} ${ctx.t('list.whatElse')}`, reprompt: ctx.t('help.reprompt') } };
      }
      return { ask: askOutput(`${unknownPersonSpeech(ctx, person.heard)} ${ctx.t('deal.askWhose')}`, 'person', intent) };
    }
  }
}

/**
 * Honours what words in the wrong slot say (deals/salvage.ts), filling only the parts no slot filled; words that
 * stay unexplained are said back. Changes `question` in place.
 */
async function salvageUnmatched(
  ctx: RequestContext,
  identity: Identity,
  unmatched: readonly { slot: 'scope' | 'period' | 'category' | 'stage' | 'outcome'; heard: string }[],
  question: DealQuestion,
  ownerSaid: boolean,
  lastQuestionOwner: Owner | undefined,
  slots: readonly QuestionSlot[],
): Promise<{ notes: Note[]; said: QuestionSlot[] }> {
  if (unmatched.length === 0) return { notes: [], said: [] };
  const people = await knownPeople(ctx);
  const notes: Note[] = [];
  const said: QuestionSlot[] = [];
  for (const { slot, heard } of unmatched) {
    const { found, unexplained } = salvage(heard, ctx.locale, people);
    // Only words that ask nothing ("gimme the", "look like") are dropped; anything else is honoured or said back.
    // Words of another conversation ("and the wins and losses" with the top deals) are a second question.
    if (unexplained.some((word) => otherQuestions(ctx.locale).has(word)) || (found.outcome && !slots.includes('outcome'))) {
      // Said back without the "and" that joined it on (deal.heard.also).
      notes.push({ kind: 'another', heard: withoutHeard(heard, ctx.locale, 'deal.heard.also') });
      continue;
    }
    if (unexplained.length > 0) {
      notes.push({ kind: 'unheard', slot, heard });
      continue;
    }
    if (found.them && !found.person && !found.scope) {
      // "Her average deal": the person the last question was about; without one, said back rather than dropped.
      const last = lastQuestionOwner;
      if (last?.scope === 'PERSON') found.person = last.person;
      else {
        notes.push({ kind: 'unheard', slot: 'scope', heard });
        continue;
      }
    }
    if (!ownerSaid && (found.person || found.scope)) {
      ownerSaid = true;
      said.push(found.person ? 'person' : 'scope');
      if (found.person && found.person.id !== identity.userId) question.owner = { scope: 'PERSON', person: found.person };
      else if (found.person) question.owner = { scope: 'MINE' };
      else {
        const { owner, noTeam } = ownerForScope(found.scope!, identity.hasReports);
        question.owner = owner;
        if (noTeam) notes.push({ kind: 'noTeam' });
      }
    }
    const fill = <K extends 'period' | 'category' | 'stage' | 'minAmount' | 'outcome'>(key: K, as: QuestionSlot) => {
      if (found[key] !== undefined && question[key] === undefined) {
        question[key] = found[key] as DealQuestion[K];
        said.push(as);
      }
    };
    fill('period', 'period');
    fill('category', 'category');
    fill('stage', 'stage');
    fill('minAmount', 'amount');
    fill('outcome', 'outcome');
  }
  return { notes, said };
}

/** `question` with the parts a follow-up said taken from `change` ("what about next quarter?": the period). */
export function refine(question: DealQuestion, change: DealQuestion, said: readonly QuestionSlot[]): DealQuestion {
  const next: DealQuestion = { ...question };
  if (said.includes('person') || said.includes('scope')) next.owner = change.owner;
  if (said.includes('period') && change.period) next.period = change.period;
  if (said.includes('category') && change.category) next.category = change.category;
  if (said.includes('stage') && change.stage) next.stage = change.stage;
  if (said.includes('amount') && change.minAmount !== undefined) next.minAmount = change.minAmount;
  if (said.includes('count') && change.count !== undefined) next.count = change.count;
  // "And the wins and losses?": both again.
  if (said.includes('outcome') && change.outcome === 'BOTH') delete next.outcome;
  else if (said.includes('outcome') && change.outcome) next.outcome = change.outcome;
  return withoutUndefined(next);
}

/** Keeps the session's copy small and comparable: no keys set to undefined. */
function withoutUndefined(q: DealQuestion): DealQuestion {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as DealQuestion;
}
