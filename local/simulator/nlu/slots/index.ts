/**
 * Fills a slot of a given type from the words that a sample left for it, the way Alexa reports it:
 * built-in types converted (AMAZON.NUMBER "five" → "5", Ordinal "second" → "2", DATE, TIME, DURATION), custom types as the words
 * said plus entity resolution, every other built-in type (SearchQuery, FirstName, Person, …) as free text.
 */
import type { slu } from 'ask-sdk-model';
import { parseCardinal, parseOrdinal } from '../numbers';
import { keysOf } from '../text';
import { toAlexaDate } from './date';
import { toAlexaDuration } from './duration';
import { EntityIndex, resolutionsFor } from './entities';
import { toAlexaTime } from './time';

export interface SlotContext {
  now: Date;
  timeZone: string;
  skillId: string;
  entities: ReadonlyMap<string, EntityIndex>;
}

export interface FilledSlot {
  value: string;
  resolutions?: slu.entityresolution.Resolutions;
  /** 'known' when the words are a number, date, … or a value of the custom type; 'free' when they are just words. */
  evidence: 'known' | 'free';
}

type Converter = (keys: readonly string[], ctx: SlotContext) => string | null;

const CONVERTERS: Record<string, Converter> = {
  'AMAZON.NUMBER': (keys) => {
    const n = parseCardinal(keys);
    return n === null ? null : String(n);
  },
  'AMAZON.Ordinal': (keys) => {
    const n = parseOrdinal(keys);
    return n === null ? null : String(n);
  },
  'AMAZON.DATE': (keys, ctx) => toAlexaDate(keys, ctx.now, ctx.timeZone),
  'AMAZON.TIME': (keys) => toAlexaTime(keys),
  'AMAZON.DURATION': (keys) => toAlexaDuration(keys),
};

/** The slot as Alexa would fill it from `words`, or null when a converting type cannot read them. */
export function fillSlot(type: string, words: readonly string[], ctx: SlotContext): FilledSlot | null {
  const keys = keysOf(words);
  const convert = CONVERTERS[type];
  if (convert) {
    const value = convert(keys, ctx);
    return value === null ? null : { value, evidence: 'known' };
  }
  const said = words.join(' ');
  const entities = ctx.entities.get(type);
  if (!entities) return { value: said, evidence: 'free' };
  const matches = entities.lookup(keys);
  return { value: said, resolutions: resolutionsFor(ctx.skillId, type, matches), evidence: matches.length > 0 ? 'known' : 'free' };
}
