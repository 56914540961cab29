/**
 * The words of a skill answer as plain text, for an AI assistant to read out or show: the conversation's own
 * output (the same sentences Alexa speaks) without SSML, and without the question that keeps Alexa's microphone
 * open ("Anything else on this deal?"), which belongs to the skill's dialog, not to a host's.
 */
import type { Output } from '../alexa/output';
import type { Translate } from '../i18n';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function ssmlToText(ssml: string): string {
  return ssml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .replace(/ ([,.?!:;])/g, '$1')
    .trim();
}

export function answerText(t: Translate, output: Output): string {
  const without = (text: string, end: string | undefined) => (end && text.endsWith(end) && text.length > end.length ? text.slice(0, -end.length).trimEnd() : text);
  return ssmlToText(without(without(output.speech, output.reprompt), t('list.whatElse')));
}
