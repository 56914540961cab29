/** Whose records a conversation reads: the SOQL condition behind "my", "my team's" and "everyone's". */
import type { OwnerScopeId } from '../generated/model';
import { soqlId } from '../salesforce/soql';

/**
 * MINE: the user's own records. TEAM: the user's and their direct reports' (a manager's "team pipeline"
 * includes what they own). ALL: no condition, so whatever the user may see in Salesforce.
 */
export function ownerFilter(scope: OwnerScopeId, userId: string): string | undefined {
  const id = soqlId(userId);
  if (scope === 'MINE') return `OwnerId = ${id}`;
  if (scope === 'TEAM') return `(OwnerId = ${id} OR Owner.ManagerId = ${id})`;
  return undefined;
}

/** ` WHERE a AND b` from the conditions that are set, or '' when none is. */
export function whereAll(conditions: readonly (string | false | null | undefined)[]): string {
  const set = conditions.filter((c): c is string => Boolean(c));
  return set.length ? ` WHERE ${set.join(' AND ')}` : '';
}
