/**
 * AMAZON.TIME: spoken times → "HH:MM", or a period of the day → "MO" | "AF" | "EV" | "NI"
 * (https://developer.amazon.com/docs/custom-skills/slot-type-reference.html#time).
 * Amazon's own examples: "four in the morning" → "04:00", "two p m" → "14:00" (speech recognition spells
 * the meridiem as two letters, so "p m" is read like "pm"), "morning" → "MO".
 * A bare hour ("six", "6 o'clock") is sent as the hour said, "06:00": Alexa's docs describe no am/pm
 * guessing and no ambiguity flag for it [unsure]; Amazon Lex's AMAZON.Time gives "10 o'clock" two
 * resolutions (10:00 and 22:00), but an Alexa slot has a single value and Alexa's docs say nothing of it.
 * The skill decides what a bare hour means.
 */
import { parseCardinal, parseMinutes } from '../numbers';

const PERIODS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
const NAMED: Record<string, string> = { noon: '12:00', midday: '12:00', 'twelve noon': '12:00', midnight: '00:00', midi: '12:00', minuit: '00:00' };

/** Trailing words that say which half of the day an hour is in. */
const MERIDIEMS: [string[], 'am' | 'pm'][] = [
  [['am'], 'am'], [['pm'], 'pm'], [['a', 'm'], 'am'], [['p', 'm'], 'pm'], [['in', 'the', 'morning'], 'am'], [['in', 'the', 'afternoon'], 'pm'],
  [['in', 'the', 'evening'], 'pm'], [['at', 'night'], 'pm'], [['tonight'], 'pm'],
  // Spanish: "a las 5 de la tarde".
  [['de', 'la', 'mañana'], 'am'], [['de', 'la', 'tarde'], 'pm'], [['de', 'la', 'noche'], 'pm'],
  // German: "um 3 Uhr nachmittags", "um 8 am Abend".
  [['morgens'], 'am'], [['vormittags'], 'am'], [['am', 'vormittag'], 'am'], [['nachmittags'], 'pm'], [['am', 'nachmittag'], 'pm'],
  [['abends'], 'pm'], [['am', 'abend'], 'pm'],
];

export function toAlexaTime(words: readonly string[], locale = 'en-US'): string | null {
  const text = words.join(' ');
  const period = PERIODS[text.replace(/^(this|in the|at) /, '')];
  if (period) return period;
  if (NAMED[text]) return NAMED[text];
  let rest = [...words];
  let meridiem: 'am' | 'pm' | undefined;
  for (const [suffix, half] of MERIDIEMS) {
    if (rest.length > suffix.length && suffix.every((w, i) => rest[rest.length - suffix.length + i] === w)) {
      meridiem = half;
      rest = rest.slice(0, -suffix.length);
      break;
    }
  }
  // "ten o'clock"; German "10 Uhr" (with the hour in digits, as German recognition passes it); Spanish "10 en punto".
  if (rest.at(-1) === 'oclock' || rest.at(-1) === 'uhr') rest = rest.slice(0, -1);
  // German "14 Uhr 30".
  if (rest.length === 3 && rest[1] === 'uhr') rest = [rest[0]!, rest[2]!];
  if (rest.at(-2) === 'en' && rest.at(-1) === 'punto') rest = rest.slice(0, -2);
  // French "10 heures", "10 h 30", "10 heures 30", "midi" (the hour in digits, as French recognition passes it).
  const french = rest.findIndex((w) => w === 'h' || w === 'heure' || w === 'heures');
  if (french > 0 && rest.length - french <= 2) rest = [...rest.slice(0, french), ...rest.slice(french + 1)];
  const clock = readClock(rest, locale);
  if (!clock) return null;
  let [hour, minute] = clock;
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** [hour, minute] from "10:30", "10 30", "ten thirty", "half past ten", "quarter to ten", "five past ten". */
function readClock(words: readonly string[], locale: string): [number, number] | null {
  const digits = /^(\d{1,2})(?::(\d{2}))?$/.exec(words.join(':'));
  if (digits) return valid(Number(digits[1]), Number(digits[2] ?? 0));
  // Spanish says the hour first: "10 y media", "diez y cuarto", "11 menos cuarto", "10 y 20".
  const joint = words.findIndex((w) => w === 'y' || w === 'menos');
  if (joint > 0 && locale.startsWith('es')) {
    const hour = parseCardinal(words.slice(0, joint), locale);
    const said = words.slice(joint + 1);
    const minutes = said.join(' ') === 'media' ? 30 : said.join(' ') === 'cuarto' ? 15 : parseCardinal(said, locale);
    if (hour === null || minutes === null || minutes >= 60) return null;
    return words[joint] === 'menos' ? valid((hour + 23) % 24, 60 - minutes) : valid(hour, minutes);
  }
  // German: "halb drei" is half an hour before three; "viertel nach zehn", "zehn vor drei" as in English.
  const german = locale.startsWith('de');
  if (german && words[0] === 'halb' && words.length === 2) {
    const hour = parseCardinal(words.slice(1), locale);
    return hour === null ? null : valid((hour + 23) % 24, 30);
  }
  const relations = german ? ['nach', 'vor'] : ['past', 'after', 'to', 'before'];
  const relation = words.findIndex((w) => relations.includes(w));
  if (relation > 0) {
    const amount = words.slice(0, relation).filter((w) => w !== 'minutes' && w !== 'a' && w !== 'minuten');
    const minutes = ['half'].includes(amount.join(' ')) ? 30 : ['quarter', 'viertel'].includes(amount.join(' ')) ? 15 : parseCardinal(amount, locale);
    const hour = parseCardinal(words.slice(relation + 1), locale);
    if (minutes === null || hour === null || minutes >= 60) return null;
    const before = ['to', 'before', 'vor'].includes(words[relation]!);
    return before ? valid((hour + 23) % 24, 60 - minutes) : valid(hour, minutes);
  }
  for (let split = 1; split <= Math.min(2, words.length); split++) {
    const hour = parseCardinal(words.slice(0, split), locale);
    const minute = split === words.length ? 0 : locale.startsWith('es') ? parseCardinal(words.slice(split), locale) : parseMinutes(words.slice(split));
    const clock = hour === null || minute === null ? null : valid(hour, minute);
    if (clock) return clock;
  }
  return null;
}

function valid(hour: number, minute: number): [number, number] | null {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 ? [hour, minute] : null;
}
