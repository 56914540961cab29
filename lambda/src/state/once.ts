/**
 * A write to Salesforce happens once, however often it is asked for: a repeated request, a Lambda retry, or a
 * "yes" said twice. Each write has a key made from what it writes; the first request claims the key in the
 * state table (a conditional put), performs the write and records the result; any other request with the
 * same key answers with that result instead of writing again.
 *
 * A claim whose owner died mid-write (Lambda timeout, Salesforce unreachable after sending) is ambiguous:
 * the record may or may not exist. After a short while another request takes the claim over, first asks
 * Salesforce whether the record is there (`recover`), and writes only if it is not. When Salesforce did answer but
 * not clearly (a server error, a reply that cannot be read), it is done with the request: the claim is marked
 * `unknown`, and the next request asks at once instead of waiting.
 *
 * Without the state table nothing is written: the claim is what keeps the write single (StateUnavailableError).
 * Once the write is made, failing to record it does not undo it: the pending claim leads the next attempt to ask.
 */
import { createHash } from 'node:crypto';
import { LinkRequiredError, SalesforceLimitError, SalesforceRequestError, SalesforceUnavailableError } from '../salesforce/errors';
import { type StateTable, cachedWrite } from './table';

type Claim<R> = { status: 'pending' | 'unknown'; startedAt: string } | { status: 'done'; startedAt: string; result: R };

export interface OnceOptions<R> {
  table: StateTable;
  /** Everything that makes two writes "the same", e.g. org, user, kind and the fields written. */
  identity: unknown;
  perform: () => Promise<R>;
  /** Looks for the record a lost attempt may have made since `since`. */
  recover: (since: Date) => Promise<R | undefined>;
  now: () => Date;
  /** How long the same write counts as a repeat (default 15 minutes). */
  windowSeconds?: number;
  /** How long a pending claim is trusted to be in progress before another request takes it over. */
  staleAfterMs?: number;
}

export class WriteInProgressError extends Error {
  override name = 'WriteInProgressError';
}

export function writeKey(identity: unknown): string {
  return `write#${createHash('sha256').update(JSON.stringify(identity)).digest('base64url')}`;
}

export async function once<R>(options: OnceOptions<R>): Promise<{ result: R; repeated: boolean }> {
  const { table, now, windowSeconds = 15 * 60, staleAfterMs = 20_000 } = options;
  const key = writeKey(options.identity);
  const pending: Claim<R> = { status: 'pending', startedAt: now().toISOString() };

  async function performClaimed(since: Date | undefined): Promise<{ result: R; repeated: boolean }> {
    const recovered = since ? await options.recover(since) : undefined;
    let result: R;
    try {
      result = recovered ?? (await options.perform());
    } catch (err) {
      // Salesforce refused the write outright (bad value, expired session, no API calls left), so nothing
      // exists: free the key for a retry. A timeout or a lost connection leaves the claim, and the next
      // attempt asks Salesforce before writing.
      if (err instanceof SalesforceRequestError || err instanceof LinkRequiredError || err instanceof SalesforceLimitError) {
        await cachedWrite('freed write claim', () => table.delete(key));
      } else if (err instanceof SalesforceUnavailableError && err.answered) {
        await cachedWrite('unknown write outcome', () => table.put(key, { status: 'unknown', startedAt: pending.startedAt } satisfies Claim<R>, windowSeconds));
      }
      throw err;
    }
    await cachedWrite('write result', () => table.put(key, { status: 'done', startedAt: pending.startedAt, result } satisfies Claim<R>, windowSeconds));
    return { result, repeated: recovered !== undefined };
  }

  if (await table.putIf(key, pending, windowSeconds)) return performClaimed(undefined);
  const existing = await table.get<Claim<R>>(key);
  if (!existing) return once(options); // expired between the two calls: try again from the start
  if (existing.status === 'done') return { result: existing.result, repeated: true };
  if (existing.status === 'pending' && now().getTime() - Date.parse(existing.startedAt) < staleAfterMs) throw new WriteInProgressError('the same write is in progress');
  if (!(await table.putIf(key, pending, windowSeconds, existing))) throw new WriteInProgressError('another request took the write over');
  return performClaimed(new Date(existing.startedAt));
}
