/**
 * A well-formedness check for SSML as Alexa applies it before speaking: one <speak> root, tags Alexa
 * supports (https://developer.amazon.com/docs/custom-skills/speech-synthesis-markup-language-ssml-reference.html),
 * balanced, quoted attributes, every "&" starting an entity, and only characters XML 1.0 allows.
 */
const SUPPORTED_TAGS = new Set([
  'speak', 'p', 's', 'break', 'emphasis', 'lang', 'phoneme', 'prosody', 'say-as', 'sub', 'voice', 'w', 'audio', 'mark',
  'amazon:effect', 'amazon:emotion', 'amazon:domain', 'amazon:auto-breaths', 'amazon:breath',
]);

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/** XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets), code point by code point. */
function notXmlChar(text: string): number | undefined {
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
    if (!allowed) return code;
  }
  return undefined;
}

/** What is wrong with the SSML, or null when Alexa would speak it. */
export function ssmlProblem(ssml: string): string | null {
  const text = ssml.trim();
  const bad = notXmlChar(text);
  if (bad !== undefined) return `U+${bad.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`;
  if (!text.startsWith('<speak>') && !/^<speak\s/.test(text)) return 'SSML must start with <speak>';
  const open: string[] = [];
  let closedRoot = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '&') {
      ENTITY.lastIndex = i;
      if (!ENTITY.test(text)) return `unescaped "&" at ${i}: "${text.slice(i, i + 12)}"`;
    } else if (c === '<') {
      TAG.lastIndex = i;
      const tag = TAG.exec(text);
      if (!tag) return `malformed tag at ${i}: "${text.slice(i, i + 20)}"`;
      const [, closing, name, , selfClosing] = tag;
      if (closedRoot) return `content after </speak>: "${text.slice(i, i + 20)}"`;
      if (!SUPPORTED_TAGS.has(name!)) return `unsupported tag <${name}>`;
      if (closing) {
        const expected = open.pop();
        if (expected !== name) return `</${name}> closes <${expected ?? 'nothing'}>`;
        if (open.length === 0) closedRoot = true;
      } else if (!selfClosing) {
        open.push(name!);
      }
      i = TAG.lastIndex - 1;
    } else if (closedRoot && c !== undefined && c.trim() !== '') {
      return `content after </speak>: "${text.slice(i, i + 20)}"`;
    }
  }
  return open.length > 0 ? `<${open.at(-1)}> is never closed` : null;
}
