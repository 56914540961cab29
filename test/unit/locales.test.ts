/**
 * Every locale says and understands what en-US does: each of its folders has every words key (with the plural
 * forms its language needs), every intent with samples, every slot with its samples and prompt, every slot value.
 * A published locale is checked over every folder; an unpublished one over the folders models/locales.json lists
 * as ready. An English variant may only change words its source has.
 */
import { expect } from 'chai';
import {
  REFERENCE_LOCALE,
  foldersWith,
  fragmentOf,
  readLocales,
  readModels,
  sharedModelOf,
  wordsByFolder,
  type LocaleModel,
  type ModelFragment,
} from '../../models/build';
import { fallbacksOf, translatorFor } from '../../lambda/src/i18n';

type Words = Record<string, unknown>;

const PLURAL = /_(?:ordinal_)?(?:zero|one|two|few|many|other)$/;
/** A context variant's suffix: the contexts here are ids such as the scope's (MINE, TEAM, ALL, PERSON). */
const CONTEXT = /_[A-Z][A-Z_]*$/;

/** Every key path of `words`, as "a.b.c". */
function keys(words: Words, prefix = ''): string[] {
  return Object.entries(words).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value) && !isSwapTable(key) ? keys(value as Words, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
/** A table of words whose keys are the language's own words (deal.toListener): a leaf, not keys to match. */
const isSwapTable = (key: string) => key === 'toListener';

/**
 * What `words` lacks against `reference`: a key, or a plural form `locale`'s plural rules need ("deal.count_one"
 * in German; "ordinal_ordinal_other" only, since German ordinals have one form). A key en-US lacks is also a gap.
 */
export function wordGaps(reference: Words, words: Words, locale: string): string[] {
  const have = new Set(keys(words));
  const gaps: string[] = [];
  const plurals = new Map<string, boolean>(); // base key → ordinal?
  for (const key of keys(reference)) {
    if (PLURAL.test(key)) plurals.set(key.replace(PLURAL, ''), /_ordinal_/.test(key));
    // A key may also be given in every plural form of the language ("Dein"/"Deine" where English has one "Your").
    else if (!have.has(key) && !pluralForms(key, locale, false).every((k) => have.has(k))) gaps.push(`missing ${key}`);
  }
  for (const [base, ordinal] of plurals) {
    for (const key of pluralForms(base, locale, ordinal)) if (!have.has(key)) gaps.push(`missing ${key}`);
  }
  // A list of words the skill understands (a `heard` list, speaking/heard.ts) with no word in it understands nothing.
  for (const key of emptyLists(words)) gaps.push(`empty ${key}`);
  // A word for one context ("summary_MINE": the scope as i18next's context) is a variant of its key, not a stray.
  const known = new Set(keys(reference).map((k) => k.replace(PLURAL, '')));
  for (const key of have) {
    const base = key.replace(PLURAL, '');
    if (!known.has(base) && !known.has(base.replace(CONTEXT, ''))) gaps.push(`unknown ${key}`);
  }
  return gaps;
}

/** Every key path of `words` whose value is a list without an entry. */
function emptyLists(words: Words, prefix = ''): string[] {
  return Object.entries(words).flatMap(([key, value]) =>
    Array.isArray(value) ? (value.length ? [] : [`${prefix}${key}`]) : value && typeof value === 'object' ? emptyLists(value as Words, `${prefix}${key}.`) : [],
  );
}

/** The keys i18next looks for to say `base` with a count in `locale`: one per plural category of its language. */
function pluralForms(base: string, locale: string, ordinal: boolean): string[] {
  const categories = new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories;
  return categories.map((category) => `${base}_${ordinal ? 'ordinal_' : ''}${category}`);
}

/** What `fragment` lacks against `reference`: an intent, its samples, a slot, its type, samples or prompt, a slot value. */
export function modelGaps(reference: ModelFragment, fragment: ModelFragment): string[] {
  const gaps: string[] = [];
  for (const [name, intent] of Object.entries(reference.intents ?? {})) {
    const mine = fragment.intents?.[name];
    if (!mine) {
      gaps.push(`missing intent ${name}`);
      continue;
    }
    if (intent.phrases?.length && !mine.phrases?.length) gaps.push(`${name} has no samples`);
    for (const [slot, entity] of Object.entries(intent.entities ?? {})) {
      const my = mine.entities?.[slot];
      if (!my) gaps.push(`${name} lacks slot ${slot}`);
      else {
        if (JSON.stringify(my.type) !== JSON.stringify(entity.type)) gaps.push(`${name}.${slot} is of another type`);
        if (entity.phrases?.length && !my.phrases?.length) gaps.push(`${name}.${slot} has no samples`);
        if (entity.prompt !== my.prompt) gaps.push(`${name}.${slot} asks with ${my.prompt ?? 'no prompt'}, not ${entity.prompt ?? 'none'}`);
        if (entity.required !== my.required) gaps.push(`${name}.${slot} is required differently`);
      }
    }
    for (const slot of Object.keys(mine.entities ?? {})) if (!intent.entities?.[slot]) gaps.push(`${name} has an extra slot ${slot}`);
  }
  for (const name of Object.keys(fragment.intents ?? {})) if (!reference.intents?.[name]) gaps.push(`unknown intent ${name}`);
  for (const [type, { values }] of Object.entries(reference.entityTypes ?? {})) {
    const mine = fragment.entityTypes?.[type];
    const ids = (vs: { id: string }[] | undefined) => (vs ?? []).map((v) => v.id).sort().join(',');
    if (!mine) gaps.push(`missing slot type ${type}`);
    else if (ids(mine.values) !== ids(values)) gaps.push(`slot type ${type} has values ${ids(mine.values)}, not ${ids(values)}`);
  }
  return gaps;
}

const locales = readLocales();
const referenceWords = wordsByFolder(REFERENCE_LOCALE);
const referenceFolders = [...new Set([...Object.keys(referenceWords), ...foldersWith(`model.${REFERENCE_LOCALE}.json`)])].sort();

describe('locales (models/locales.json)', () => {
  it(`${REFERENCE_LOCALE} has every plural form English needs`, () => {
    expect(Object.entries(referenceWords).flatMap(([folder, words]) => wordGaps(words, words, REFERENCE_LOCALE).map((g) => `${folder}: ${g}`))).to.deep.equal([]);
  });
  for (const [locale, def] of Object.entries(locales)) {
    if (locale === REFERENCE_LOCALE) continue;
    if (def.from) {
      it(`${locale} changes only words ${def.from} has`, () => {
        const source = wordsByFolder(def.from!);
        const stray = Object.entries(wordsByFolder(locale)).flatMap(([folder, words]) => {
          const known = new Set(keys(source[folder] ?? {}));
          return keys(words).filter((k) => !known.has(k)).map((k) => `${folder}: ${k}`);
        });
        expect(stray).to.deep.equal([]);
      });
      continue;
    }
    const folders = def.published ? referenceFolders : def.ready!;
    // A language just declared lists no ready folders yet ("ready": []): its shared model is still checked below.
    it(`${locale} is checked over ${def.published ? 'every folder' : `its ready folders (${folders.join(', ') || 'none yet'})`}`, () => {
      for (const folder of folders) expect(referenceFolders, `${folder} is no folder with ${REFERENCE_LOCALE} words or model`).to.include(folder);
    });
    const words = wordsByFolder(locale);
    for (const folder of folders) {
      it(`${locale} ${folder}: has every word ${REFERENCE_LOCALE} has, with its own plural forms`, () => {
        expect(wordGaps(referenceWords[folder] ?? {}, words[folder] ?? {}, locale)).to.deep.equal([]);
      });
      const reference = fragmentOf(folder, REFERENCE_LOCALE);
      if (reference) {
        it(`${locale} ${folder}: has every intent, sample set, slot, prompt and slot value ${REFERENCE_LOCALE} has`, () => {
          expect(modelGaps(reference, fragmentOf(folder, locale) ?? {})).to.deep.equal([]);
        });
      }
    }
    it(`${locale}: the shared model has every built-in intent, and every slot type its intents use with ${REFERENCE_LOCALE}'s values`, () => {
      const model: LocaleModel = readModels()[locale]!;
      const shared = sharedModelOf(REFERENCE_LOCALE);
      const used = new Set(Object.values(model.intents).flatMap((i) => Object.values(i.entities ?? {}).map((e) => (typeof e.type === 'string' ? e.type : e.type.alexa))));
      const reference: ModelFragment = {
        intents: Object.fromEntries(Object.entries(shared.intents).filter(([name]) => name.startsWith('AMAZON.'))),
        entityTypes: Object.fromEntries(Object.entries(shared.entityTypes).filter(([type]) => def.published || used.has(type))),
      };
      const own = sharedModelOf(locale);
      expect(modelGaps(reference, { intents: own.intents, entityTypes: own.entityTypes }).filter((g) => !g.startsWith('unknown'))).to.deep.equal([]);
    });
  }

  describe('the checks', () => {
    it('find a missing key, a missing plural form, a stray key', () => {
      const reference = { a: { b: 'x', count_one: '1', count_other: 'n' }, ordinal_ordinal_one: '1st', ordinal_ordinal_other: 'nth' };
      expect(wordGaps(reference, { a: { b: 'y', count_one: '1', count_other: 'n' }, ordinal_ordinal_other: 'n.' }, 'de-DE')).to.deep.equal([]);
      expect(wordGaps(reference, { a: { count_one: '1', count_other: 'n' }, ordinal_ordinal_other: 'n.' }, 'de-DE')).to.deep.equal(['missing a.b']);
      expect(wordGaps(reference, { a: { b: 'y', count_other: 'n' }, ordinal_ordinal_other: 'n.' }, 'de-DE')).to.deep.equal(['missing a.count_one']);
      // English ordinals have four forms: a locale copying German's one would be found out.
      expect(wordGaps(reference, { a: { b: 'y', count_one: '1', count_other: 'n' }, ordinal_ordinal_other: 'n.' }, 'en-GB').sort()).to.deep.equal(['missing ordinal_ordinal_few', 'missing ordinal_ordinal_one', 'missing ordinal_ordinal_two']);
      expect(wordGaps(reference, { a: { b: 'y', c: 'z', count_one: '1', count_other: 'n' }, ordinal_ordinal_other: 'n.' }, 'de-DE')).to.deep.equal(['unknown a.c']);
      // A plain key given in each plural form ("Dein"/"Deine") is there; in only one of them it is not.
      expect(wordGaps(reference, { a: { b_one: 'y', b_other: 'ys', count_one: '1', count_other: 'n' }, ordinal_ordinal_other: 'n.' }, 'de-DE')).to.deep.equal([]);
      expect(wordGaps(reference, { a: { b_one: 'y', count_one: '1', count_other: 'n' }, ordinal_ordinal_other: 'n.' }, 'de-DE')).to.deep.equal(['missing a.b']);
      // A context variant beside its key is no stray; without the key it leaves the key missing.
      expect(wordGaps(reference, { a: { b: 'y', b_MINE: 'z', count_one: '1', count_other: 'n' }, ordinal_ordinal_other: 'n.' }, 'de-DE')).to.deep.equal([]);
      expect(wordGaps(reference, { a: { b_MINE: 'z', count_one: '1', count_other: 'n' }, ordinal_ordinal_other: 'n.' }, 'de-DE')).to.deep.equal(['missing a.b']);
      // A `heard` list must hold a word: an empty one would understand nothing in that language.
      const lists = { a: { heard: { pointing: ['it'] } } };
      expect(wordGaps(lists, { a: { heard: { pointing: ['es'] } } }, 'de-DE')).to.deep.equal([]);
      expect(wordGaps(lists, { a: { heard: { pointing: [] } } }, 'de-DE')).to.deep.equal(['empty a.heard.pointing']);
      expect(wordGaps(lists, { a: { heard: {} } }, 'de-DE')).to.deep.equal(['missing a.heard.pointing']);
    });
    it('find a missing intent, sample set, slot sample, prompt and slot value', () => {
      const reference: ModelFragment = {
        intents: { A: { phrases: ['a {x}'], entities: { x: { type: 'T', phrases: ['{x}'], prompt: 'a.ask' } } }, B: { phrases: ['b'] } },
        entityTypes: { T: { values: [{ id: 'ONE', value: 'one', synonyms: ['1'] }] } },
      };
      const complete: ModelFragment = JSON.parse(JSON.stringify(reference));
      expect(modelGaps(reference, complete)).to.deep.equal([]);
      const broken: ModelFragment = JSON.parse(JSON.stringify(reference));
      delete broken.intents!.B;
      broken.intents!.A!.phrases = [];
      broken.intents!.A!.entities!.x = { type: 'T' };
      broken.entityTypes!.T!.values[0]!.id = 'UNO';
      expect(modelGaps(reference, broken)).to.deep.equal([
        'A has no samples',
        'A.x has no samples',
        'A.x asks with no prompt, not a.ask',
        'missing intent B',
        'slot type T has values UNO, not ONE',
      ]);
    });
  });

  describe('i18next', () => {
    it('says an English variant\'s own words, and its source\'s where it has none', () => {
      expect(fallbacksOf('en-GB')).to.deep.equal(['en-US']);
      expect(translatorFor('en-GB')('goodbye')).to.equal(translatorFor('en-US')('goodbye'));
    });
    it('takes another country of a language the skill speaks to that language, and anything else to en-US', () => {
      expect(fallbacksOf('de-AT')).to.deep.equal(['de-DE', 'en-US']);
      expect(fallbacksOf('en-NZ')).to.deep.equal(['en-US']);
      expect(fallbacksOf('ja-JP')).to.deep.equal(['en-US']);
      expect(translatorFor('de-AT')('goodbye')).to.equal(translatorFor('de-DE')('goodbye'));
      expect(translatorFor('de-DE')('goodbye')).to.not.equal(translatorFor('en-US')('goodbye'));
    });
  });
});
