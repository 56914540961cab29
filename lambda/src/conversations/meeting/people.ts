/** How an invitee is named: the first name, unless someone else in the meeting or the team shares it. */
import type { TeamMember } from '../../salesforce/users';
import { spokenForm } from '../../salesforce/nameSearch';

export function shortName(member: TeamMember, team: readonly TeamMember[]): string {
  const first = member.FirstName;
  if (!first) return member.Name;
  const shared = team.some((m) => m.Id !== member.Id && m.FirstName && spokenForm(m.FirstName) === spokenForm(first));
  return shared ? member.Name : first;
}
