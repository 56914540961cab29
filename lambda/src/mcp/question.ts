/**
 * A question about deals as a tool's arguments: the same choices the voice model offers (whose, which period,
 * forecast category, stage, size, how many), as enums an AI assistant fills in. A person is named as words and
 * matched against the people the user can see (people/match.ts), as the skill does with a name Alexa heard; a
 * name that fits no one or several is refused with what to ask, never answered for someone else.
 */
import { z } from 'zod';
import type { RequestContext } from '../context';
import { defaultOwner, ownerForScope } from '../deals/owner';
import { type DealQuestion, MAX_COUNT, type Note, type QuestionSlot } from '../deals/question';
import { DatePeriodIds, DealStageIds, ForecastCategoryIds, OwnerScopeIds } from '../generated/model';
import { knownPeople } from '../people/directory';
import { matchHeard } from '../people/match';
import type { Identity } from '../salesforce/identity';

/** Every part of a question a tool may take; each tool picks the ones its conversation honours. */
export const QUESTION_ARGS = {
  scope: z.enum(OwnerScopeIds).optional()
    .describe("Whose deals: MINE (the user's own), TEAM (the user's and their direct reports'), ALL (every deal the user may see). Default: TEAM for a manager, MINE for anyone else. Ignored when person is given."),
  person: z.string().min(1).max(80).optional()
    .describe("One person's deals, by name as the user said it (\"Lena\", \"James Carter\"); \"me\" is the user."),
  period: z.enum(DatePeriodIds).optional()
    .describe('Close dates: a relative period (THIS_QUARTER, NEXT_MONTH …), a fiscal quarter (Q1–Q4), a month, or YEAR_TO_DATE.'),
  category: z.enum(ForecastCategoryIds).optional().describe('Forecast category.'),
  stage: z.enum(DealStageIds).optional().describe('Opportunity stage.'),
  minAmount: z.number().positive().optional().describe('Only deals worth more than this, in the org currency.'),
  count: z.number().int().min(1).max(MAX_COUNT).optional().describe(`How many deals (at most ${MAX_COUNT}).`),
} as const;

export type QuestionArgs = { [K in keyof typeof QUESTION_ARGS]?: z.infer<(typeof QUESTION_ARGS)[K]> };

/** The arguments of the question slots a conversation honours ('amount' is minAmount). */
export function questionArgs<S extends QuestionSlot>(slots: readonly S[]): Pick<typeof QUESTION_ARGS, ArgOf<S>> {
  const names = slots.map((slot): string => (slot === 'amount' ? 'minAmount' : slot)).filter((name): name is keyof typeof QUESTION_ARGS => name in QUESTION_ARGS);
  return Object.fromEntries(names.map((name) => [name, QUESTION_ARGS[name]])) as Pick<typeof QUESTION_ARGS, ArgOf<S>>;
}

type ArgOf<S extends QuestionSlot> = S extends 'amount' ? 'minAmount' : Extract<S, keyof typeof QUESTION_ARGS>;

/** Arguments that fit nothing, or several things (a name, a deal): the assistant should ask the user, never guess. */
export class AskBackError extends Error {
  override name = 'AskBackError';
}

const ME = /^(me|myself|i|mine|my)$/i;

/** The DealQuestion the arguments ask, with the notes the skill would say about them (a rep asking for "the team"). */
export async function questionOf(ctx: RequestContext, identity: Identity, args: QuestionArgs): Promise<{ question: DealQuestion; notes: Note[] }> {
  const notes: Note[] = [];
  const question: DealQuestion = { owner: defaultOwner(identity.hasReports) };
  if (args.person !== undefined && ME.test(args.person.trim())) question.owner = { scope: 'MINE' };
  else if (args.person !== undefined) {
    const match = matchHeard(args.person, await knownPeople(ctx));
    if (match.kind === 'none') throw new AskBackError(`No one named "${args.person}" among the people this user works with. Ask who they mean.`);
    if (match.kind === 'several') throw new AskBackError(`"${args.person}" fits ${match.people.map((p) => p.name).join(', ')}. Ask which one.`);
    question.owner = match.person.id === identity.userId ? { scope: 'MINE' } : { scope: 'PERSON', person: match.person };
  } else if (args.scope) {
    const { owner, noTeam } = ownerForScope(args.scope, identity.hasReports);
    question.owner = owner;
    if (noTeam) notes.push({ kind: 'noTeam' });
  }
  if (args.period) question.period = args.period;
  if (args.category) question.category = args.category;
  if (args.stage) question.stage = args.stage;
  if (args.minAmount !== undefined) question.minAmount = args.minAmount;
  if (args.count !== undefined) question.count = args.count;
  return { question, notes };
}
