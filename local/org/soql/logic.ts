/**
 * AND / OR / NOT with parentheses. The parser flattens a WHERE (or HAVING) clause into a chain of conditions
 * carrying open/close parenthesis counts; this rebuilds the tree. SOQL requires parentheses where AND and OR
 * meet ("Client applications must specify parentheses when nesting operators"), so mixing them at one level
 * is a MALFORMED_QUERY, as in Salesforce.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_conditionexpression.htm
 */
import type { Condition, HavingClause, WhereClause } from '@jetstreamapp/soql-parser-js';
import type { SoqlErrors } from './errors';
import type { Runtime } from './runtime';

export type Predicate<T> = (row: T, runtime: Runtime) => boolean;

type Token<C> = { kind: '(' | ')' | 'NOT' } | { kind: 'AND' | 'OR'; text: string } | { kind: 'cond'; cond: C };

function isCondition(value: unknown): value is Condition & { openParen?: number; closeParen?: number } {
  return typeof value === 'object' && value !== null && ('field' in value || 'fn' in value);
}

function repeat<C>(kind: '(' | ')', count: number | undefined): Token<C>[] {
  return Array.from({ length: count ?? 0 }, () => ({ kind }));
}

function tokenize<C>(clause: WhereClause | HavingClause): Token<C>[] {
  const tokens: Token<C>[] = [];
  for (let node: WhereClause | HavingClause | undefined = clause; node; node = 'right' in node ? node.right : undefined) {
    const left: unknown = node.left;
    if (isCondition(left)) {
      tokens.push(...repeat<C>('(', left.openParen), { kind: 'cond', cond: left as C }, ...repeat<C>(')', left.closeParen));
    } else if (typeof left === 'object' && left !== null && 'openParen' in left) {
      tokens.push(...repeat<C>('(', (left as { openParen: number }).openParen)); // "(NOT …": parens before a NOT
    }
    const operator = 'operator' in node ? node.operator : undefined;
    if (operator === 'NOT') tokens.push({ kind: 'NOT' });
    else if (operator) tokens.push({ kind: operator.toUpperCase() as 'AND' | 'OR', text: operator });
  }
  return tokens;
}

/** Compiles a clause into one predicate; `leaf` compiles each condition. */
export function compileLogic<C, T>(clause: WhereClause | HavingClause, leaf: (cond: C) => Predicate<T>, errors: SoqlErrors): Predicate<T> {
  const tokens = tokenize<C>(clause);
  let position = 0;

  function unary(): Predicate<T> {
    const token = tokens[position++];
    if (!token || token.kind === ')' || token.kind === 'AND' || token.kind === 'OR') {
      throw errors.unexpectedToken(token && 'text' in token ? token.text : token?.kind ?? '');
    }
    if (token.kind === 'NOT') {
      const inner = unary();
      return (row, runtime) => !inner(row, runtime);
    }
    if (token.kind === 'cond') return leaf(token.cond);
    const inner = expression();
    if (tokens[position++]?.kind !== ')') throw errors.unexpectedToken('');
    return inner;
  }

  function expression(): Predicate<T> {
    const operands = [unary()];
    let operator: 'AND' | 'OR' | undefined;
    for (let next = tokens[position]; next && (next.kind === 'AND' || next.kind === 'OR'); next = tokens[position]) {
      if (operator && next.kind !== operator) throw errors.unexpectedToken(next.text);
      operator = next.kind;
      position++;
      operands.push(unary());
    }
    if (operands.length === 1) return operands[0] as Predicate<T>;
    return operator === 'AND'
      ? (row, runtime) => operands.every((p) => p(row, runtime))
      : (row, runtime) => operands.some((p) => p(row, runtime));
  }

  const predicate = expression();
  if (position < tokens.length) throw errors.unexpectedToken(')');
  return predicate;
}
