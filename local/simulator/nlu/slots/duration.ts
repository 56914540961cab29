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
};
/** German quantities before a unit: the article ("eine Woche") and the small numbers a delay is said in. */
const GERMAN_QUANTITY: Record<string, number> = { ein: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6 };
/** What half of a unit is, in the next smaller unit ("half an hour" = 30 minutes). */
const HALF: Partial<Record<Unit, [number, Unit]>> = { D: [12, 'H'], H: [30, 'MIN'], MIN: [30, 'S'], Y: [6, 'M'] };
const ORDER: Unit[] = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'];

export function toAlexaDuration(words: readonly string[]): string | null {
  const amounts = new Map<Unit, number>();
  let quantity: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const unit = UNITS[word];
    if (!unit) {
      quantity.push(word);
      continue;
    }
    let value = readQuantity(quantity);
    if (value === null) return null;
    quantity = [];
    if (words[i + 1] === 'and' && words[i + 2] === 'a' && words[i + 3] === 'half') {
      value += 0.5;
      i += 3;
    }
    add(amounts, unit, value);
    if (words[i + 1] === 'and') i++;
  }
  if (quantity.length > 0 || amounts.size === 0) return null;
  return format(amounts);
}

/** "an" → 1, "two and a half" → 2.5, "half an" → 0.5, "ninety" → 90. */
function readQuantity(words: readonly string[]): number | null {
  const text = words.join(' ');
  if (text === 'a' || text === 'an') return 1;
  if (text === 'half a' || text === 'half an') return 0.5;
  if (GERMAN_QUANTITY[text] !== undefined) return GERMAN_QUANTITY[text];
  const half = / and a half$/.exec(text);
  const whole = parseCardinal(half ? words.slice(0, -3) : words);
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
