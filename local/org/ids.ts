/**
 * Salesforce record ids: 15 case-sensitive characters (3-character key prefix first) plus, in the 18-character
 * form, a 3-character suffix that encodes which of the 15 are upper case, so the long form survives
 * case-insensitive handling.
 */
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-5]{3})?$/;

function isUpper(char: string): boolean {
  return char >= 'A' && char <= 'Z';
}

/** The 3-character case-safe suffix of a 15-character id. */
function suffixOf(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) if (isUpper(id15.charAt(chunk * 5 + i))) bits |= 1 << i;
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/**
 * The canonical 18-character form of a 15- or 18-character id, or undefined when the text is not an id.
 * An 18-character id may arrive with its case changed: the suffix restores it, as Salesforce does.
 */
export function normalizeId(id: string): string | undefined {
  if (!ID_PATTERN.test(id)) return undefined;
  if (id.length === 15) return id + suffixOf(id);
  const suffix = id.slice(15).toUpperCase();
  let id15 = '';
  for (let i = 0; i < 15; i++) {
    const bits = SUFFIX_ALPHABET.indexOf(suffix.charAt(Math.floor(i / 5)));
    const char = id.charAt(i);
    id15 += bits & (1 << (i % 5)) ? char.toUpperCase() : char.toLowerCase();
  }
  return id15 + suffixOf(id15);
}

/** The `sequence`-th id of an object: key prefix, a fixed pod-like segment, then the sequence in base 62. */
export function makeId(keyPrefix: string, sequence: number): string {
  let digits = '';
  for (let n = sequence; n > 0; n = Math.floor(n / 62)) digits = BASE62.charAt(n % 62) + digits;
  const id15 = `${keyPrefix}Hs00${digits.padStart(8, '0')}`;
  return id15 + suffixOf(id15);
}
