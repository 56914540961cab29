/**
 * SOQL literals: string escapes, LIKE patterns and datetime literals. The parser hands string literals over
 * raw (quotes and backslashes included), so decoding and validating escapes happens here.
 * Escapes per the SOQL reference: \n \r \t \b \f \" \' \\ \uXXXX, and \% \_ inside LIKE; any other
 * backslash is a MALFORMED_QUERY.
 */
import type { SoqlErrors } from './errors';

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };

/** One decoded piece of a string literal: `wildcard` for an unescaped % or _. */
type Piece = { text: string } | { wildcard: '%' | '_' };

function pieces(raw: string, errors: SoqlErrors, like: boolean): Piece[] {
  const body = raw.slice(1, -1);
  const out: Piece[] = [];
  for (let i = 0; i < body.length; i++) {
    const char = body.charAt(i);
    if (char !== '\\') {
      out.push(like && (char === '%' || char === '_') ? { wildcard: char } : { text: char });
      continue;
    }
    const next = body.charAt(i + 1);
    const hex = body.slice(i + 2, i + 6);
    if (next in ESCAPES) out.push({ text: ESCAPES[next] ?? next });
    else if (like && (next === '%' || next === '_')) out.push({ text: next });
    else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
      out.push({ text: String.fromCharCode(parseInt(hex, 16)) });
      i += 4;
    } else {
      // [unsure] of Salesforce's exact wording.
      throw errors.malformed(`Invalid string literal ${raw}. Illegal character sequence '\\${next}' in string literal.`, raw);
    }
    i++;
  }
  return out;
}

/** The value of a quoted string literal. */
export function decodeString(raw: string, errors: SoqlErrors): string {
  return pieces(raw, errors, false).map((piece) => ('text' in piece ? piece.text : piece.wildcard)).join('');
}

/** A LIKE pattern as an anchored, case-insensitive RegExp (% any run, _ one character). */
export function likePattern(raw: string, errors: SoqlErrors): RegExp {
  const source = pieces(raw, errors, true)
    .map((piece) => ('text' in piece ? piece.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : piece.wildcard === '%' ? '.*' : '.'))
    .join('');
  return new RegExp(`^${source}$`, 'is');
}

/** A datetime literal (2026-03-31T14:00:00Z, …T14:00:00.000+02:00, …T14:00:00-0800) as a stored ISO instant. */
export function parseDatetimeLiteral(text: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?)(Z|[+-]\d{2}:?\d{2})$/i.exec(text);
  if (!match) return undefined;
  const zone = (match[2] ?? 'Z').toUpperCase();
  const instant = Date.parse(`${match[1]}${zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`}`);
  return Number.isNaN(instant) ? undefined : new Date(instant).toISOString();
}
