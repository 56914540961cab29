/** Conditions shared by the writes' recovery queries: "made by this user since the lost attempt began". */
import { soqlId } from './soql';

/** A lost attempt's record was created at most this long before its claim was written. */
const CLOCK_SKEW_MS = 60_000;

export function createdBySince(userId: string, since: Date): string {
  const after = new Date(since.getTime() - CLOCK_SKEW_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `CreatedById = ${soqlId(userId)} AND CreatedDate >= ${after}`;
}
