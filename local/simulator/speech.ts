/** What a person hears and sees from a response: speech as plain text, cards as one short line. */
import type { ui } from 'ask-sdk-model';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** SSML → the words spoken: tags dropped (a pause becomes a space, a sound "[audio]"), entities decoded. */
export function stripSsml(ssml: string): string {
  const text = ssml
    .replace(/<audio\b[^>]*>/gi, ' [audio] ')
    .replace(/<(break|\/p|\/s)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').replace(/\s+([.,!?;:])(?=\s|$)/g, '$1').trim();
}

export function speechText(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? stripSsml(speech.ssml) : speech.text.trim();
}

export function cardLine(card: ui.Card): string {
  switch (card.type) {
    case 'LinkAccount':
      return '[LinkAccount card]';
    case 'AskForPermissionsConsent':
      return `[AskForPermissionsConsent card: ${(card.permissions ?? []).join(', ')}]`;
    case 'Simple':
      return `[card] ${card.title ?? ''}: ${oneLine(card.content ?? '')}`;
    case 'Standard':
      return `[card] ${card.title ?? ''}: ${oneLine(card.text ?? '')}`;
  }
}

function oneLine(text: string): string {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(' / ');
}

/** The longest a screen line gets in the transcript. */
const SCREEN_LINE_CHARS = 240;

/** What an APL document shows, for the transcript: the text values of its datasources, in order. */
export function screenLine(datasources: Record<string, unknown> | undefined): string {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(datasources);
  const line = oneLine(texts.join(' · '));
  return `[screen] ${line.length > SCREEN_LINE_CHARS ? `${line.slice(0, SCREEN_LINE_CHARS - 1)}…` : line}`;
}
