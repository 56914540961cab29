/**
 * Whose deals a question is about: the speaker's own ("my", "I", "me"), their team's, everyone's they can
 * see, or one person's ("Lena's pipeline"). Without a word about it, a manager means the team and a rep
 * their own; a rep asking for "the team" hears that no one reports to them and gets their own.
 */
import type { OwnerScopeId } from '../generated/model';
import type { Person } from '../people/query';
import { soqlId } from '../salesforce/soql';

export type Owner = { scope: OwnerScopeId } | { scope: 'PERSON'; person: Person };
export type Scope = Owner['scope'];

/** The owner a question gets when it names no one. */
export function defaultOwner(hasReports: boolean): Owner {
  return { scope: hasReports ? 'TEAM' : 'MINE' };
}

/** The scope the user said, checked against who they are: a team they don't have becomes their own deals. */
export function ownerForScope(scope: OwnerScopeId, hasReports: boolean): { owner: Owner; noTeam: boolean } {
  if (scope === 'TEAM' && !hasReports) return { owner: { scope: 'MINE' }, noTeam: true };
  return { owner: { scope }, noTeam: false };
}

/**
 * The SOQL condition on OwnerId. MINE: the user's own records. TEAM: the user's and their direct reports'
 * (a manager's "team pipeline" includes what they own). PERSON: that user's. ALL: none, so whatever the user
 * may see in Salesforce. `parent` reaches the owner through a lookup ("Opportunity.", "Account.").
 */
export function ownerFilter(owner: Owner, userId: string, parent = ''): string | undefined {
  if (owner.scope === 'PERSON') return `${parent}OwnerId = ${soqlId(owner.person.id)}`;
  const id = soqlId(userId);
  if (owner.scope === 'MINE') return `${parent}OwnerId = ${id}`;
  if (owner.scope === 'TEAM') return `(${parent}OwnerId = ${id} OR ${parent}Owner.ManagerId = ${id})`;
  return undefined;
}
