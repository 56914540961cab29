/**
 * Spoken cardinal numbers → numbers ("a hundred and five" → 105, "twenty one" → 21, "12" → 12).
 * Written here rather than with words-to-numbers because the NLU needs a strict whole-span answer,
 * and that package misreads scales ("one hundred and five thousand" → 5100), turns "a half" into
 * "1 half" and reads ordinals ("second") as cardinals, which AMAZON.NUMBER does not.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

type Last = 'start' | 'article' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and';

/**
 * Spanish speech recognition writes figures the Spanish way: "250.000" (a full stop between thousands), "1,5
 * millones" (a decimal comma), "250 mil" [unconfirmed: Alexa's es-ES transcriptions are not documented; this is how
 * Spanish writes them].
 */
const SPANISH_SCALES: Record<string, number> = { mil: 1_000, millón: 1_000_000, millones: 1_000_000 };
/**
 * French recognition's "250 mille", "1,5 million", "2 millions" [unconfirmed: how Alexa's French recognition writes
 * them; this is how French writes them].
 */
const FRENCH_SCALES: Record<string, number> = { mille: 1_000, million: 1_000_000, millions: 1_000_000, milliard: 1_000_000_000, milliards: 1_000_000_000 };
/**
 * German recognition's "250 Tausend", "1,5 Millionen", "2 Milliarden" [unconfirmed: how Alexa's German recognition
 * writes them; this is how German writes them].
 */
const GERMAN_SCALES: Record<string, number> = { tausend: 1_000, million: 1_000_000, millionen: 1_000_000, milliarde: 1_000_000_000, milliarden: 1_000_000_000 };
/** Scale words after digits, by language; English's for a language not written here. */
const DIGIT_SCALES: Readonly<Record<string, Record<string, number>>> = { en: SCALES, es: SPANISH_SCALES, fr: FRENCH_SCALES, de: GERMAN_SCALES };
/** Languages that write a decimal comma and group thousands with a full stop ("1,5", "250.000"). */
const DECIMAL_COMMA = /^(es|fr|de)/;

/** A figure written in digits, in the way `locale` writes them ("1.5" / "12"; "1,5" / "250.000" in Spanish), or null. */
function digits(word: string, locale: string): number | null {
  const comma = DECIMAL_COMMA.test(locale);
  const figure = comma ? word.replace(/^(\d{1,3})((?:\.\d{3})+)$/, (_, head: string, groups: string) => head + groups.replace(/\./g, '')).replace(',', '.') : word;
  return /^\d+(\.\d+)?$/.test(figure) ? Number(figure) : null;
}

/**
 * Spanish number words up to a hundred, for recognition that spells a small number out ("a las diez", "mis tres
 * mejores oportunidades") [unconfirmed: whether Alexa's Spanish recognition writes them as words or digits].
 */
const SPANISH_WORDS: Record<string, number> = Object.fromEntries(
  ('cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho ' +
    'diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve')
    .split(' ')
    .map((word, value) => [word, value]),
);
const SPANISH_TENS: Record<string, number> = { treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 };

const SPANISH_HUNDREDS: Record<string, number> = Object.fromEntries(
  ['ciento', 'doscient', 'trescient', 'cuatrocient', 'quinient', 'seiscient', 'setecient', 'ochocient', 'novecient']
    .flatMap((stem, i) => (i === 0 ? [[stem, 100]] : [[`${stem}os`, (i + 1) * 100], [`${stem}as`, (i + 1) * 100]])),
);

/**
 * Spanish number words, small ones and amounts as a rep says them: "diez" → 10, "treinta y cinco" → 35, "cien mil",
 * "doscientos cincuenta mil", "un millón", "dos millones quinientos mil", "medio millón", "millón y medio".
 */
function parseSpanishWords(words: readonly string[]): number | null {
  const million = words.findIndex((w) => w === 'millón' || w === 'millones');
  if (million >= 0) {
    const before = words.slice(0, million);
    const after = words.slice(million + 1);
    if (before.join(' ') === 'medio' && words[million] === 'millón' && after.length === 0) return 500_000;
    // "un millón y medio", "millón y medio", "dos millones y medio".
    const head = before.length === 0 && words[million] === 'millón' ? 1 : spanishBelowThousand(before);
    const rest = after.length === 0 ? 0 : after.join(' ') === 'y medio' ? 500_000 : parseSpanishWords(after);
    if (head === null || rest === null || rest >= 1_000_000 || (head === 1) !== (words[million] === 'millón')) return null;
    return head * 1_000_000 + rest;
  }
  const thousand = words.indexOf('mil');
  if (thousand >= 0) {
    // "mil" alone is a thousand; "un mil" is not said.
    const head = thousand === 0 ? 1 : spanishBelowThousand(words.slice(0, thousand));
    const rest = thousand === words.length - 1 ? 0 : spanishBelowThousand(words.slice(thousand + 1));
    return head === null || rest === null || (thousand > 0 && head < 2) ? null : head * 1000 + rest;
  }
  return spanishBelowThousand(words);
}

/** One to 999 in words: "cien", "ciento cinco", "trescientos cuarenta y dos", "veinticinco". */
function spanishBelowThousand(words: readonly string[]): number | null {
  if (words.length === 0) return null;
  if (words.length === 1 && words[0] === 'cien') return 100;
  const hundreds = SPANISH_HUNDREDS[words[0]!];
  if (hundreds === undefined) return spanishBelowHundred(words);
  if (words.length === 1) return hundreds === 100 ? null : hundreds;
  const rest = spanishBelowHundred(words.slice(1));
  return rest === null || rest === 0 ? null : hundreds + rest;
}

/** "diez" → 10, "una" → 1, "treinta y cinco" → 35. */
function spanishBelowHundred(words: readonly string[]): number | null {
  const [first, and, unit] = words;
  if (words.length === 1) return first === 'un' || first === 'una' ? 1 : (SPANISH_WORDS[first!] ?? SPANISH_TENS[first!] ?? null);
  const tens = SPANISH_TENS[first!];
  const ones = unit === 'un' || unit === 'una' ? 1 : SPANISH_WORDS[unit!];
  return words.length === 3 && and === 'y' && tens !== undefined && ones !== undefined && ones >= 1 && ones <= 9 ? tens + ones : null;
}

/**
 * [unconfirmed] French number words, for recognition that spells a number out ("mes trois plus grosses affaires",
 * "plus de cent mille dollars"), as AMAZON.NUMBER hands them on as digits: up to 99 as France says them
 * ("soixante-dix", "quatre-vingt-onze", "vingt et un"; tokenize splits the hyphens), then "cent", "mille",
 * "million(s)", "milliard(s)".
 */
const FRENCH_UNITS = 'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'.split(' ');
const FRENCH_TENS: Record<number, string> = { 20: 'vingt', 30: 'trente', 40: 'quarante', 50: 'cinquante', 60: 'soixante' };
/** 0–99 spelled the French way, keyed by the spelling with single spaces: "soixante dix sept" → 77. */
const FRENCH_BELOW_100: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 100 }, (_, n): [string, number] => [frenchBelow100(n), n]).concat([['une', 1], ['quatre vingt', 80], ['vingt et une', 21]]),
);
function frenchBelow100(n: number): string {
  if (n <= 16) return FRENCH_UNITS[n]!;
  if (n < 20) return `dix ${FRENCH_UNITS[n - 10]}`;
  if (n >= 80) return n === 80 ? 'quatre vingts' : `quatre vingt ${frenchBelow100(n - 80)}`;
  const tens = n >= 70 ? 60 : Math.floor(n / 10) * 10;
  const rest = n - tens;
  return rest === 0 ? FRENCH_TENS[tens]! : rest === 1 || rest === 11 ? `${FRENCH_TENS[tens]} et ${frenchBelow100(rest)}` : `${FRENCH_TENS[tens]} ${frenchBelow100(rest)}`;
}
/** "trois cent vingt" → 320, "cent" → 100; null for anything else. */
function frenchBelow1000(words: readonly string[]): number | null {
  const at = words.findIndex((w) => w === 'cent' || w === 'cents');
  if (at < 0) return words.length > 0 ? (FRENCH_BELOW_100.get(words.join(' ')) ?? null) : null;
  const head = at === 0 ? 1 : FRENCH_BELOW_100.get(words.slice(0, at).join(' '));
  const tail = at === words.length - 1 ? 0 : FRENCH_BELOW_100.get(words.slice(at + 1).join(' '));
  return head !== undefined && head >= 1 && head <= 9 && tail !== undefined && tail >= 0 ? head * 100 + tail : null;
}
const FRENCH_WORD_SCALES: readonly [readonly string[], number][] = [[['milliard', 'milliards'], 1e9], [['million', 'millions'], 1e6], [['mille'], 1e3]];
/** "cent mille" → 100000, "deux millions" → 2000000, "vingt et un mille" → 21000. */
function parseFrenchWords(words: readonly string[]): number | null {
  let total = 0;
  let rest = words;
  for (const [names, scale] of FRENCH_WORD_SCALES) {
    const at = rest.findIndex((w) => names.includes(w));
    if (at < 0) continue;
    const head = at === 0 ? (scale === 1e3 ? 1 : null) : frenchBelow1000(rest.slice(0, at));
    if (head === null || head === 0) return null;
    total += head * scale;
    rest = rest.slice(at + 1);
  }
  if (rest.length === 0) return total > 0 ? total : null;
  const last = frenchBelow1000(rest);
  return last === null || (total > 0 && last === 0) ? null : total + last;
}

/** The value of words that say exactly one cardinal number, or null. */
export function parseCardinal(words: readonly string[], locale = 'en-US'): number | null {
  if (words.length === 1) {
    // A whole number alone: "12", and in Spanish "250.000"; a decimal alone ("1.5") is no AMAZON.NUMBER.
    const figure = DECIMAL_COMMA.test(locale) ? digits(words[0]!, locale) : /^\d+$/.test(words[0]!) ? Number(words[0]) : null;
    return figure !== null && Number.isInteger(figure) ? figure : wordsIn(words, locale);
  }
  // French groups thousands with a space ("80 000") [unconfirmed: how Alexa's French recognition writes them; this is
  // how French writes them].
  if (locale.startsWith('fr') && /^\d{1,3}$/.test(words[0]!) && words.slice(1).every((w) => /^\d{3}$/.test(w))) return Number(words.join(''));
  // Typed digits with a scale word, as speech recognition writes "250 thousand" or "1.5 million" [unsure: how
  // Alexa writes a spoken "two hundred fifty thousand"; it hands AMAZON.NUMBER the whole value either way].
  const scales = DIGIT_SCALES[locale.split('-')[0]!] ?? SCALES;
  const figure = words.length === 2 && scales[words[1]!] !== undefined ? digits(words[0]!, locale) : null;
  if (figure !== null) {
    const value = figure * scales[words[1]!]!;
    return Number.isInteger(value) ? value : null;
  }
  return wordsIn(words, locale);
}

/**
 * German number words below a hundred; German writes a number as one word ("einundzwanzig", "zweihundertfünfzig")
 * [unconfirmed: whether Alexa's German recognition writes a spoken number as words or digits].
 */
const GERMAN_WORDS: Record<string, number> = {
  ...Object.fromEntries(
    'null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'
      .split(' ')
      .map((word, value) => [word, value]),
  ),
  ein: 1, eine: 1, einen: 1, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/** One German number word: "fünf" → 5, "einundzwanzig" → 21, "zweihundertfünfzigtausend" → 250000, "tausend" → 1000. */
function parseGermanWord(word: string): number | null {
  const thousand = word.lastIndexOf('tausend');
  if (thousand >= 0) {
    const [head, tail] = [word.slice(0, thousand), word.slice(thousand + 'tausend'.length).replace(/^und/, '')];
    const times = head === '' ? 1 : parseGermanBelowThousand(head);
    const rest = tail === '' ? 0 : parseGermanBelowThousand(tail);
    return times !== null && times > 0 && rest !== null ? times * 1000 + rest : null;
  }
  return parseGermanBelowThousand(word);
}

function parseGermanBelowThousand(word: string): number | null {
  const hundred = word.indexOf('hundert');
  if (hundred < 0) return parseGermanBelowHundred(word);
  const [head, tail] = [word.slice(0, hundred), word.slice(hundred + 'hundert'.length).replace(/^und/, '')];
  const times = head === '' ? 1 : GERMAN_WORDS[head];
  const rest = tail === '' ? 0 : parseGermanBelowHundred(tail);
  return times !== undefined && times > 0 && times < 10 && rest !== null ? times * 100 + rest : null;
}

function parseGermanBelowHundred(word: string): number | null {
  // "ein", "eine" alone are articles, as "a" is in English ("eine Woche").
  if (GERMAN_WORDS[word] !== undefined && !word.startsWith('ein')) return GERMAN_WORDS[word]!;
  if (word === 'eins') return 1;
  const compound = /^(.+)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(word);
  const unit = compound ? GERMAN_WORDS[compound[1]!] : undefined;
  return compound && unit !== undefined && unit >= 1 && unit <= 9 && compound[1] !== 'eins' ? unit + GERMAN_WORDS[compound[2]!]! : null;
}

/** Number words in the locale's language: Spanish, French and German ones in those languages, English's otherwise. */
function wordsIn(words: readonly string[], locale: string): number | null {
  // Recognition may split a German number ("zwei hundert fünfzig"); its parts read as the one word they spell.
  if (locale.startsWith('de')) {
    // "eine Million", "zwei Millionen": a scale word stands apart from the number it multiplies.
    const scale = words.length > 1 ? GERMAN_SCALES[words[words.length - 1]!] : undefined;
    const head = words.slice(0, -1).join('');
    if (scale !== undefined && scale >= 1_000_000) {
      const times = head === 'eine' || head === 'ein' ? 1 : parseGermanWord(head);
      return times === null ? null : times * scale;
    }
    return parseGermanWord(words.join(''));
  }
  return locale.startsWith('es') ? parseSpanishWords(words) : locale.startsWith('fr') ? parseFrenchWords(words) : parseWords(words);
}

/** English number words: "a hundred and five", "twenty one". */
function parseWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let last: Last = 'start';
  for (const word of words) {
    const unit = UNITS[word];
    const teen = TEENS[word];
    const tens = TENS[word];
    const scale = SCALES[word];
    if ((word === 'a' || word === 'an') && last === 'start') {
      last = 'article';
    } else if (unit !== undefined && ['start', 'tens', 'hundred', 'scale', 'and'].includes(last)) {
      if (unit === 0 && words.length > 1) return null;
      current += unit;
      last = 'unit';
    } else if (teen !== undefined && ['start', 'hundred', 'scale', 'and'].includes(last)) {
      current += teen;
      last = 'teen';
    } else if (tens !== undefined && ['start', 'hundred', 'scale', 'and'].includes(last)) {
      current += tens;
      last = 'tens';
    } else if (word === 'hundred' && ['article', 'unit', 'teen'].includes(last)) {
      current = (last === 'article' ? 1 : current) * 100;
      last = 'hundred';
    } else if (scale !== undefined && ['article', 'unit', 'teen', 'tens', 'hundred'].includes(last)) {
      total += (last === 'article' ? 1 : current) * scale;
      current = 0;
      last = 'scale';
    } else if (word === 'and' && (last === 'hundred' || last === 'scale')) {
      last = 'and';
    } else {
      return null;
    }
  }
  return ['unit', 'teen', 'tens', 'hundred', 'scale'].includes(last) ? total + current : null;
}

/** Like parseCardinal, but also reads "oh five" (as in times, "ten oh five") as 5. */
export function parseMinutes(words: readonly string[]): number | null {
  if (words[0] === 'oh' && words.length === 2) return UNITS[words[1]!] ?? null;
  return parseCardinal(words);
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
};

/** [unconfirmed] French ordinals as French recognition writes them: "deuxième", "1re", "2e" (Amazon documents English only). */
const FRENCH_ORDINALS: Record<string, number> = {
  premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6,
  septième: 7, huitième: 8, neuvième: 9, dixième: 10,
};

/** Spanish ordinals up to tenth, masculine and feminine ("la segunda", "el tercero", "tercer"), and "2º" / "2ª". */
const SPANISH_ORDINALS: Record<string, number> = Object.fromEntries(
  ['primer', 'segund', 'tercer', 'cuart', 'quint', 'sext', 'séptim', 'octav', 'noven', 'décim'].flatMap((stem, i) => [
    [`${stem}o`, i + 1], [`${stem}a`, i + 1], ...(stem === 'primer' || stem === 'tercer' ? [[stem, i + 1]] : []),
  ]),
);

/**
 * [unconfirmed] German ordinals in every ending ("der zweite", "den zweiten", "die dritte"), and "2." (German's
 * written ordinal; the full stop is dropped with punctuation, so a bare figure is one) (Amazon documents English only).
 */
const GERMAN_ORDINALS: Record<string, number> = Object.fromEntries(
  ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt', 'zehnt'].flatMap((stem, i) =>
    ['e', 'en', 'er', 'es', 'em'].map((ending) => [`${stem}${ending}`, i + 1]),
  ),
);

/** AMAZON.Ordinal: "second" → 2, "twenty first" → 21, "3rd" → 3 (in Spanish "segunda", "3ª"; in French "deuxième", "2e"); null for anything else. */
export function parseOrdinal(words: readonly string[], locale = 'en-US'): number | null {
  if (locale.startsWith('es')) {
    const [word] = words;
    if (words.length !== 1) return null;
    return /^\d+[ºª]$/.test(word!) ? parseInt(word!, 10) : (SPANISH_ORDINALS[word!] ?? null);
  }
  if (locale.startsWith('de')) {
    const [word] = words;
    if (words.length !== 1) return null;
    if (/^\d+$/.test(word!)) return parseInt(word!, 10);
    if (GERMAN_ORDINALS[word!] !== undefined) return GERMAN_ORDINALS[word!]!;
    // From the eleventh on, German adds "t" to the number below twenty ("fünfzehnten") and "st" above ("zwanzigsten").
    const stem = /^(.+?)(s?t)(e|en|er|es|em)$/.exec(word!);
    const value = stem ? parseGermanWord(stem[1]!) : null;
    return value !== null && value >= 11 && (stem![2] === 'st') === value >= 20 ? value : null;
  }
  if (locale.startsWith('fr')) {
    const [word] = words;
    if (words.length !== 1) return null;
    return /^\d+(er|re|e|ème)$/.test(word!) ? parseInt(word!, 10) : (FRENCH_ORDINALS[word!] ?? null);
  }
  const [head, tail] = words;
  if (words.length === 1 && /^\d+(st|nd|rd|th)$/.test(head!)) return parseInt(head!, 10);
  if (words.length === 1) return ORDINALS[head!] ?? null;
  const tens = TENS[head!];
  const unit = ORDINALS[tail!];
  return words.length === 2 && tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : null;
}
