/**
 * SSML escaping, and what every spoken string goes through on its way out. Every string that came from data is
 * escaped exactly once, by i18next's interpolation (see i18n/index.ts); ask-sdk's own escapeXmlCharacters
 * double-escapes `&apos;`, so it is not used. speak() is the one door to Alexa (responses, reprompts, progressive
 * responses): whatever a conversation built, it leaves as well-formed SSML inside Alexa's size limit.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Characters XML 1.0 does not allow (https://www.w3.org/TR/xml/#charsets: Char is tab, LF, CR, U+0020–U+D7FF,
 * U+E000–U+FFFD and U+10000–U+10FFFF): the other C0 controls, U+FFFE/U+FFFF, and surrogates that are not half of
 * a pair. One of them anywhere (an opportunity named with a bell character) makes Alexa refuse the whole answer.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * A value longer than this is no name or subject (Salesforce's longest spoken text fields hold 255 characters) but
 * runaway input, like a 10 kB slot value: only its start is said back.
 */
const LONGEST_VALUE = 500;
const ECHOED_START = 80;

/** The start of a runaway value, cut at a word and marked as cut. */
function shortened(text: string): string {
  if (text.length <= LONGEST_VALUE) return text;
  const start = [...text].slice(0, ECHOED_START).join(''); // whole code points: no half of an emoji
  const atWord = start.replace(/\s+\S*$/, '');
  return `${atWord.length >= ECHOED_START / 2 ? atWord : start}…`;
}

export function escapeSsml(text: string): string {
  return shortened(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Alexa refuses outputSpeech longer than 8,000 characters ("The text string must be less than 8000 characters",
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/best-practice-text-response.html; Alexa's own error
 * reads "Speech … exceeds allowed size of 8000 characters", quoted in github.com/LorenzHW/Telegram-Connect/issues/6;
 * [unconfirmed: the request-and-response JSON reference's wording, seen only quoted]). Counted with <speak></speak>.
 */
export const MAX_SPEECH_CHARS = 8000;
const SPEAK_TAGS = '<speak></speak>'.length;

/** Where each top-level sentence of `ssml` ends (after its ". ", "? " or "! "), outside tags. */
function sentenceEnds(ssml: string): number[] {
  const ends: number[] = [];
  let depth = 0;
  for (let i = 0; i < ssml.length; i++) {
    const c = ssml[i];
    if (c === '<') {
      const close = ssml.indexOf('>', i);
      if (close < 0) break;
      const tag = ssml.slice(i, close + 1);
      if (tag.startsWith('</')) depth--;
      else if (!tag.endsWith('/>')) depth++;
      i = close;
    } else if (depth === 0 && (c === '.' || c === '?' || c === '!') && ssml[i + 1] === ' ') {
      ends.push(i + 2);
    }
  }
  return ends;
}

/** The longest start of `ssml` within `budget` that ends between words, outside any tag or entity, tags closed. */
function cutBetweenWords(ssml: string, budget: number): string {
  const open: string[] = [];
  let best = { at: 0, open: [] as string[] };
  for (let i = 0; i < ssml.length; i++) {
    const closing = open.reduce((n, name) => n + name.length + 3, 0);
    if (i + closing + 1 > budget) break;
    const c = ssml[i];
    if (c === '<') {
      const close = ssml.indexOf('>', i);
      const tag = ssml.slice(i, close + 1);
      const name = /^<\/?([\w:-]+)/.exec(tag)?.[1] ?? '';
      if (tag.startsWith('</')) open.pop();
      else if (!tag.endsWith('/>')) open.push(name);
      i = close;
    } else if (c === ' ') {
      best = { at: i, open: [...open] };
    }
  }
  return `${ssml.slice(0, best.at)}…${best.open.reverse().map((name) => `</${name}>`).join('')}`;
}

/**
 * Speech that fits Alexa's limit. A list too long to send loses items, never a tag: whole sentences are dropped
 * from the end of the body, except the last one, the question that goes with the reprompt ("Want the next 5?").
 * Only a single sentence longer than the limit is cut between words.
 */
export function fitSpeech(ssml: string, max = MAX_SPEECH_CHARS - SPEAK_TAGS): string {
  if (ssml.length <= max) return ssml;
  const ends = sentenceEnds(ssml);
  const lastStart = ends.at(-1) ?? 0;
  const last = ssml.slice(lastStart);
  const kept = ends.filter((end) => end < lastStart && end + last.length <= max).at(-1);
  if (kept !== undefined) return ssml.slice(0, kept) + last;
  return cutBetweenWords(ssml, max);
}

/** Wraps speech in <speak> for the response: characters XML cannot carry are dropped and the length fits Alexa's limit. */
export function speak(ssml: string): string {
  return `<speak>${fitSpeech(xmlSafe(ssml))}</speak>`;
}
