/**
 * Basic SOSL for name lookups: `FIND {term} [IN ALL|NAME|EMAIL|PHONE FIELDS]
 * [RETURNING Object[(fields [WHERE …] [ORDER BY …] [LIMIT n])], …] [LIMIT n]`.
 * Terms match whole words, case- and accent-insensitively; `*` (any run) and `?` (one character) are
 * wildcards; "quoted phrases" match consecutive words; AND, OR, AND NOT and parentheses combine terms,
 * neighbours without an operator are ANDed (SOQL and SOSL Reference, "FIND SearchQuery").
 * Each object's fields, WHERE and ORDER BY run through the SOQL engine over the matching ids, so records
 * print as a query prints them; LIMIT/OFFSET apply after ranking (a name starting with the first term first).
 */
import { executeSoql } from './soql';
import { SalesforceError, type FieldDef, type OrgStore, type QueryContext, type SObjectRecord } from './types';

type Term = { kind: 'term'; words: RegExp[] };
type Expr = Term | { kind: 'and' | 'or'; left: Expr; right: Expr } | { kind: 'not'; expr: Expr };
type Scope = 'ALL' | 'NAME' | 'EMAIL' | 'PHONE';

interface ObjectSpec {
  name: string;
  fields: string[];
  /** Condition and ordering text, passed to SOQL as written. */
  where?: string;
  orderBy?: string;
  limit?: number;
  offset: number;
}

const MAX_RESULTS = 2000;
const TEXT_TYPES: ReadonlySet<FieldDef['type']> = new Set(['string', 'textarea', 'email', 'phone', 'url', 'picklist']);

function malformed(message: string): SalesforceError {
  return new SalesforceError('MALFORMED_SEARCH', message, 400);
}

/**
 * Lower case, accents and apostrophes dropped: "O'Reilly" and "oreilly" are the same word, so a spoken name
 * finds it. [unsure] how Salesforce's index splits words at apostrophes.
 */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase();
}

function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A search word (wildcards kept) as a whole-word pattern. */
function wordPattern(word: string): RegExp {
  const source = word.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\p{L}\\p{N}]*').replace(/\?/g, '[\\p{L}\\p{N}]');
  return new RegExp(`^${source}$`, 'u');
}

/** A term's words: reserved characters arrive backslash-escaped and separate words like any punctuation. */
function term(text: string): Term | undefined {
  const parts = fold(text.replace(/\\(.)/g, '$1')).split(/[^\p{L}\p{N}*?]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return parts.length ? { kind: 'term', words: parts.map(wordPattern) } : undefined;
}

/** Splits the text inside `{…}` into phrases, bare words, operators and parentheses. */
function lex(search: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*("(?:\\.|[^"\\])*"|\(|\)|(?:\\.|[^\s()"])+)/gy;
  let end = 0;
  for (let match = pattern.exec(search); match; match = pattern.exec(search)) {
    tokens.push(match[1] ?? '');
    end = pattern.lastIndex;
  }
  if (search.slice(end).trim()) throw malformed(`Invalid search term: ${search}`);
  return tokens;
}

/** expr := and (OR and)* ; and := unary ((AND [NOT] | AND NOT | ε) unary)* ; unary := ( expr ) | term */
function parseTerms(search: string): Expr {
  const tokens = lex(search);
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const upper = (): string | undefined => peek()?.toUpperCase();
  const unary = (): Expr | undefined => {
    const token = tokens[at++];
    if (token === undefined) throw malformed('Incomplete search term');
    if (token === '(') {
      const inner = or();
      if (tokens[at++] !== ')') throw malformed('Unbalanced parentheses in search term');
      return inner;
    }
    return term(token.startsWith('"') ? token.slice(1, -1) : token);
  };
  const combine = (kind: 'and' | 'or', left: Expr | undefined, right: Expr | undefined): Expr | undefined =>
    left && right ? { kind, left, right } : (left ?? right);
  const and = (): Expr | undefined => {
    let left = unary();
    while (peek() !== undefined && peek() !== ')' && upper() !== 'OR') {
      if (upper() === 'AND') at++;
      let negate = false;
      if (upper() === 'NOT') {
        negate = true;
        at++;
      }
      const right = unary();
      left = combine('and', left, negate && right ? { kind: 'not', expr: right } : right);
    }
    return left;
  };
  const or = (): Expr | undefined => {
    let left = and();
    while (upper() === 'OR') {
      at++;
      left = combine('or', left, and());
    }
    return left;
  };
  const expr = or();
  if (at < tokens.length) throw malformed('Unbalanced parentheses in search term');
  if (!expr || words(search).join('').length < 2) {
    throw new SalesforceError('INVALID_SEARCH', 'search term must be longer than one character', 400);
  }
  return expr;
}

function matchesTerm(t: Term, text: string[]): boolean {
  for (let start = 0; start + t.words.length <= text.length; start++) {
    if (t.words.every((w, i) => w.test(text[start + i] ?? ''))) return true;
  }
  return false;
}

function matches(expr: Expr, text: string[]): boolean {
  switch (expr.kind) {
    case 'term': return matchesTerm(expr, text);
    case 'not': return !matches(expr.expr, text);
    case 'and': return matches(expr.left, text) && matches(expr.right, text);
    case 'or': return matches(expr.left, text) || matches(expr.right, text);
  }
}

function firstTerm(expr: Expr): Term {
  return expr.kind === 'term' ? expr : firstTerm(expr.kind === 'not' ? expr.expr : expr.left);
}

function searchedFields(fields: FieldDef[], scope: Scope): FieldDef[] {
  switch (scope) {
    case 'NAME': return fields.filter((f) => f.nameField || f.name === 'FirstName' || f.name === 'LastName');
    case 'EMAIL': return fields.filter((f) => f.type === 'email');
    case 'PHONE': return fields.filter((f) => f.type === 'phone');
    case 'ALL': return fields.filter((f) => TEXT_TYPES.has(f.type));
  }
}

/** The index just past the `)` closing the `(` at `open`, skipping quoted text. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')' && --depth === 0) return i + 1;
  }
  throw malformed('Unbalanced parentheses in RETURNING clause');
}

/** `Name, Id WHERE … ORDER BY … LIMIT 5 OFFSET 1` inside an object's parentheses. [unsure] keywords inside string literals. */
function objectSpec(name: string, inner: string): ObjectSpec {
  const parts = /^(.*?)(?:\s+WHERE\s+(.*?))?(?:\s+ORDER\s+BY\s+(.*?))?(?:\s+LIMIT\s+(\d+))?(?:\s+OFFSET\s+(\d+))?\s*$/is.exec(inner);
  return {
    name,
    fields: (parts?.[1] ?? '').split(',').map((f) => f.trim()).filter(Boolean),
    ...(parts?.[2] ? { where: parts[2] } : {}),
    ...(parts?.[3] ? { orderBy: parts[3] } : {}),
    ...(parts?.[4] ? { limit: Number(parts[4]) } : {}),
    offset: Number(parts?.[5] ?? 0),
  };
}

/** `Account(Id, Name LIMIT 5), Contact` → specs, and whatever follows the list. */
function parseReturning(text: string): { objects: ObjectSpec[]; rest: string } {
  const objects: ObjectSpec[] = [];
  let at = 0;
  for (;;) {
    const name = /^\s*(\w+)\s*/.exec(text.slice(at));
    if (!name?.[1]) throw malformed(`Invalid RETURNING clause: ${text}`);
    at += name[0].length;
    let inner = '';
    if (text[at] === '(') {
      const end = closingParen(text, at);
      inner = text.slice(at + 1, end - 1);
      at = end;
    }
    objects.push(objectSpec(name[1], inner));
    const comma = /^\s*,/.exec(text.slice(at));
    if (!comma) return { objects, rest: text.slice(at) };
    at += comma[0].length;
  }
}

interface Parsed { expr: Expr; scope: Scope; objects: ObjectSpec[] | undefined; limit: number }

function parse(sosl: string): Parsed {
  const head = /^\s*FIND\s*(?:\{((?:\\.|[^\\}])*)\}|'((?:\\.|[^\\'])*)')(.*)$/is.exec(sosl);
  if (!head) throw malformed('No search term found. The search term must be enclosed in braces.');
  const expr = parseTerms(head[1] ?? head[2] ?? '');
  let rest = head[3] ?? '';
  let scope: Scope = 'ALL';
  const inClause = /^\s*IN\s+(ALL|NAME|EMAIL|PHONE)\s+FIELDS\b/i.exec(rest);
  if (inClause) {
    scope = (inClause[1] ?? 'ALL').toUpperCase() as Scope;
    rest = rest.slice(inClause[0].length);
  }
  let objects: ObjectSpec[] | undefined;
  const returning = /^\s*RETURNING\s/i.exec(rest);
  if (returning) ({ objects, rest } = parseReturning(rest.slice(returning[0].length)));
  let limit = MAX_RESULTS;
  const limitClause = /^\s*LIMIT\s+(\d+)/i.exec(rest);
  if (limitClause) {
    limit = Math.min(MAX_RESULTS, Number(limitClause[1]));
    rest = rest.slice(limitClause[0].length);
  }
  if (rest.trim()) throw malformed(`unexpected token: '${rest.trim().split(/\s+/)[0]}'`);
  return { expr, scope, objects, limit };
}

/** The id a result row stands for: the end of its `attributes.url` (the row may not select Id). */
function rowId(row: Record<string, unknown>): string {
  const attributes = row.attributes as { url?: string } | undefined;
  return attributes?.url?.split('/').pop() ?? '';
}

/** `GET /search?q=`: `{ searchRecords: [...] }`. */
export function executeSosl(sosl: string, store: OrgStore, context: QueryContext): { searchRecords: Record<string, unknown>[] } {
  const { expr, scope, objects, limit } = parse(sosl);
  const specs = objects ?? store.objects()
    .filter((def) => def.searchable !== false && def.fields.some((f) => f.nameField))
    .map((def): ObjectSpec => ({ name: def.name, fields: [], offset: 0 }));
  const lead = firstTerm(expr).words[0];
  const searchRecords: Record<string, unknown>[] = [];
  for (const spec of specs) {
    const def = store.describe(spec.name);
    const fields = searchedFields(def.fields, scope);
    const textOf = (record: SObjectRecord): string[] =>
      fields.flatMap((f) => (typeof record[f.name] === 'string' ? words(record[f.name] as string) : []));
    const rank = new Map<string, number>();
    for (const record of store.all(def.name)) {
      const text = textOf(record);
      if (record.IsDeleted !== true && matches(expr, text)) rank.set(record.Id, lead?.test(text[0] ?? '') ? 0 : 1);
    }
    if (rank.size === 0) continue;
    const ids = [...rank.keys()].map((id) => `'${id}'`).join(', ');
    const where = `Id IN (${ids})${spec.where ? ` AND (${spec.where})` : ''}`;
    const orderBy = spec.orderBy ? ` ORDER BY ${spec.orderBy}` : '';
    const soql = `SELECT ${spec.fields.length ? spec.fields.join(', ') : 'Id'} FROM ${def.name} WHERE ${where}${orderBy}`;
    const rows = executeSoql(soql, store, context).records;
    // Without ORDER BY, Salesforce orders by relevance; the stable sort keeps the org's order within a rank.
    if (!spec.orderBy) rows.sort((a, b) => (rank.get(rowId(a)) ?? 1) - (rank.get(rowId(b)) ?? 1));
    searchRecords.push(...rows.slice(spec.offset, spec.limit === undefined ? undefined : spec.offset + spec.limit));
  }
  return { searchRecords: searchRecords.slice(0, limit) };
}
