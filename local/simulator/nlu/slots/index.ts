/**
 * Fills a slot of a given type from the words that a sample left for it, the way Alexa reports it:
 * built-in types converted (AMAZON.NUMBER "five" → "5", Ordinal "second" → "2", DATE, TIME, DURATION), custom types as the words
 * said plus entity resolution (static values, and the session's dynamic ones), every other built-in type (SearchQuery, FirstName, Person, …) as free text.
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
  /** The session's dynamic entities (Dialog.UpdateDynamicEntities), by type; absent or empty when none. */
  dynamicEntities?: ReadonlyMap<string, EntityIndex>;
  /** The device's locale: dates and figures are read in its language. */
  locale?: string;
}

export interface FilledSlot {
  value: string;
  resolutions?: slu.entityresolution.Resolutions;
  /** 'known' when the words are a number, date, … or a value of the custom type; 'free' when they are just words. */
  evidence: 'known' | 'free';
}

type Converter = (keys: readonly string[], ctx: SlotContext) => string | null;

const CONVERTERS: Record<string, Converter> = {
  'AMAZON.NUMBER': (keys, ctx) => {
    const n = parseCardinal(keys, ctx.locale);
    return n === null ? null : String(n);
  },
  'AMAZON.Ordinal': (keys, ctx) => {
    const n = parseOrdinal(keys, ctx.locale);
    return n === null ? null : String(n);
  },
  'AMAZON.DATE': (keys, ctx) => toAlexaDate(keys, ctx.now, ctx.timeZone, ctx.locale),
  'AMAZON.TIME': (keys, ctx) => toAlexaTime(keys, ctx.locale),
  'AMAZON.DURATION': (keys, ctx) => toAlexaDuration(keys, ctx.locale),
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
  const dynamic = ctx.dynamicEntities?.get(type);
  if (!entities && !dynamic) return { value: said, evidence: 'free' };
  const matches = entities?.lookup(keys) ?? [];
  const dynamicMatches = dynamic?.lookup(keys);
  // Dynamic values bias Alexa's recognition too ("boosts speech recognition, natural language
  // understanding, and entity resolution accuracy by dynamically biasing Alexa's models based on the
  // newly-loaded slot values", use-dynamic-entities-for-customized-interactions.html): a name only they
  // know is heard as the slot value, the way a static value is, rather than as unexplained words.
  const known = matches.length > 0 || (dynamicMatches?.length ?? 0) > 0;
  return { value: said, resolutions: resolutionsFor(ctx.skillId, type, matches, dynamicMatches), evidence: known ? 'known' : 'free' };
}
