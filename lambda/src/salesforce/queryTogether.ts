/**
 * Several SOQL queries in one round trip: GET subrequests of one composite call, answered by name.
 * A subrequest that failed throws the same kinds of error as a single query would (errors.ts).
 */
import { SalesforceUnavailableError, classifySalesforceError } from './errors';
import type { QueryResult, SalesforcePort } from './port';

export type Queries<T> = { [K in keyof T]: string };
export type Results<T> = { [K in keyof T]: QueryResult<T[K]> };

/** The port throws a failed subrequest's error already; this catches an answer without a Salesforce error body. */
function subrequestError(status: number, body: unknown): Error {
  const first = Array.isArray(body) ? (body[0] as { errorCode?: string; message?: string } | undefined) : undefined;
  // Named as jsforce names a bodiless failure (ERROR_HTTP_503 …), so 5xx still means "try later".
  return classifySalesforceError({ errorCode: first?.errorCode ?? `ERROR_HTTP_${status}`, message: first?.message ?? `composite subrequest answered ${status}` });
}

/** Runs every query of `queries` (name → SOQL) in one composite call; the answer has the same names. */
export async function queryTogether<T extends Record<string, unknown>>(port: SalesforcePort, queries: Queries<T>): Promise<Results<T>> {
  const names = Object.keys(queries) as (keyof T & string)[];
  const answers = await port.composite(names.map((name) => ({ method: 'GET', url: port.queryUrl(queries[name]), referenceId: name })));
  const byRef = new Map(answers.map((a) => [a.referenceId, a]));
  const results = {} as Results<T>;
  for (const name of names) {
    const answer = byRef.get(name);
    if (!answer) throw new SalesforceUnavailableError(`composite answer lacks ${name}`);
    if (answer.httpStatusCode >= 400) throw subrequestError(answer.httpStatusCode, answer.body);
    results[name] = answer.body as QueryResult<T[typeof name]>;
  }
  return results;
}
