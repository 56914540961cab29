/**
 * One comparison (`Amount > 1000`, `StageName IN ('a','b')`, `CloseDate = THIS_QUARTER`, `Name LIKE 'Ac%'`)
 * as a predicate over a value. Semantics as in SOQL: text compares case-insensitively; `!=` and `NOT IN`
 * match null values; a date literal is a range of whole days in the user's time zone (`=` inside it,
 * `<` before its start, `>` after its end), applied to a datetime field as the instants those days span.
 */
import { startOfDay } from '../calendar';
import { normalizeId } from '../ids';
import type { FieldType } from '../types';
import { dateLiteral, type DateRange } from './dateLiterals';
import type { SoqlErrors } from './errors';
import { decodeString, likePattern, parseDatetimeLiteral } from './literals';
import type { Runtime } from './runtime';

type Kind = 'text' | 'id' | 'number' | 'boolean' | 'date' | 'datetime';

export function kindOf(type: FieldType): Kind {
  switch (type) {
    case 'id': case 'reference': return 'id';
    case 'currency': case 'double': case 'percent': case 'int': return 'number';
    case 'boolean': case 'date': case 'datetime': return type;
    default: return 'text';
  }
}

/** The type names Salesforce uses in "must be of type …" messages. */
const KIND_NAMES: Readonly<Record<Kind, string>> = { text: 'string', id: 'id', number: 'double', boolean: 'boolean', date: 'date', datetime: 'dateTime' };

/** A comparable value: null, a scalar, or a date-literal range (dates, or ISO instants for datetime fields). */
type Operand = null | string | number | boolean | DateRange;

export interface ComparisonInput {
  /** The operand's type and its name in error messages. */
  type: FieldType;
  name: string;
  operator: string;
  value: string | string[];
  literalType?: string | string[];
  dateLiteralVariable?: number | number[];
}

export type ValuePredicate = (value: unknown, runtime: Runtime) => boolean;

function isRange(operand: Operand): operand is DateRange {
  return typeof operand === 'object' && operand !== null;
}

/** A stored value in comparable form (text lower-cased, so comparisons ignore case). */
function comparable(kind: Kind, value: unknown): Operand {
  if (value === null || value === undefined) return null;
  return kind === 'text' ? String(value).toLowerCase() : (value as Operand);
}

function scalarCompare(operator: string, value: string | number | boolean, operand: string | number | boolean): boolean {
  switch (operator) {
    case '=': return value === operand;
    case '!=': return value !== operand;
    case '<': return value < operand;
    case '<=': return value <= operand;
    case '>': return value > operand;
    default: return value >= operand;
  }
}

function rangeCompare(operator: string, value: string | number | boolean, range: DateRange): boolean {
  switch (operator) {
    case '=': return value >= range.start && value < range.end;
    case '!=': return value < range.start || value >= range.end;
    case '<': return value < range.start;
    case '<=': return value < range.end;
    case '>': return value >= range.end;
    default: return value >= range.start;
  }
}

/** `=`, `!=`, `<`… between a value and one operand, with SOQL's null rules. */
function compare(operator: string, value: Operand, operand: Operand): boolean {
  if (operand === null) return operator === '=' ? value === null : operator === '!=' ? value !== null : false;
  if (value === null || isRange(value)) return operator === '!=';
  return isRange(operand) ? rangeCompare(operator, value, operand) : scalarCompare(operator, value, operand);
}

/**
 * Turns literal text into an operand for a field of `kind`; date literals resolve per execution (they depend
 * on the user's "today" and time zone), everything else once.
 */
function literalOperand(input: ComparisonInput, kind: Kind, text: string, literalType: string, n: number, errors: SoqlErrors): (runtime: Runtime) => Operand {
  const mismatch = (): Error => errors.filterType(input.name, KIND_NAMES[kind], literalType === 'STRING', text);
  if (literalType === 'NULL') return () => null;
  switch (kind) {
    case 'text': {
      if (literalType !== 'STRING') throw mismatch();
      const decoded = decodeString(text, errors).toLowerCase();
      return () => decoded;
    }
    case 'id': {
      if (literalType !== 'STRING') throw mismatch();
      const decoded = decodeString(text, errors);
      const id = normalizeId(decoded);
      if (!id) throw errors.invalidId(decoded);
      return () => id;
    }
    case 'number': {
      if (!/^(INTEGER|DECIMAL)/.test(literalType)) throw mismatch();
      const number = Number(text.replace(/^[A-Za-z]{3}/, '')); // USD100 → 100 (currency-prefixed literal)
      return () => number;
    }
    case 'boolean': {
      if (literalType !== 'BOOLEAN') throw mismatch();
      const value = text.toUpperCase() === 'TRUE';
      return () => value;
    }
    default: {
      if (literalType === 'DATE_LITERAL' || literalType === 'DATE_N_LITERAL') {
        const literal = dateLiteral(text.split(':')[0]?.toUpperCase() ?? '', n);
        if (!literal) throw errors.unexpectedToken(text);
        const key = {};
        return (runtime) => runtime.memo(key, () => {
          const range = literal(runtime.ctx);
          if (kind === 'date') return range;
          const tz = runtime.ctx.timeZone;
          return { start: new Date(startOfDay(range.start, tz)).toISOString(), end: new Date(startOfDay(range.end, tz)).toISOString() };
        });
      }
      if (kind === 'date' && literalType === 'DATE') return () => text;
      const instant = kind === 'datetime' && literalType === 'DATETIME' ? parseDatetimeLiteral(text) : undefined;
      if (instant === undefined) throw mismatch();
      return () => instant;
    }
  }
}

function listOf<T>(value: T | T[] | undefined, index: number, fallback: T): T {
  return Array.isArray(value) ? value[index] ?? value[0] ?? fallback : value ?? fallback;
}

/** Compiles `<operand> <operator> <literal(s)>` into a predicate over the operand's stored value. */
export function compileComparison(input: ComparisonInput, errors: SoqlErrors): ValuePredicate {
  const operator = input.operator.toUpperCase();
  const kind = kindOf(input.type);
  const texts = Array.isArray(input.value) ? input.value : [input.value];
  if (operator === 'LIKE') {
    if (kind !== 'text') throw errors.invalidField(`invalid operator on ${KIND_NAMES[kind]} field: LIKE`, input.name);
    if (listOf(input.literalType, 0, 'STRING') !== 'STRING') throw errors.filterType(input.name, 'string', false, texts[0]);
    const pattern = likePattern(texts[0] ?? "''", errors);
    return (value) => typeof value === 'string' && pattern.test(value);
  }
  if (operator === 'INCLUDES' || operator === 'EXCLUDES') {
    throw errors.invalidField(`includes or excludes operator only valid on multipicklist field: ${input.name}`, input.name);
  }
  const operands = texts.map((text, i) => literalOperand(input, kind, text, listOf(input.literalType, i, 'STRING'), listOf(input.dateLiteralVariable, i, 0), errors));
  if (operator === 'IN' || operator === 'NOT IN') {
    const negate = operator === 'NOT IN';
    return (value, runtime) => {
      const subject = comparable(kind, value);
      if (subject === null) return negate;
      return operands.some((operand) => compare('=', subject, operand(runtime))) !== negate;
    };
  }
  const [operand] = operands;
  if (!operand) throw errors.unexpectedToken(operator);
  return (value, runtime) => compare(operator, comparable(kind, value), operand(runtime));
}
