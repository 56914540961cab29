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
import { amountInWords } from '../speaking/amountWords';
import { heard, heardWords } from '../speaking/heard';

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

const TYPES = ['OwnerScope', 'DatePeriod', 'ForecastCategory', 'DealStage', 'DealOutcome'] as const;
const LONGEST_PHRASE = 5;
/** The most words an amount after "over" takes: "half a million", "1.5 million dollars". */
const LONGEST_AMOUNT = 4;

/**
 * Words of another conversation ("the wins and losses", "my quota"; deal.heard.otherQuestions): caught with a
 * question, they are a second question said in the same breath, not a misheard part of this one.
 */
export function otherQuestions(locale: string): Set<string> {
  return new Set(heardWords(locale, 'deal.heard.otherQuestions'));
}

/**
 * "Over 100 grand", "over 200k", "over half a million", "über 1,5 Millionen": the amount after one of
 * deal.heard.over, read by speaking/amountWords.ts; "over a" alone, with no scale, is no amount.
 */
function amountIn(text: string, locale: string): { value: number; at: [number, number] } | undefined {
  const over = heard(locale, 'deal.heard.over', 'anywhere').exec(text);
  if (!over) return undefined;
  const after = text.slice(over.index + over[0].length);
  const words = after.trim().split(/\s+/);
  for (let n = Math.min(LONGEST_AMOUNT, words.length); n >= 1; n--) {
    const said = words.slice(0, n);
    if (said.every((w) => heard(locale, 'amount.heard.one').test(spokenForm(w)) || w === 'half')) continue;
    const value = amountInWords(said.join(' '), locale);
    if (value === undefined) continue;
    const end = over.index + over[0].length + (after.length - after.trimStart().length) + said.join(' ').length;
    return { value, at: [over.index, end] };
  }
  return undefined;
}

/** The phrases of one slot type, in the form words are compared in. */
function phrasesOf(locale: string, type: (typeof TYPES)[number]): Map<string, string> {
  const phrases = SLOT_PHRASES[locale]?.[type] ?? SLOT_PHRASES['en-US']![type]!;
  return new Map(Object.entries(phrases).map(([phrase, id]) => [spokenForm(phrase), id]));
}

export function salvage(heard: string, locale: string, people: readonly KnownPerson[]): { found: Salvaged; unexplained: string[] } {
  const found: Salvaged = {};
  // Without accents, as heard() compares words ("über" as "uber"); figures keep their separators for amountIn.
  let text = heard.toLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '');
  const amount = amountIn(text, locale);
  if (amount) {
    found.minAmount = amount.value;
    text = text.slice(0, amount.at[0]) + ' ' + text.slice(amount.at[1]);
  }
  const words = spokenForm(text).split(' ').filter(Boolean);
  const vocab = TYPES.map((type) => ({ type, phrases: phrasesOf(locale, type) }));
  // Words that carry no part of a question (carriers, articles, the nouns every question has), and "her", "his".
  const filler = new Set(heardWords(locale, 'deal.heard.filler'));
  const pronouns = new Set(heardWords(locale, 'deal.heard.pronouns'));
  const unexplained: string[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(LONGEST_PHRASE, words.length - i); n >= 1 && !taken; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (n === 1 && filler.has(phrase)) break;
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
    if (!taken && pronouns.has(words[i]!)) {
      found.them = true;
      taken = 1;
    }
    if (!taken && !filler.has(words[i]!)) unexplained.push(words[i]!);
    i += taken || 1;
  }
  return { found, unexplained };
}
