/**
 * Who the speaker can name: themselves, their manager and peers (same ManagerId), their direct reports and
 * their reports' reports (two levels down through User.Manager), active users only. One query.
 *
 * Filtering on a parent field of the Manager lookup (`Manager.ManagerId`) is an ordinary relationship filter
 * in SOQL ("Relationship Queries", SOQL and SOSL Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_relationships.htm).
 */
import type { SalesforcePort } from '../salesforce/port';
import { soqlId } from '../salesforce/soql';

/** A person the speaker can name, as resolvePerson hands them to a conversation. */
export interface Person {
  /** The Salesforce User Id (OwnerId filters take it as is). */
  id: string;
  /** Full name, as Salesforce shows it. */
  name: string;
  firstName: string;
}

/** What is cached and matched against: a Person and the last name people also say. */
export interface KnownPerson extends Person {
  lastName: string;
}

/**
 * Dynamic entities take at most 100 values per skill session (see dynamicEntities.ts), so the list stops there;
 * the query asks for more so the closest people survive the cut in a large org.
 */
export const MAX_PEOPLE = 100;
const ROWS = 2 * MAX_PEOPLE;

export interface UserRow {
  Id: string;
  FirstName: string | null;
  LastName: string;
  Name: string;
  ManagerId: string | null;
}

const PEOPLE_FIELDS = 'SELECT Id, FirstName, LastName, Name, ManagerId FROM User WHERE IsActive = true';

/**
 * The same people in two queries for one composite request, where the manager is not known yet: the speaker and
 * those below them, and — given a reference to the manager's id (`@{me.records[0].ManagerId}`) — the manager and
 * peers. Without a manager the second fails (the reference reads `'null'`, not an id) and there is no one above.
 */
export function peopleBelowSoql(userId: string): string {
  const me = soqlId(userId);
  return `${PEOPLE_FIELDS} AND (Id = ${me} OR ManagerId = ${me} OR Manager.ManagerId = ${me}) ORDER BY Name LIMIT ${ROWS}`;
}

export function peopleAboveSoql(managerIdReference: string): string {
  return `${PEOPLE_FIELDS} AND (Id = '${managerIdReference}' OR ManagerId = '${managerIdReference}') ORDER BY Name LIMIT ${ROWS}`;
}

export function peopleSoql(userId: string, managerId: string | null): string {
  const me = soqlId(userId);
  const around = [`Id = ${me}`, `ManagerId = ${me}`, `Manager.ManagerId = ${me}`];
  if (managerId) around.push(`Id = ${soqlId(managerId)}`, `ManagerId = ${soqlId(managerId)}`);
  return `${PEOPLE_FIELDS} AND (${around.join(' OR ')}) ORDER BY Name LIMIT ${ROWS}`;
}

/** Closest first (the speaker, their manager, direct reports, peers, then their reports' reports), then by name; capped. */
export function toPeople(rows: readonly UserRow[], userId: string, managerId: string | null): KnownPerson[] {
  rows = [...new Map(rows.map((r) => [r.Id, r])).values()]; // the two-query form finds the speaker twice
  const closeness = (r: UserRow) =>
    r.Id === userId ? 0 : r.Id === managerId ? 1 : r.ManagerId === userId ? 2 : managerId && r.ManagerId === managerId ? 3 : 4;
  return [...rows]
    .sort((a, b) => closeness(a) - closeness(b) || a.Name.localeCompare(b.Name))
    .slice(0, MAX_PEOPLE)
    .map((r) => ({ id: r.Id, name: r.Name, firstName: r.FirstName ?? r.LastName, lastName: r.LastName }));
}

export async function fetchPeople(port: SalesforcePort, userId: string, managerId: string | null): Promise<KnownPerson[]> {
  const { records } = await port.query<UserRow>(peopleSoql(userId, managerId));
  return toPeople(records, userId, managerId);
}
