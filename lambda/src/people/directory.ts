/**
 * The people a linked user can name. They are looked up with the identity and cached with it for the hour
 * (memory, then the state table, keyed by a hash of the token: state/identities.ts) — not under a key of their
 * own, because a second item would cost every new Lambda container's first turn a second DynamoDB read, and
 * the warm path allows one. When the identity lacks them (their query failed, or an identity cached before this
 * existed) they are asked of Salesforce, uncached.
 */
import type { RequestContext } from '../context';
import { type KnownPerson, fetchPeople } from './query';

/** Throws what ctx.identity() and the port throw. */
export async function knownPeople(ctx: RequestContext): Promise<KnownPerson[]> {
  const { people, userId, managerId } = await ctx.identity();
  return people ?? fetchPeople(await ctx.salesforce(), userId, managerId);
}
