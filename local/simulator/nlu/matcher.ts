/**
 * Matches one utterance against sample utterances. A sample matches when its words and slots cover
 * the whole utterance; of all matches, the best explains the most words, i.e. leaves the fewest to
 * free-text slot values (SearchQuery, or custom values that resolve to nothing), then has the most
 * literal words; earlier samples win ties.
 * Like Alexa, which lets users "include additional words around their utterances", a couple of
 * leading words may go unexplained ("so what are my top deals") when the rest matches a
 * sample exactly, with no free text, and with at least as many literal words as were skipped.
 */
import type { Sample } from './compiled';
import { fillSlot, type FilledSlot, type SlotContext } from './slots';
import { keysOf } from './text';

export interface Match {
  sample: Sample;
  slots: Map<string, FilledSlot>;
  literal: number;
  free: number;
  /** Leading words the sample does not account for. */
  skipped: number;
}

const MAX_SKIPPED = 2;

export interface MatchOptions {
  /**
   * A match made only of free-text slot words (no literal word, nothing recognised) says nothing about
   * the intent: Alexa does not accept slot-only SearchQuery samples, and would send such an utterance
   * to the fallback. Only an answer to "what is the …?" may be just a value.
   */
  allowUnanchored?: boolean;
}

export class UtteranceMatcher {
  private readonly keys: string[];
  private readonly present: Set<string>;
  private readonly fills = new Map<string, FilledSlot | null>();

  constructor(private readonly words: readonly string[], private readonly ctx: SlotContext) {
    this.keys = keysOf(words);
    this.present = new Set(this.keys);
  }

  best(samples: readonly Sample[], options: MatchOptions = {}): Match | null {
    let best: Match | null = null;
    for (const sample of samples) {
      if (!sample.words.every((w) => this.present.has(w))) continue;
      for (let skipped = 0; skipped <= Math.min(MAX_SKIPPED, this.keys.length - 1); skipped++) {
        for (const match of this.matches(sample, skipped)) {
          if (skipped > 0 && (match.free > 0 || match.literal < skipped)) continue;
          if (!options.allowUnanchored && match.literal === 0 && match.free > 0) continue;
          if (!best || isBetter(match, best)) best = match;
        }
      }
    }
    return best;
  }

  /** Every way the sample covers the utterance from word `start` on. */
  private matches(sample: Sample, start: number): Match[] {
    const found: Match[] = [];
    const parts = sample.parts;
    const walk = (part: number, pos: number, slots: Map<string, FilledSlot>, literal: number, free: number): void => {
      if (part === parts.length) {
        if (pos === this.keys.length) found.push({ sample, slots, literal, free, skipped: start });
        return;
      }
      const current = parts[part]!;
      if ('word' in current) {
        if (this.keys[pos] === current.word) walk(part + 1, pos + 1, slots, literal + 1, free);
        return;
      }
      const later = parts.length - part - 1; // each later part needs at least one word
      for (let end = pos + 1; end <= this.keys.length - later; end++) {
        if (current.possessive && !/['’]s$/.test(this.words[end - 1]!)) continue;
        const filled = this.fill(current.type, pos, end, current.possessive);
        if (!filled) continue;
        const next = new Map(slots).set(current.slot, filled);
        walk(part + 1, end, next, literal, free + (filled.evidence === 'free' ? end - pos : 0));
      }
    };
    walk(0, start, new Map(), 0, 0);
    return found;
  }

  /** The whole utterance as the value of one slot. */
  whole(type: string): FilledSlot | null {
    return this.keys.length === 0 ? null : this.fill(type, 0, this.keys.length);
  }

  private fill(type: string, start: number, end: number, possessive = false): FilledSlot | null {
    const key = `${type}\u0000${start}\u0000${end}\u0000${possessive}`;
    if (!this.fills.has(key)) {
      const words = this.words.slice(start, end);
      const heard = possessive ? [...words.slice(0, -1), words.at(-1)!.replace(/['’]s$/, '')] : words;
      this.fills.set(key, fillSlot(type, heard, this.ctx));
    }
    return this.fills.get(key) ?? null;
  }
}

export function isBetter(a: Match, b: Match): boolean {
  const unexplained = a.free + a.skipped - (b.free + b.skipped);
  if (unexplained !== 0) return unexplained < 0;
  return a.skipped !== b.skipped ? a.skipped < b.skipped : a.literal > b.literal;
}
