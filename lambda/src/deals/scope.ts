/** Whose deals a request is about: what the user said, else the team for a manager and their own for a rep. */
import type { HandlerInput } from 'ask-sdk-core';
import { type OwnerScopeId, OwnerScopeIds } from '../generated/model';
import type { Identity } from '../salesforce/identity';
import { resolvedId } from '../alexa/slots';

export interface ResolvedScope {
  scope: OwnerScopeId;
  /** The user asked for a team they don't have: the answer says so and gives their own. */
  noTeam: boolean;
}

export function resolveScope(input: HandlerInput, slot: string, identity: Pick<Identity, 'hasReports'>): ResolvedScope {
  // Managers mostly mean their team; a rep without reports asking for "the team" gets their own deals.
  const scope = resolvedId(input, slot, OwnerScopeIds) ?? (identity.hasReports ? 'TEAM' : 'MINE');
  if (scope === 'TEAM' && !identity.hasReports) return { scope: 'MINE', noTeam: true };
  return { scope, noTeam: false };
}
