/**
 * Who "with James" means: the spoken name matched against the speaker's team by first name or full name.
 * Minimal on purpose — the shared people resolver (lambda/src/people/, Alexa dynamic entities) replaces it.
 */
import type { TeamMember } from '../../salesforce/users';
import { spokenForm } from '../../salesforce/nameSearch';

export type TeamMatch = { kind: 'one'; member: TeamMember } | { kind: 'several'; members: TeamMember[] } | { kind: 'none' };

export function matchTeamMember(spoken: string, team: readonly TeamMember[]): TeamMatch {
  const said = spokenForm(spoken);
  if (!said) return { kind: 'none' };
  // A full name names one person even where a first name alone would fit several.
  const byFullName = team.filter((m) => spokenForm(m.Name) === said);
  const found = byFullName.length ? byFullName : team.filter((m) => m.FirstName && spokenForm(m.FirstName) === said);
  if (found.length === 1) return { kind: 'one', member: found[0]! };
  return found.length ? { kind: 'several', members: found } : { kind: 'none' };
}

/** How a person is named in speech and in the meeting's subject: the first name, unless a teammate shares it. */
export function shortName(member: TeamMember, team: readonly TeamMember[]): string {
  const first = member.FirstName;
  if (!first) return member.Name;
  const shared = team.some((m) => m.Id !== member.Id && m.FirstName && spokenForm(m.FirstName) === spokenForm(first));
  return shared ? member.Name : first;
}
