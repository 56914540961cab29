/**
 * Words a slot caught that Alexa could not resolve, read again for every part of a question. Alexa splits an
 * utterance by the samples it knows, so in "what's Lena got in commit next quarter" the category slot may catch
 * "commit next quarter", and in "gimme the biggest deals on the team" the scope slot "gimme the". Read against
 * the model's own phrases (generated/phrases.ts) and the people the speaker can see, such words are honoured
 * when every content word in them is explained; otherwise they are said back, as before.
 */
import { SLOT_PHRASES } from '../generated/phrases';
import type { DatePeriodId, DealOutcomeId, DealStageId, ForecastCategoryId, OwnerScopeId } from '../generated/model';
import { matchHeard } from '../people/match';
import type { KnownPerson, Person } from '../people/query';
import { spokenForm } from '../salesforce/nameSearch';

export interface Salvaged {
  scope?: OwnerScopeId;
  /** "Her", "his", "their": the person the last question was about. */
  them?: true;
  person?: Person;
  period?: DatePeriodId;
  category?: ForecastCategoryId;
  stage?: DealStageId;
  minAmount?: number;
  outcome?: DealOutcomeId;
}

/**
 * Words that carry no part of a question: carriers ("gimme", "what's", "look like"), articles, prepositions, the
 * nouns every question has ("deals"). "me" is here too: "show me" asks nothing about whose deals.
 */
const FILLER = new Set(
  (
    'a an the for in on of to at with by from about this that these those it its is are was were be been has have had ' +
    'got get gets gimme give show tell me what whats how hows look looks like looking doing do does did done ' +
    'deal deals opportunity opportunities ones one s all any anything just only and or please right now so far up there ' +
    'which who whose stuff things thing stage category bucket forecast pipeline pipe many much total number count its'
  ).split(' '),
);

/**
 * Words that name another conversation ("the wins and losses", "my quota"): caught with a question, they are a
 * second question said in the same breath, not a misheard part of this one.
 */
export const OTHER_QUESTIONS = new Set(
  'wins win won losses loss lost quota attainment leaderboard ranking rank meetings meeting calendar tasks campaign campaigns case cases'.split(' '),
);

const TYPES = ['OwnerScope', 'DatePeriod', 'ForecastCategory', 'DealStage', 'DealOutcome'] as const;
const PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs']);
const LONGEST_PHRASE = 5;

/** "100 grand", "200k", "1.5 million", "a million", "half a million", after "over", "above", "more than", "bigger than". */
const AMOUNT = /\b(?:over|above|more than|bigger than|larger than|greater than)\s+(half a|an?|\d+(?:\.\d+)?)\s*(k|grand|thousand|m|mil|million)?\b/;
const SCALE: Record<string, number> = { k: 1e3, grand: 1e3, thousand: 1e3, m: 1e6, mil: 1e6, million: 1e6 };

function amountIn(text: string): { value: number; at: [number, number] } | undefined {
  const match = AMOUNT.exec(text);
  if (!match) return undefined;
  const [, number, scale] = match;
  const base = number === 'half a' ? 0.5 : number === 'a' || number === 'an' ? 1 : Number(number);
  if (!scale && (number === 'a' || number === 'an' || number === 'half a')) return undefined;
  return { value: base * (scale ? SCALE[scale]! : 1), at: [match.index, match.index + match[0].length] };
}

/** The phrases of one slot type, in the form words are compared in. */
function phrasesOf(locale: string, type: (typeof TYPES)[number]): Map<string, string> {
  const phrases = SLOT_PHRASES[locale]?.[type] ?? SLOT_PHRASES['en-US']![type]!;
  return new Map(Object.entries(phrases).map(([phrase, id]) => [spokenForm(phrase), id]));
}

export function salvage(heard: string, locale: string, people: readonly KnownPerson[]): { found: Salvaged; unexplained: string[] } {
  const found: Salvaged = {};
  let text = heard.toLowerCase();
  const amount = amountIn(text);
  if (amount) {
    found.minAmount = amount.value;
    text = text.slice(0, amount.at[0]) + ' ' + text.slice(amount.at[1]);
  }
  const words = spokenForm(text).split(' ').filter(Boolean);
  const vocab = TYPES.map((type) => ({ type, phrases: phrasesOf(locale, type) }));
  const unexplained: string[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(LONGEST_PHRASE, words.length - i); n >= 1 && !taken; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (n === 1 && FILLER.has(phrase)) break;
      for (const { type, phrases } of vocab) {
        const id = phrases.get(phrase);
        if (!id) continue;
        if (type === 'OwnerScope') found.scope ??= id as OwnerScopeId;
        if (type === 'DatePeriod') found.period ??= id as DatePeriodId;
        if (type === 'ForecastCategory') found.category ??= id as ForecastCategoryId;
        if (type === 'DealStage') found.stage ??= id as DealStageId;
        if (type === 'DealOutcome') found.outcome ??= id as DealOutcomeId;
        taken = n;
        break;
      }
      if (!taken && n <= 3 && !found.person) {
        const person = matchHeard(phrase, people);
        if (person.kind === 'one') {
          found.person = person.person;
          taken = n;
        }
      }
    }
    if (!taken && PRONOUNS.has(words[i]!)) {
      found.them = true;
      taken = 1;
    }
    if (!taken && !FILLER.has(words[i]!)) unexplained.push(words[i]!);
    i += taken || 1;
  }
  return { found, unexplained };
}
