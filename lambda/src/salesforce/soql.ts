/**
 * The one place SOQL text is assembled from values. Anything that came from speech or from an API goes
 * through these helpers; jsforce's escapeSOQLString leaves backslashes alone, so it is not used.
 */

/** A quoted SOQL string literal: backslash first, then quotes (SOQL and SOSL Reference, "Quoted String Escape Sequences"). */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

/** A quoted LIKE pattern matching `value` literally, with `%` around it when `contains` is set. */
export function soqlLike(value: string, { contains = true } = {}): string {
  const literal = soqlString(value).slice(1, -1).replace(/%/g, '\\%').replace(/_/g, '\\_');
  return contains ? `'%${literal}%'` : `'${literal}'`;
}

/** A record Id in a query; ids come from Salesforce, but a malformed one must never reach the WHERE clause. */
export function soqlId(id: string): string {
  if (!/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(id)) throw new Error(`not a Salesforce id: ${JSON.stringify(id)}`);
  return `'${id}'`;
}

/** ` WHERE a AND b` from the conditions that are set, or '' when none is. */
export function whereAll(conditions: readonly (string | false | null | undefined)[]): string {
  const set = conditions.filter((c): c is string => Boolean(c));
  return set.length ? ` WHERE ${set.join(' AND ')}` : '';
}

/** A number in a query; spoken amounts are finite, but NaN or Infinity must never reach the WHERE clause. */
export function soqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a number for SOQL: ${value}`);
  return String(value);
}
