/**
 * How users address a custom skill by its invocation name
 * (https://developer.amazon.com/docs/custom-skills/understanding-how-users-invoke-custom-skills.html):
 * "open sales assistant" launches it; "ask sales assistant for my top deals", "tell sales assistant to …",
 * "open sales assistant and …", "search sales assistant for …" and "my top deals using sales assistant"
 * carry a request.
 */
import { keysOf, indexOfPhrase } from './text';

export type Invocation =
  | { kind: 'launch' }
  /** Ways to read the request's words, best first; the connecting word may belong to the request ("ask X for help"). */
  | { kind: 'request'; readings: string[][] };

type Verbs = Record<string, { connectors: string[]; optional: boolean }>;

const LAUNCH_VERBS = ['open', 'launch', 'start', 'begin', 'run', 'load', 'use', 'resume', 'play', 'talk to', 'speak to'];

/** Words between the invocation name and the request; `optional` when the request may follow the name directly. */
const ENGLISH: Verbs = {
  ask: { connectors: ['to', 'for', 'about', 'if', 'whether', 'that'], optional: true },
  tell: { connectors: ['to', 'that'], optional: true },
  search: { connectors: ['for'], optional: false },
  ...Object.fromEntries(LAUNCH_VERBS.map((v) => [v, { connectors: ['and', 'to', 'for'], optional: false }])),
};

/**
 * [unconfirmed] German: "öffne Sales Assistent", "frag Sales Assistent, was meine Top Deals sind", "sag Sales
 * Assistent …", "starte Sales Assistent und …"; Amazon's invocation page lists the English forms only.
 */
const GERMAN: Verbs = {
  frag: { connectors: ['ob', 'nach'], optional: true },
  frage: { connectors: ['ob', 'nach'], optional: true },
  sag: { connectors: ['dass'], optional: true },
  sage: { connectors: ['dass'], optional: true },
  ...Object.fromEntries(['öffne', 'öffnen', 'starte', 'starten', 'benutze'].map((v) => [v, { connectors: ['und'], optional: false }])),
};

/**
 * [unconfirmed] Spanish (tú, as Alexa is spoken to in Spain): "abre asistente de ventas", "pide a asistente de ventas
 * mis tres mejores oportunidades", "pregunta a asistente de ventas qué se me escapa", "pídele a asistente de ventas que
 * …", "dile a asistente de ventas que …", "inicia asistente de ventas y …"; Amazon's invocation page lists the English
 * forms only.
 */
const SPANISH: Verbs = {
  ...Object.fromEntries(withArticle(['pide a', 'pídele a', 'pregunta a', 'pregúntale a']).map((v) => [v, { connectors: ['que', 'si', 'por'], optional: true }])),
  ...Object.fromEntries(withArticle(['dile a', 'di a']).map((v) => [v, { connectors: ['que'], optional: true }])),
  ...Object.fromEntries(withArticle(['abre', 'abrir', 'inicia', 'iniciar', 'empieza', 'usa', 'habla con']).map((v) => [v, { connectors: ['y', 'para'], optional: false }])),
};

/**
 * The name is a common noun, so Spanish puts its article before it as often as not: "pregunta al asistente de ventas",
 * "abre el asistente de ventas" ("a" + "el" is "al") [unconfirmed: how Alexa matches an invocation name after an
 * article in es-ES is not documented].
 */
function withArticle(verbs: readonly string[]): string[] {
  return verbs.flatMap((v) => [v, v.endsWith(' a') ? `${v}l` : `${v} el`]);
}

/**
 * [unconfirmed] French: "ouvre assistant commercial", "lance assistant commercial", "demande à assistant commercial
 * quelles sont mes affaires", "demande à assistant commercial de …", "dis à assistant commercial que …"; Amazon's
 * invocation page lists the English forms only.
 */
const FRENCH: Verbs = {
  'demande à': { connectors: ['de', 'si', 'pour'], optional: true },
  'dis à': { connectors: ['de', 'que'], optional: true },
  ...Object.fromEntries(['ouvre', 'lance', 'démarre', 'utilise'].map((v) => [v, { connectors: ['et', 'pour'], optional: false }])),
};

const VERBS: Record<string, Verbs> = { en: ENGLISH, de: GERMAN, fr: FRENCH, es: SPANISH };
const TRAILING: Record<string, string[]> = { en: ['using', 'with', 'from'], de: ['mit', 'über'], fr: ['avec', 'sur'], es: ['con', 'en', 'desde'] };

/**
 * [unconfirmed] French speakers put the article before a name that is a common noun ("demande à l'assistant
 * commercial", "ouvre l'assistant commercial"); taken here as the invocation name, which an invocation name cannot
 * spell itself (possessive apostrophes only: https://developer.amazon.com/docs/custom-skills/choose-the-invocation-name-for-a-custom-skill.html).
 */
function withoutElidedArticle(words: readonly string[], invocationName: readonly string[]): string[] {
  return words.map((w) => (w.startsWith("l'") && w.slice(2) === invocationName[0] ? w.slice(2) : w));
}

/** How `words` address the skill, or null when they do not name it in a way Alexa routes to it. */
export function parseInvocation(words: readonly string[], invocationName: readonly string[], locale = 'en-US'): Invocation | null {
  const language = VERBS[locale.split('-')[0]!] ? locale.split('-')[0]! : 'en';
  const REQUEST_VERBS = VERBS[language]!;
  const TRAILING_CONNECTORS = TRAILING[language]!;
  const keys = keysOf(language === 'fr' ? withoutElidedArticle(words, invocationName) : words);
  const at = indexOfPhrase(keys, invocationName);
  if (at < 0) return null;
  const before = keys.slice(0, at).join(' ');
  const after = words.slice(at + invocationName.length);
  if (after.length === 0) {
    // "ask sales assistant" with nothing to ask opens the skill too.
    if (before === '' || REQUEST_VERBS[before]) return { kind: 'launch' };
    const connector = keys[at - 1] ?? '';
    return TRAILING_CONNECTORS.includes(connector) && at > 1 ? { kind: 'request', readings: [words.slice(0, at - 1)] } : null;
  }
  const verb = REQUEST_VERBS[before];
  if (!verb) return null;
  const connector = keysOf(after)[0]!;
  if (!verb.connectors.includes(connector)) return verb.optional ? { kind: 'request', readings: [after] } : null;
  const request = after.slice(1);
  if (request.length === 0) return null;
  return { kind: 'request', readings: verb.optional ? [request, after] : [request] };
}
