/**
 * SSML escaping. Every string that came from data is escaped exactly once, by i18next's interpolation
 * (see i18n/index.ts); ask-sdk's own escapeXmlCharacters double-escapes `&apos;`, so it is not used.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeSsml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Wraps speech in <speak> for the response; the text inside is already valid SSML. */
export function speak(ssml: string): string {
  return `<speak>${ssml}</speak>`;
}
