/**
 * Turns the platform-neutral voice model into what Alexa and the code need. The locales are declared in
 * models/locales.json. The model of a locale is models/<locale>.json (invocation, built-in intents, shared slot
 * types) merged with every conversation's fragment, lambda/src/conversations/<name>/model.<locale>.json (its
 * intents and its own slot types); an English variant (`from`) takes its source locale's model whole. It writes:
 *  - skill-package/interactionModels/custom/<locale>.json (what ask-cli uploads) for a published locale, and
 *    models/unpublished/<locale>.json (what only the simulator reads) for one still being written
 *  - lambda/src/generated/model.ts (typed intent, slot and slot-value ids, so code and model cannot drift)
 *  - lambda/src/generated/words.ts (every folder's words.<locale>.ts gathered per locale, the type of i18n keys)
 * `tsx models/build.ts --check` writes nothing and fails when a generated file is stale.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface EntityDef {
  type: string | { alexa: string };
  /** Alexa asks for it (with the first prompt) before the skill gets the intent, when the skill delegates. */
  required?: boolean;
  /**
   * What Alexa says to ask for the value: a key of the words (e.g. "case.askAccount"), so a question is written
   * once, in the words the handlers also speak it from. readModels() turns it into `prompts`.
   */
  prompt?: string;
  /** The prompt's text, filled from `prompt` by readModels(); never written in a model file. */
  prompts?: string[];
  /** How a user answers when asked for just this value, e.g. "on {date}". */
  phrases?: string[];
  /**
   * The handler searches Salesforce for whatever this slot caught and says so when nothing matches ("I couldn't
   * find a deal called …"), so a generic carrier before it ("tell me about the {deal}") is allowed.
   */
  searched?: boolean;
}
export interface IntentDef { phrases?: string[]; entities?: Record<string, EntityDef> }
export interface EntityValue { id: string; value: string; synonyms: string[] }
export interface LocaleModel {
  invocation: string;
  fallbackIntentSensitivity?: 'LOW' | 'MEDIUM' | 'HIGH';
  /** ALWAYS lets Alexa run every dialog; SKILL_RESPONSE lets the handlers decide when to delegate. */
  delegationStrategy?: 'ALWAYS' | 'SKILL_RESPONSE';
  intents: Record<string, IntentDef>;
  entityTypes: Record<string, { values: EntityValue[] }>;
}

const root = join(__dirname, '..');
const modelsDir = join(root, 'models');

/** A locale as models/locales.json declares it. */
export interface LocaleDef {
  /** An English variant's source locale: its voice model and words, under the variant's own differences. */
  from?: string;
  /** In skill.json, so devices set to this locale reach the skill. */
  published: boolean;
  /** An unpublished locale's folders (relative to lambda/src) whose words and voice model are written. */
  ready?: string[];
}

export const REFERENCE_LOCALE = 'en-US';

export function readLocales(): Record<string, LocaleDef> {
  const { $comment: _, ...locales } = JSON.parse(readFileSync(join(modelsDir, 'locales.json'), 'utf8')) as Record<string, LocaleDef> & { $comment?: string };
  for (const [locale, def] of Object.entries(locales)) {
    if (def.from && !locales[def.from]) throw new Error(`models/locales.json: ${locale} comes from ${def.from}, which is not declared`);
    if (def.published === (def.ready !== undefined)) throw new Error(`models/locales.json: ${locale} is either published or lists its ready folders, not both`);
  }
  if (!locales[REFERENCE_LOCALE]?.published) throw new Error(`models/locales.json: ${REFERENCE_LOCALE} is the reference and must be published`);
  return locales;
}

/** Where a locale's interaction model is written: the skill package for a published one, models/unpublished/ otherwise. */
export function interactionModelFile(locale: string, def: LocaleDef = readLocales()[locale]!): string {
  return def.published ? join(root, 'skill-package/interactionModels/custom', `${locale}.json`) : join(modelsDir, 'unpublished', `${locale}.json`);
}
const sourceDir = join(root, 'lambda/src');
const conversationsDir = join(sourceDir, 'conversations');

/** Folders under lambda/src (and lambda/src/conversations) holding a file named `name`, as paths relative to lambda/src. */
export function foldersWith(name: string): string[] {
  const under = (dir: string, prefix: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, name)))
      .map((e) => `${prefix}${e.name}`);
  return [...under(sourceDir, ''), ...under(conversationsDir, 'conversations/')].sort();
}

/** Every folder's own words for a locale (for an English variant: only its differences), by folder. */
export function wordsByFolder(locale: string): Record<string, Record<string, unknown>> {
  // The words are TypeScript modules: tsx, which runs this build, loads them.
  return Object.fromEntries(foldersWith(`words.${locale}.ts`).map((folder) => [folder, require(join(sourceDir, folder, `words.${locale}.ts`)).words]));
}

/** `over` laid on `base`, key by key: how i18next finds a variant's word first and its source's otherwise. */
function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] =
      value && typeof value === 'object' && under && typeof under === 'object'
        ? deepMerge(under as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

/** Every word a locale says, as i18next resolves them: a variant's own over its source's. */
export function wordsOf(locale: string, locales: Record<string, LocaleDef> = readLocales()): Record<string, unknown> {
  const own = Object.assign({}, ...Object.values(wordsByFolder(locale)));
  const from = locales[locale]?.from;
  return from ? deepMerge(wordsOf(from, locales), own) : own;
}

/** Fills each entity's prompt text from its words key; a prompt written out in a model file is an error. */
export function withPromptWords(model: LocaleModel, words: Record<string, unknown>, locale: string): void {
  for (const [intent, def] of Object.entries(model.intents)) {
    for (const [slot, entity] of Object.entries(def.entities ?? {})) {
      if (entity.prompts) throw new Error(`${locale} ${intent}.${slot}: write the prompt as a words key ("prompt": "…"), not as text`);
      if (!entity.prompt) continue;
      const text = entity.prompt.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], words);
      if (typeof text !== 'string') throw new Error(`${locale} ${intent}.${slot}: no words for the prompt key ${entity.prompt}`);
      entity.prompts = [text];
    }
  }
}

/** One conversation's part of a locale's model. */
export interface ModelFragment {
  intents?: Record<string, IntentDef>;
  entityTypes?: Record<string, { values: EntityValue[] }>;
}

/** Adds a fragment's intents and types; a name declared twice is an error, not a silent override. */
function merge(model: LocaleModel, fragment: ModelFragment, from: string): void {
  for (const [name, def] of Object.entries(fragment.intents ?? {})) {
    if (model.intents[name]) throw new Error(`${from}: intent ${name} is declared twice`);
    model.intents[name] = def;
  }
  for (const [name, def] of Object.entries(fragment.entityTypes ?? {})) {
    if (model.entityTypes[name]) throw new Error(`${from}: slot type ${name} is declared twice`);
    model.entityTypes[name] = def;
  }
}

/** Expands "(a|b|) word {slot}" into every sample it stands for; an empty alternative makes its group optional. */
export function expandPhrase(phrase: string): string[] {
  const group = /\(([^()]*)\)/.exec(phrase);
  if (!group) return [phrase.replace(/\s+/g, ' ').trim()];
  const head = phrase.slice(0, group.index);
  const tail = phrase.slice(group.index + group[0].length);
  return group[1]!.split('|').flatMap((alt) => expandPhrase(`${head}${alt}${tail}`));
}

function slotType(entity: EntityDef): string {
  return typeof entity.type === 'string' ? entity.type : entity.type.alexa;
}

/** A folder's model fragment for a locale (lambda/src/<folder>/model.<locale>.json), or undefined when it has none. */
export function fragmentOf(folder: string, locale: string): ModelFragment | undefined {
  const path = join(sourceDir, folder, `model.${locale}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ModelFragment) : undefined;
}

/** The shared part of a locale's model, models/<locale>.json. */
export function sharedModelOf(locale: string): LocaleModel {
  return JSON.parse(readFileSync(join(modelsDir, `${locale}.json`), 'utf8')) as LocaleModel;
}

/** One locale's model from its own files: models/<locale>.json and every folder's model.<locale>.json. */
function ownModel(locale: string, def: LocaleDef): LocaleModel {
  const model = sharedModelOf(locale);
  const written = [...new Set([...foldersWith(`model.${locale}.json`), ...foldersWith(`words.${locale}.ts`)])];
  // An unpublished locale's folders are either ready (words and model complete, checked by test/unit/locales.test.ts)
  // or not started: a half-written folder the checks would skip is refused here.
  const stray = def.ready ? written.filter((folder) => !def.ready!.includes(folder)) : [];
  if (stray.length) throw new Error(`${locale}: ${stray.join(', ')} not listed as ready in models/locales.json`);
  for (const folder of foldersWith(`model.${locale}.json`)) merge(model, fragmentOf(folder, locale)!, folder);
  return model;
}

export function readModels(): Record<string, LocaleModel> {
  const locales = readLocales();
  const models: Record<string, LocaleModel> = {};
  for (const [locale, def] of Object.entries(locales)) {
    // A variant shares its source's samples; only its words (the prompts among them) may differ.
    const model = def.from ? ownModel(def.from, locales[def.from]!) : ownModel(locale, def);
    withPromptWords(model, wordsOf(locale, locales), locale);
    models[locale] = model;
  }
  return models;
}

// ---- Checks: a sample that would ship wrong, or that `ask deploy` would refuse, fails the build ----

/** The part of Alexa's language model the checks read: what build writes and what ask-cli uploads. */
export interface AlexaLanguageModel {
  intents: { name: string; slots?: { name: string; type: string; samples?: string[] }[]; samples?: string[] }[];
  types?: { name: string; values: { name: { value: string; synonyms?: string[] } }[] }[];
}

/** One broken rule: `rule` names the check, `where` the intent (and slot or type) and `sample` what Alexa would get. */
export interface ModelProblem {
  rule:
    | 'article'
    | 'doubled-word'
    | 'dangling'
    | 'duplicate'
    | 'adjacent-slots'
    | 'catch-all'
    | 'search-query'
    | 'length'
    | 'name'
    | 'slot-type'
    | 'slot-twice';
  where: string;
  sample: string;
  message: string;
}

const SLOT = /^\{\w+\}$/;
const words = (sample: string) => sample.trim().split(/\s+/).filter(Boolean);
const normalized = (sample: string) => words(sample).join(' ').toLowerCase();

// Letters whose spoken name starts with a vowel sound: "an M", "an S", "an X" but "a B", "a U".
const VOWEL_SOUND_LETTERS = new Set('aefhilmnorsx');
// Words spelt with a vowel that start with a consonant sound ("a one on one", "a user", "a European") …
const CONSONANT_SOUND_PREFIXES = /^(one(?!r)|once|uni(?!n|mp|mag)|unanim|us[eu]|uti|ura|uri|uro|ubiq|eu|ewe|ufo|uk)/;
// … and words spelt with a consonant that start with a vowel sound ("an hour", "an honest mistake").
const VOWEL_SOUND_PREFIXES = /^(hour|honest|hono|heir|herb)/;

/** Whether "an" (true) or "a" (false) goes before the word; a letter or an acronym without vowels is read letter by letter. */
export function takesAn(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z.']/g, '');
  if (!w) return false;
  if (/^[a-z](\.|$)/.test(w) || !/[aeiouy]/.test(w)) return VOWEL_SOUND_LETTERS.has(w[0]!);
  if (VOWEL_SOUND_PREFIXES.test(w)) return true;
  if (CONSONANT_SOUND_PREFIXES.test(w)) return false;
  return /^[aeiou]/.test(w);
}

/** Words a sample must not end on: a preposition or an article needs something after it ("add a deal for"). */
const NEEDS_WHAT_FOLLOWS = new Set([
  'a', 'an', 'the', 'about', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'onto', 'to', 'with', 'regarding', 'via', 'than',
]);
/** Phrasal verbs that may end a sample on a preposition ("log in"), and questions that end on theirs ("what stage is it in"). */
const PHRASAL_ENDINGS = ['log in', 'sign in', 'check in', 'log on', 'move on', 'go on', 'carry on', 'is it in', 'deal in', 'opportunity in', 'one in'];
/** Words a person may say twice on purpose. */
const REPEATABLE = new Set(['bye', 'no', 'very']);

/**
 * Generic carriers: with nothing but one slot after them ("what's {focus}") the slot catches any question
 * ("what's my quota attainment" would land in the pipeline with focus "my quota attainment").
 */
const GENERIC_CARRIERS = [
  'what is', "what's", 'what are', "what're", 'tell me', 'tell me about', 'show me', 'how is', "how's", 'how are', 'give me', 'read me',
];
/** Words that add nothing to a carrier: "what's the {slot}" is as generic as "what's {slot}". */
const FILLERS = new Set(['the', 'a', 'an', 'my', 'our', 'your']);
/** Slot types that only take a number, a date or a time: "what's {date}" says what it asks. Every other type catches phrases. */
const VALUE_TYPES = new Set(['AMAZON.NUMBER', 'AMAZON.DATE', 'AMAZON.TIME', 'AMAZON.DURATION', 'AMAZON.Ordinal', 'AMAZON.FOUR_DIGIT_NUMBER', 'AMAZON.PhoneNumber']);

/**
 * [unsure] Alexa's limit on one sample's length; 200 characters is the figure usually quoted, not one found in
 * Amazon's pages (https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-intents-utterances-and-slots.html
 * links "Interaction model limits" without the number in what was searched).
 */
export const MAX_SAMPLE_LENGTH = 200;

/**
 * Grammar and repetition in one phrase: wrong a/an (in English only), a doubled word. Slots are not words: "a
 * {slot}" is not checked.
 */
function phraseProblems(text: string, where: string, push: (p: ModelProblem) => void, english: boolean): void {
  const ws = words(text);
  ws.forEach((w, i) => {
    const next = ws[i + 1];
    const lower = w.toLowerCase();
    // "a m" and "p m" are letters spelled out, not an article.
    const spelled = lower === 'a' && next?.length === 1;
    if (english && (lower === 'a' || lower === 'an') && next && !spelled && !SLOT.test(next) && takesAn(next) !== (lower === 'an')) {
      push({ rule: 'article', where, sample: text, message: `"${w} ${next}" should be "${takesAn(next) ? 'an' : 'a'} ${next}"` });
    }
    if (next && !SLOT.test(w) && lower === next.toLowerCase() && !REPEATABLE.has(lower)) {
      push({ rule: 'doubled-word', where, sample: text, message: `"${w} ${next}" says a word twice` });
    }
  });
}

/**
 * Alexa's date and time types parse their own words ("tomorrow at ten", "next Friday") and nothing else, so
 * where one of them follows another slot the boundary is not a guess: "a call with {person} {date}" is how
 * people say it ("a call with James tomorrow"). Every other pair of slots needs a word between them.
 */
const SELF_DELIMITING = new Set(['AMAZON.DATE', 'AMAZON.TIME', 'AMAZON.DURATION']);

/**
 * Every check over one sample (intent's or slot's): grammar, an ending (English prepositions; a German sample may
 * well end on one: "ruf ihn an"), slots side by side or twice, length.
 */
function sampleProblems(sample: string, where: string, push: (p: ModelProblem) => void, english: boolean, slotType: (slot: string) => string | undefined = () => undefined): void {
  phraseProblems(sample, where, push, english);
  const ws = words(sample);
  const last = ws.at(-1)?.toLowerCase();
  if (english && last && NEEDS_WHAT_FOLLOWS.has(last) && !PHRASAL_ENDINGS.some((p) => normalized(sample).endsWith(p))) {
    push({ rule: 'dangling', where, sample, message: `ends on "${last}", with nothing after it` });
  }
  // Two slots side by side leave Alexa to guess where one value ends and the next begins ("{count} {period}").
  for (let i = 0; i + 1 < ws.length; i++) {
    if (SLOT.test(ws[i]!) && SLOT.test(ws[i + 1]!) && !SELF_DELIMITING.has(slotType(ws[i + 1]!.slice(1, -1)) ?? '')) {
      push({ rule: 'adjacent-slots', where, sample, message: `${ws[i]} and ${ws[i + 1]} have no word between them` });
    }
  }
  if (/\}\{/.test(sample)) push({ rule: 'adjacent-slots', where, sample, message: 'two slots are written together' });
  const slots = [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  // [unsure] Alexa refuses a sample naming one slot twice; one slot holds one value either way.
  for (const slot of new Set(slots.filter((s, i) => slots.indexOf(s) !== i))) {
    push({ rule: 'slot-twice', where, sample, message: `{${slot}} appears twice` });
  }
  if (sample.length > MAX_SAMPLE_LENGTH) {
    push({ rule: 'length', where, sample, message: `${sample.length} characters, more than ${MAX_SAMPLE_LENGTH} [unsure]` });
  }
}

/** The checks on an intent's own samples that depend on its slots' types. */
function intentSampleProblems(
  sample: string,
  intent: string,
  slotType: (slot: string) => string | undefined,
  searched: ReadonlySet<string>,
  push: (p: ModelProblem) => void,
) {
  const ws = words(sample);
  const slots = ws.filter((w) => SLOT.test(w)).map((w) => w.slice(1, -1));
  const literal = ws.filter((w) => !SLOT.test(w));
  // AMAZON.SearchQuery needs a carrier phrase: Alexa refuses "{query}" alone ("Sample utterance ... must include a
  // carrier phrase. Sample intent utterances with phrase types cannot consist of only slots.",
  // error MissingCarrierPhraseWithPhraseSlot, quoted in https://github.com/k4l1sh/alexa-gpt/issues/1; the phrase slot's
  // launch post: https://developer.amazon.com/en-US/blogs/alexa/alexa-skills-kit/2018/02/enhance-speech-recognition-of-your-alexa-skills-with-phrase-slots-and-amazon-searchquery).
  const searchSlots = slots.filter((s) => slotType(s) === 'AMAZON.SearchQuery');
  if (searchSlots.length && !literal.length) {
    push({ rule: 'search-query', where: intent, sample, message: 'an AMAZON.SearchQuery sample needs a carrier phrase, not only slots' });
  }
  // [unsure] Keep a free-text slot alone with its words: with another slot in the sample, Alexa has to split free
  // text between them (the phrase slot's first release allowed no other slot; whether that still holds was not found).
  if (searchSlots.length && slots.length > 1) {
    push({ rule: 'search-query', where: intent, sample, message: 'an AMAZON.SearchQuery slot shares the sample with another slot [unsure]' });
  }
  // A generic carrier plus one phrase-catching slot and nothing else catches any question that starts that way.
  if (slots.length === 1 && !VALUE_TYPES.has(slotType(slots[0]!) ?? '') && !searched.has(`${intent}.${slots[0]}`)) {
    const rest = normalized(sample.replace(`{${slots[0]}}`, ' ')).split(' ').filter((w) => w && !FILLERS.has(w)).join(' ');
    if (rest === '' || GENERIC_CARRIERS.includes(rest)) {
      push({
        rule: 'catch-all',
        where: intent,
        sample,
        message: `"${rest || '(nothing)'}" plus {${slots[0]}} alone catches any question; say what is asked about ("which deals are {${slots[0]}}")`,
      });
    }
  }
}

/**
 * Every problem in a language model, in the form Alexa gets it. The sources of the rules:
 *  - grammar: "All sample utterances must provide the user with a response that's relevant and grammatically correct"
 *    (https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html)
 *  - the same utterance in two intents is an utterance conflict, which Alexa resolves as it sees fit and may resolve
 *    differently after any change (https://developer.amazon.com/en-US/docs/alexa/custom-skills/find-utterance-conflicts-in-your-model.html);
 *    Alexa reports it rather than refusing the model [unsure], we refuse it. A slot's answers ("{account}") may repeat
 *    across intents: the dialog in progress routes them
 *    (https://developer.amazon.com/docs/alexa/custom-skills/use-a-dialog-model-to-manage-ambiguous-responses.html).
 *  - names: a custom slot type's name "can contain alphabetic characters only. The only special character allowed is
 *    the underscore" (Alexa's interaction model reference, quoted in
 *    https://techqa.club/v/q/how-does-alexa-handle-special-characters-in-synonymns-for-custom-slot-type-values-46120514);
 *    [unsure] the same letters-and-underscores rule for intent and slot names.
 *  - [unsure] a custom slot type needs values (the schema's `values` is optional; a type without any resolves nothing).
 *  - [unsure] no limit on the number of samples per intent was found, so none is checked.
 */
export function modelProblems(model: AlexaLanguageModel, searched: ReadonlySet<string> = new Set(), locale = REFERENCE_LOCALE): ModelProblem[] {
  const english = locale.startsWith('en-');
  const problems: ModelProblem[] = [];
  const push = (p: ModelProblem) => problems.push(p);
  const customTypes = new Map((model.types ?? []).map((t) => [t.name, t]));
  const intentOf = new Map<string, string>();

  for (const type of model.types ?? []) {
    if (!/^[A-Za-z_]+$/.test(type.name)) push({ rule: 'name', where: type.name, sample: '', message: 'a slot type name is letters and underscores only' });
    if (!type.values?.length) push({ rule: 'slot-type', where: type.name, sample: '', message: 'a custom slot type with no values [unsure]' });
    for (const value of type.values ?? []) {
      for (const text of [value.name.value, ...(value.name.synonyms ?? [])]) phraseProblems(text, `type ${type.name}`, push, english);
    }
  }

  for (const intent of model.intents) {
    if (!/^(AMAZON\.)?[A-Za-z_]+$/.test(intent.name)) push({ rule: 'name', where: intent.name, sample: '', message: 'an intent name is letters and underscores only [unsure]' });
    const types = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    for (const slot of intent.slots ?? []) {
      const where = `${intent.name}.${slot.name}`;
      if (!/^[A-Za-z_]+$/.test(slot.name)) push({ rule: 'name', where, sample: '', message: 'a slot name is letters and underscores only [unsure]' });
      if (!slot.type.startsWith('AMAZON.') && !customTypes.has(slot.type)) {
        push({ rule: 'slot-type', where, sample: '', message: `slot type ${slot.type} is neither built in nor declared` });
      }
      const seen = new Map<string, string>();
      for (const sample of slot.samples ?? []) {
        sampleProblems(sample, where, push, english);
        const key = normalized(sample);
        if (seen.has(key)) push({ rule: 'duplicate', where, sample, message: `the same slot sample as "${seen.get(key)}"` });
        else seen.set(key, sample);
      }
    }
    const seen = new Map<string, string>();
    for (const sample of intent.samples ?? []) {
      sampleProblems(sample, intent.name, push, english, (s) => types.get(s));
      intentSampleProblems(sample, intent.name, (s) => types.get(s), searched, push);
      const key = normalized(sample);
      if (seen.has(key)) push({ rule: 'duplicate', where: intent.name, sample, message: `the same sample as "${seen.get(key)}"` });
      else if (intentOf.has(key) && intentOf.get(key) !== intent.name) {
        push({ rule: 'duplicate', where: intent.name, sample, message: `also a sample of ${intentOf.get(key)}` });
      }
      seen.set(key, sample);
      intentOf.set(key, intentOf.get(key) ?? intent.name);
    }
  }
  return problems;
}

/** "Intent.slot" of every slot whose handler searches Salesforce for what it caught (EntityDef.searched). */
export function searchedSlots(model: LocaleModel): Set<string> {
  return new Set(
    Object.entries(model.intents).flatMap(([name, def]) => Object.entries(def.entities ?? {}).filter(([, e]) => e.searched).map(([slot]) => `${name}.${slot}`)),
  );
}

export function toAlexaModel(model: LocaleModel, locale = REFERENCE_LOCALE): object {
  const intents = Object.entries(model.intents).map(([name, def]) => {
    const samples = [...new Set((def.phrases ?? []).flatMap(expandPhrase))];
    const slots = Object.entries(def.entities ?? {}).map(([slot, entity]) => ({
      name: slot,
      type: slotType(entity),
      samples: [...new Set((entity.phrases ?? []).flatMap(expandPhrase))],
    }));
    for (const sample of samples) {
      for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) {
        if (!def.entities?.[slot!]) throw new Error(`${name}: sample "${sample}" uses undeclared slot {${slot}}`);
      }
    }
    return { name, slots, samples };
  });
  const types = Object.entries(model.entityTypes).map(([name, { values }]) => {
    // Amazon's schema requires at least one synonym per value (TypeValueObject, minItems 1).
    const bare = values.find((v) => !v.synonyms.length);
    if (bare) throw new Error(`${name}: value "${bare.value}" needs at least one synonym`);
    return { name, values: values.map((v) => ({ id: v.id, name: { value: v.value, synonyms: v.synonyms } })) };
  });
  const problems = modelProblems({ intents, types }, searchedSlots(model), locale);
  if (problems.length) throw new Error(`the voice model has ${problems.length} problem(s):\n${describeAll(problems, model).join('\n')}`);
  const { dialog, prompts } = toAlexaDialog(model);
  return {
    interactionModel: {
      languageModel: {
        invocationName: model.invocation,
        modelConfiguration: { fallbackIntentSensitivity: { level: model.fallbackIntentSensitivity ?? 'MEDIUM' } },
        intents,
        types,
      },
      ...(dialog.intents.length ? { dialog, prompts } : {}),
    },
  };
}

/**
 * Problems as lines to read, one per rule and source phrase: a phrase with alternatives breaks a rule in many of
 * its samples, and the phrase is what to fix.
 */
function describeAll(problems: ModelProblem[], model: LocaleModel): string[] {
  const lines = new Map<string, { line: string; more: number }>();
  for (const p of problems) {
    const [intent, slot] = p.where.split('.');
    const def = model.intents[intent!];
    const phrases = slot ? def?.entities?.[slot]?.phrases : def?.phrases;
    const from = p.sample ? phrases?.find((phrase) => expandPhrase(phrase).includes(p.sample)) : undefined;
    const key = `${p.rule} ${p.where} ${from ?? p.sample} ${p.message}`;
    const seen = lines.get(key);
    if (seen) seen.more++;
    else {
      const source = from && from !== p.sample ? ` in "${from}"` : '';
      lines.set(key, { line: `  [${p.rule}] ${p.where}${p.sample ? `: "${p.sample}"` : ''}${source}: ${p.message}`, more: 0 });
    }
  }
  return [...lines.values()].map(({ line, more }) => (more ? `${line} (and ${more} more samples of that phrase)` : line));
}

const promptId = (intent: string, slot: string) => `Elicit.Slot.${intent}.${slot}`;

/** The dialog model for intents with slots to elicit: which are required and how Alexa asks for them. */
function toAlexaDialog(model: LocaleModel) {
  const withPrompts = Object.entries(model.intents).filter(([, def]) => Object.values(def.entities ?? {}).some((e) => e.prompts?.length));
  const intents = withPrompts.map(([name, def]) => ({
    name,
    confirmationRequired: false,
    prompts: {},
    slots: Object.entries(def.entities!).map(([slot, entity]) => ({
      name: slot,
      type: slotType(entity),
      elicitationRequired: entity.required === true,
      confirmationRequired: false,
      prompts: entity.prompts?.length ? { elicitation: promptId(name, slot) } : {},
    })),
  }));
  const prompts = withPrompts.flatMap(([name, def]) =>
    Object.entries(def.entities!)
      .filter(([, entity]) => entity.prompts?.length)
      .map(([slot, entity]) => ({ id: promptId(name, slot), variations: entity.prompts!.map((value) => ({ type: 'PlainText', value })) })),
  );
  for (const [name, def] of withPrompts) {
    for (const [slot, entity] of Object.entries(def.entities!)) {
      if (entity.required && !entity.prompts?.length) throw new Error(`${name}.${slot} is required but has no prompt`);
      if (entity.prompts?.length && !entity.phrases?.length) throw new Error(`${name}.${slot} has prompts but no phrases to answer them`);
    }
  }
  return { dialog: { delegationStrategy: model.delegationStrategy ?? 'SKILL_RESPONSE', intents }, prompts };
}

function tsUnion(values: string[]): string {
  return values.map((v) => `'${v}'`).join(' | ');
}

/** The typed names lambda/ imports; built from one locale because every locale must declare the same intents. */
export function toTypeScript(model: LocaleModel): string {
  const intentNames = Object.keys(model.intents);
  const lines = [
    '// Generated by models/build.ts from models/*.json: do not edit; run `npm run build:models`.',
    '',
    `export const INTENTS = [${intentNames.map((n) => `'${n}'`).join(', ')}] as const;`,
    'export type IntentName = (typeof INTENTS)[number];',
    '',
    'export const SLOTS = {',
    ...intentNames
      .filter((n) => model.intents[n]!.entities)
      .map((n) => `  ${n}: { ${Object.keys(model.intents[n]!.entities!).map((s) => `${s}: '${s}'`).join(', ')} },`),
    '} as const;',
    '',
  ];
  for (const [typeName, { values }] of Object.entries(model.entityTypes)) {
    lines.push(`export const ${typeName}Ids = [${values.map((v) => `'${v.id}'`).join(', ')}] as const;`);
    lines.push(`export type ${typeName}Id = ${tsUnion(values.map((v) => v.id))};`, '');
  }
  return lines.join('\n');
}

/**
 * The words of every folder, per locale: `words.<locale>.ts` exports `words`, an object whose top-level keys
 * are that folder's own (its namespace). The en-US words are the reference type, so a key missing there, or
 * a call with a key that does not exist, fails the type check.
 */
export function toWordsModule(locales: Record<string, LocaleDef>): string {
  const imports: string[] = [];
  const entries = Object.keys(locales).map((locale) => {
    const names = foldersWith(`words.${locale}.ts`).map((folder, i) => {
      const name = `${locale.replace('-', '')}${i}`;
      imports.push(`import { words as ${name} } from '../${folder}/words.${locale}';`);
      return name;
    });
    return `  '${locale}': { ${names.map((n) => `...${n}`).join(', ')} },`;
  });
  return [
    '// Generated by models/build.ts from every folder\'s words.<locale>.ts: do not edit; run `npm run build:models`.',
    ...imports,
    '',
    'export const resources = {',
    ...entries,
    '} as const;',
    '',
    '/** Each English variant\'s source locale, whose words it says where it has none of its own (models/locales.json). */',
    `export const VARIANT_OF: Record<string, string> = ${JSON.stringify(Object.fromEntries(Object.entries(locales).flatMap(([l, d]) => (d.from ? [[l, d.from]] : []))))};`,
    '',
    '/** The locales devices can reach the skill in (skill.json), and those still being written. */',
    `export const PUBLISHED_LOCALES = ${JSON.stringify(Object.keys(locales).filter((l) => locales[l]!.published))} as const;`,
    `export const UNPUBLISHED_LOCALES = ${JSON.stringify(Object.keys(locales).filter((l) => !locales[l]!.published))} as const;`,
    '',
  ].join('\n');
}

/**
 * What each custom slot value is called, per locale: phrase (lower case) → id. The skill reads words a slot
 * caught but Alexa could not resolve ("commit next quarter" in one slot) against these, so words that landed
 * in the wrong slot are still understood rather than said back as unknown.
 */
export function toPhrasesModule(models: Record<string, LocaleModel>): string {
  const byLocale = Object.fromEntries(
    Object.entries(models).map(([locale, model]) => [
      locale,
      Object.fromEntries(
        Object.entries(model.entityTypes).map(([type, { values }]) => [
          type,
          Object.fromEntries(values.flatMap((v) => [v.value, ...v.synonyms].map((phrase) => [phrase.toLowerCase(), v.id]))),
        ]),
      ),
    ]),
  );
  return [
    '// Generated by models/build.ts from the voice model\'s slot types: do not edit; run `npm run build:models`.',
    '',
    `export const SLOT_PHRASES: Record<string, Record<string, Record<string, string>>> = ${JSON.stringify(byLocale)};`,
    '',
  ].join('\n');
}

/** Every file the build writes, path → content. */
export function renderAll(): Map<string, string> {
  const locales = readLocales();
  const models = readModels();
  const out = new Map<string, string>();
  const reference = Object.keys(models[REFERENCE_LOCALE]!.intents).sort().join(',');
  for (const [locale, model] of Object.entries(models)) {
    // A published locale answers everything the reference does; an unpublished one what its ready folders declare.
    if (locales[locale]!.published && Object.keys(model.intents).sort().join(',') !== reference) {
      throw new Error(`${locale} declares other intents than ${REFERENCE_LOCALE}`);
    }
    out.set(interactionModelFile(locale, locales[locale]), JSON.stringify(toAlexaModel(model, locale), null, 2) + '\n');
  }
  out.set(join(root, 'lambda/src/generated/model.ts'), toTypeScript(models[REFERENCE_LOCALE]!));
  out.set(join(root, 'lambda/src/generated/words.ts'), toWordsModule(locales));
  out.set(join(root, 'lambda/src/generated/phrases.ts'), toPhrasesModule(models));
  return out;
}

/** Paths whose content differs from what the build would write. */
export function staleFiles(): string[] {
  return [...renderAll()].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([p]) => p);
}

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length) {
      console.error(`stale generated files (run npm run build:models):\n${stale.join('\n')}`);
      process.exit(1);
    }
  } else {
    for (const [path, text] of renderAll()) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
}
