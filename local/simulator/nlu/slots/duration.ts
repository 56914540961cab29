/**
 * AMAZON.DURATION: spoken durations → ISO-8601 durations ("an hour" → "PT1H", "thirty minutes" → "PT30M",
 * "an hour and a half" → "PT1H30M", "two weeks" → "P2W";
 * https://developer.amazon.com/docs/custom-skills/slot-type-reference.html#duration).
 */
import { parseCardinal } from '../numbers';

type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S';

const UNITS: Record<string, Unit> = {
  year: 'Y', years: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W', day: 'D', days: 'D',
  hour: 'H', hours: 'H', minute: 'MIN', minutes: 'MIN', min: 'MIN', mins: 'MIN', second: 'S', seconds: 'S',
  // German ("eine Woche", "2 Wochen", "drei Tage"): Alexa's de-DE model resolves them to the same ISO durations.
  jahr: 'Y', jahre: 'Y', jahren: 'Y', monat: 'M', monate: 'M', monaten: 'M', woche: 'W', wochen: 'W', tag: 'D', tage: 'D',
  tagen: 'D', stunde: 'H', stunden: 'H', minuten: 'MIN', sekunde: 'S', sekunden: 'S',
  // Spanish: "1 hora", "media hora", "una hora y media", "hora y media", "45 minutos".
  año: 'Y', años: 'Y', mes: 'M', meses: 'M', semana: 'W', semanas: 'W', día: 'D', días: 'D',
  hora: 'H', horas: 'H', minuto: 'MIN', minutos: 'MIN', segundo: 'S', segundos: 'S',
};
/** German quantities before a unit: the article ("eine Woche") and the small numbers a delay is said in. */
const GERMAN_QUANTITY: Record<string, number> = {
  ein: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6,
  // "anderthalb Stunden", "eine halbe Stunde".
  anderthalb: 1.5, eineinhalb: 1.5, 'eine halbe': 0.5, 'einen halben': 0.5, halbe: 0.5,
};
/** Words joining one amount to the next ("an hour and ten minutes", "una hora y diez minutos", "une heure et dix minutes", "eine Stunde und zehn Minuten"). */
const AND = new Set(['and', 'y', 'et', 'und']);
/** What half of a unit is, in the next smaller unit ("half an hour" = 30 minutes). */
const HALF: Partial<Record<Unit, [number, Unit]>> = { D: [12, 'H'], H: [30, 'MIN'], MIN: [30, 'S'], Y: [6, 'M'] };
const ORDER: Unit[] = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'];
/**
 * [unconfirmed] French ("une heure", "30 minutes", "une heure et demie", "une demi-heure", "deux semaines"), as
 * French recognition passes them (numbers mostly as digits); Alexa's fr-FR model resolves them to the same ISO durations.
 */
const FRENCH_UNITS: Record<string, Unit> = {
  // Not "an" (a year): English says "an hour".
  ans: 'Y', année: 'Y', années: 'Y', mois: 'M', semaine: 'W', semaines: 'W', jour: 'D', jours: 'D',
  heure: 'H', heures: 'H', seconde: 'S', secondes: 'S',
};
/** "Repoussez-la d'une semaine": the elided "de" stays on the article ("dune" as words are compared, without the apostrophe). */
const FRENCH_QUANTITY: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, dix: 10, quinze: 15, vingt: 20, trente: 30, demi: 0.5, 'une demi': 0.5, dune: 1, dun: 1 };

export function toAlexaDuration(words: readonly string[], locale = 'en-US'): string | null {
  const amounts = new Map<Unit, number>();
  let quantity: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const unit = UNITS[word] ?? FRENCH_UNITS[word];
    if (!unit) {
      quantity.push(word);
      continue;
    }
    const andAHalf = words[i + 1] === 'and' && words[i + 2] === 'a' && words[i + 3] === 'half';
    const yMedia = words[i + 1] === 'y' && words[i + 2] === 'media';
    const etDemie = words[i + 1] === 'et' && words[i + 2] === 'demie';
    // "hora y media": Spanish says the one hour without its number.
    let value = quantity.length === 0 && yMedia ? 1 : readQuantity(quantity, locale);
    if (value === null) return null;
    quantity = [];
    if (andAHalf || yMedia || etDemie) {
      value += 0.5;
      i += andAHalf ? 3 : 2;
    }
    add(amounts, unit, value);
    if (AND.has(words[i + 1] ?? '')) i++;
  }
  if (quantity.length > 0 || amounts.size === 0) return null;
  return format(amounts);
}

/** "an" → 1, "two and a half" → 2.5, "half an" → 0.5, "ninety" → 90; Spanish "una" → 1, "media" → 0.5. */
function readQuantity(words: readonly string[], locale: string): number | null {
  const text = words.join(' ');
  if (text === 'a' || text === 'an' || text === 'un' || text === 'una') return 1;
  if (text === 'half a' || text === 'half an' || text === 'media') return 0.5;
  if (GERMAN_QUANTITY[text] !== undefined) return GERMAN_QUANTITY[text];
  if (FRENCH_QUANTITY[text] !== undefined) return FRENCH_QUANTITY[text];
  const half = / and a half$/.exec(text);
  // The locale's own number words too: Spanish "dos semanas".
  const whole = parseCardinal(half ? words.slice(0, -3) : words, locale);
  return whole === null ? null : whole + (half ? 0.5 : 0);
}

function add(amounts: Map<Unit, number>, unit: Unit, value: number): void {
  const whole = Math.floor(value);
  const half = HALF[unit];
  const fraction = value - whole;
  if (fraction > 0 && half) {
    amounts.set(half[1], (amounts.get(half[1]) ?? 0) + half[0]);
    if (whole > 0) amounts.set(unit, (amounts.get(unit) ?? 0) + whole);
  } else {
    amounts.set(unit, (amounts.get(unit) ?? 0) + value);
  }
}

function format(amounts: Map<Unit, number>): string {
  let date = 'P';
  let time = '';
  for (const unit of ORDER) {
    const value = amounts.get(unit);
    if (value === undefined) continue;
    if (['H', 'MIN', 'S'].includes(unit)) time += `${value}${unit === 'MIN' ? 'M' : unit}`;
    else date += `${value}${unit}`;
  }
  return time ? `${date}T${time}` : date;
}
