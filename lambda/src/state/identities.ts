/**
 * Token → Salesforce identity, cached so a warm request makes no identity call: first in this process's
 * memory (a warm Lambda), then in the state table, keyed by a hash of the token — never the token itself.
 * An hour matches the token lifetime Alexa is told (defaultTokenExpirationInSeconds): after a refresh the
 * new token is looked up once. Without the table (DynamoDB slow or down) the token is looked up with userinfo.
 */
import { createHash } from 'node:crypto';
import { type Identity, type IdentityLookup, lookUpIdentity } from '../salesforce/identity';
import type { CallOptions } from '../salesforce/port';
import { type StateTable, cachedRead, cachedWrite } from './table';

/** `table` is the request's own view of the state table (StateStore.forTurn). */
export interface IdentityResolver {
  resolve(accessToken: string, calls: CallOptions, table: StateTable): Promise<Identity>;
  /** Drops a token Salesforce has rejected, so the next request looks it up again. */
  forget(accessToken: string, table: StateTable): Promise<void>;
}

export interface IdentityResolverOptions {
  lookup: IdentityLookup;
  ttlSeconds?: number;
  memoryEntries?: number;
  now?: () => Date;
}

export function tokenKey(accessToken: string): string {
  return `identity#${createHash('sha256').update(accessToken).digest('base64url')}`;
}

export function createIdentityResolver(options: IdentityResolverOptions): IdentityResolver {
  const { lookup, ttlSeconds = 3600, memoryEntries = 1000, now = () => new Date() } = options;
  const memory = new Map<string, { identity: Identity; expiresAt: number }>();

  function remember(key: string, identity: Identity) {
    memory.delete(key);
    memory.set(key, { identity, expiresAt: now().getTime() + ttlSeconds * 1000 });
    // Map keeps insertion order, so the first key is the least recently stored.
    if (memory.size > memoryEntries) memory.delete(memory.keys().next().value!);
  }

  return {
    async resolve(accessToken, calls, table) {
      const key = tokenKey(accessToken);
      const cached = memory.get(key);
      if (cached && cached.expiresAt > now().getTime()) return cached.identity;
      const stored = await cachedRead('identity', () => table.get<Identity>(key));
      if (stored) {
        remember(key, stored);
        return stored;
      }
      const identity = await lookUpIdentity(lookup, accessToken, calls);
      await cachedWrite('identity', () => table.put(key, identity, ttlSeconds));
      remember(key, identity);
      return identity;
    },
    async forget(accessToken, table) {
      const key = tokenKey(accessToken);
      memory.delete(key);
      await table.delete(key);
    },
  };
}
