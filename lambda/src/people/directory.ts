/**
 * The people a linked user can name, cached per user in the state table for an hour (as the identity is), so
 * the list is fetched from Salesforce at most once an hour per user, not on every request.
 */
import type { RequestContext } from '../context';
import { type KnownPerson, fetchPeople } from './query';

export const PEOPLE_TTL_SECONDS = 3600;

export function peopleKey(orgId: string, userId: string): string {
  return `people#${orgId}#${userId}`;
}

/** The cached list, else the org's (then cached). Throws what ctx.identity() and the port throw. */
export async function knownPeople(ctx: RequestContext): Promise<KnownPerson[]> {
  const { orgId, userId, managerId } = await ctx.identity();
  const key = peopleKey(orgId, userId);
  const cached = await ctx.table.get<KnownPerson[]>(key);
  if (cached) return cached;
  const people = await fetchPeople(await ctx.salesforce(), userId, managerId);
  await ctx.table.put(key, people, PEOPLE_TTL_SECONDS);
  return people;
}
