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
