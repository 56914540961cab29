/**
 * The interaction model prepared for matching: every sample utterance split into words and slots,
 * built-in intents given Alexa's own phrases, custom slot types indexed for entity resolution.
 */
import type { InteractionModel } from '../model';
import { builtInPhrases, NO_INTENT, YES_INTENT } from './builtins';
import { EntityIndex } from './slots/entities';
import { keysOf, tokenize } from './text';

/** A slot written "{person}'s" takes a possessive word ("lena's") and holds it without the "'s", as heard by name. */
export type SamplePart = { word: string } | { slot: string; type: string; possessive?: boolean };

export interface Sample {
  intent: string;
  text: string;
  parts: SamplePart[];
  /** Keys of the sample's literal words, to skip samples whose words the utterance lacks. */
  words: string[];
}

export interface CompiledModel {
  model: InteractionModel;
  invocation: string[];
  /** Every intent's samples, in model order; built-in intents with Alexa's phrases plus the model's. */
  samples: Sample[];
  /** intent → slot → the slot's own samples ("on {date}"), used when Alexa elicits that slot. */
  slotSamples: Map<string, Map<string, Sample[]>>;
  /** intent → slot → type. */
  slotTypes: Map<string, Map<string, string>>;
  entities: Map<string, EntityIndex>;
  /** What counts as yes and no when Alexa asks for a confirmation, whether or not the skill declares Yes/No. */
  confirmation: { yes: Sample[]; no: Sample[] };
}

const cache = new WeakMap<InteractionModel, Map<string, CompiledModel>>();

/** The model compiled for matching, with the built-in phrases of `locale`'s language (a model is one locale's). */
export function compileModel(model: InteractionModel, locale = 'en-US'): CompiledModel {
  const cached = cache.get(model)?.get(locale);
  if (cached) return cached;
  const builtIns = builtInPhrases(locale);
  const language = model.interactionModel.languageModel;
  const slotTypes = new Map(language.intents.map((i) => [i.name, new Map((i.slots ?? []).map((s) => [s.name, s.type]))]));
  const compile = (intent: string, text: string): Sample => compileSample(intent, text, slotTypes.get(intent) ?? new Map());
  const phrases = (intent: string): string[] => [
    ...(builtIns[intent] ?? []),
    ...(language.intents.find((i) => i.name === intent)?.samples ?? []),
  ];
  const compiled: CompiledModel = {
    model,
    invocation: keysOf(tokenize(language.invocationName)),
    samples: language.intents.flatMap((i) => phrases(i.name).map((s) => compile(i.name, s))),
    slotSamples: new Map(language.intents.map((i) => [
      i.name,
      new Map((i.slots ?? []).map((s) => [s.name, (s.samples ?? []).map((text) => compile(i.name, text))])),
    ])),
    slotTypes,
    entities: new Map((language.types ?? []).map((t) => [t.name, new EntityIndex(t)])),
    confirmation: {
      yes: phrases(YES_INTENT).map((s) => compile(YES_INTENT, s)),
      no: phrases(NO_INTENT).map((s) => compile(NO_INTENT, s)),
    },
  };
  cache.set(model, (cache.get(model) ?? new Map()).set(locale, compiled));
  return compiled;
}

function compileSample(intent: string, text: string, types: ReadonlyMap<string, string>): Sample {
  const parts: SamplePart[] = [];
  for (let piece of text.split(/(\{\w+\})/)) {
    const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (slot) {
      const type = types.get(slot);
      if (!type) throw new Error(`${intent}: sample "${text}" uses undeclared slot {${slot}}`);
      parts.push({ slot, type });
    } else {
      const last = parts.at(-1);
      if (last && 'slot' in last && /^['’]s\b/.test(piece)) {
        last.possessive = true;
        piece = piece.slice(2);
      }
      parts.push(...keysOf(tokenize(piece)).map((word) => ({ word })));
    }
  }
  return { intent, text, parts, words: parts.flatMap((p) => ('word' in p ? [p.word] : [])) };
}
