/**
 * Turns the platform-neutral voice model into what Alexa and the code need. The model of a locale is
 * models/<locale>.json (invocation, built-in intents, shared slot types) merged with every conversation's
 * fragment, lambda/src/conversations/<name>/model.<locale>.json (its intents and its own slot types). It writes:
 *  - skill-package/interactionModels/custom/<locale>.json (what ask-cli uploads)
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
  /** What Alexa says to ask for the value. */
  prompts?: string[];
  /** How a user answers when asked for just this value, e.g. "on {date}". */
  phrases?: string[];
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
const sourceDir = join(root, 'lambda/src');
const conversationsDir = join(sourceDir, 'conversations');

/** Folders under lambda/src (and lambda/src/conversations) holding a file named `name`, as paths relative to lambda/src. */
function foldersWith(name: string): string[] {
  const under = (dir: string, prefix: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, name)))
      .map((e) => `${prefix}${e.name}`);
  return [...under(sourceDir, ''), ...under(conversationsDir, 'conversations/')].sort();
}

/** One conversation's part of a locale's model. */
interface ModelFragment {
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

export function readModels(): Record<string, LocaleModel> {
  const models: Record<string, LocaleModel> = {};
  for (const file of readdirSync(modelsDir).filter((f) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(f)).sort()) {
    const locale = file.replace(/\.json$/, '');
    const model: LocaleModel = JSON.parse(readFileSync(join(modelsDir, file), 'utf8'));
    for (const folder of foldersWith(`model.${locale}.json`)) {
      merge(model, JSON.parse(readFileSync(join(sourceDir, folder, `model.${locale}.json`), 'utf8')), folder);
    }
    models[locale] = model;
  }
  return models;
}

export function toAlexaModel(model: LocaleModel): object {
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
export function toWordsModule(locales: string[]): string {
  const imports: string[] = [];
  const entries = locales.map((locale) => {
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
  ].join('\n');
}

/** Every file the build writes, path → content. */
export function renderAll(): Map<string, string> {
  const models = readModels();
  const locales = Object.keys(models);
  if (locales.length === 0) throw new Error('no models/<locale>.json found');
  const out = new Map<string, string>();
  const reference = Object.keys(models[locales[0]!]!.intents).sort().join(',');
  for (const locale of locales) {
    const model = models[locale]!;
    if (Object.keys(model.intents).sort().join(',') !== reference) throw new Error(`${locale} declares other intents than ${locales[0]}`);
    out.set(join(root, 'skill-package/interactionModels/custom', `${locale}.json`), JSON.stringify(toAlexaModel(model), null, 2) + '\n');
  }
  out.set(join(root, 'lambda/src/generated/model.ts'), toTypeScript(models[locales[0]!]!));
  out.set(join(root, 'lambda/src/generated/words.ts'), toWordsModule(locales));
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
