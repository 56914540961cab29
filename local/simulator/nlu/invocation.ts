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

const LAUNCH_VERBS = ['open', 'launch', 'start', 'begin', 'run', 'load', 'use', 'resume', 'play', 'talk to', 'speak to'];

/** Words between the invocation name and the request; `optional` when the request may follow the name directly. */
const REQUEST_VERBS: Record<string, { connectors: string[]; optional: boolean }> = {
  ask: { connectors: ['to', 'for', 'about', 'if', 'whether', 'that'], optional: true },
  tell: { connectors: ['to', 'that'], optional: true },
  search: { connectors: ['for'], optional: false },
  ...Object.fromEntries(LAUNCH_VERBS.map((v) => [v, { connectors: ['and', 'to', 'for'], optional: false }])),
};

const TRAILING_CONNECTORS = ['using', 'with', 'from'];

/** How `words` address the skill, or null when they do not name it in a way Alexa routes to it. */
export function parseInvocation(words: readonly string[], invocationName: readonly string[]): Invocation | null {
  const keys = keysOf(words);
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
