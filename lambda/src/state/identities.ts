/**
 * Token → Salesforce identity, cached so a warm request makes no identity call: first in this process's
 * memory (a warm Lambda), then in the state table, keyed by a hash of the token — never the token itself.
 * An hour matches the token lifetime Alexa is told (defaultTokenExpirationInSeconds): after a refresh the
 * new token is looked up once.
 */
import { createHash } from 'node:crypto';
import { type Identity, type IdentityLookup, lookUpIdentity } from '../salesforce/identity';
import type { CallOptions } from '../salesforce/port';
import type { StateTable } from './table';

export interface IdentityResolver {
  resolve(accessToken: string, calls: CallOptions): Promise<Identity>;
  /** Drops a token Salesforce has rejected, so the next request looks it up again. */
  forget(accessToken: string): Promise<void>;
}

export interface IdentityResolverOptions {
  table: StateTable;
  lookup: IdentityLookup;
  ttlSeconds?: number;
  memoryEntries?: number;
  now?: () => Date;
}

export function tokenKey(accessToken: string): string {
  return `identity#${createHash('sha256').update(accessToken).digest('base64url')}`;
}

export function createIdentityResolver(options: IdentityResolverOptions): IdentityResolver {
  const { table, lookup, ttlSeconds = 3600, memoryEntries = 1000, now = () => new Date() } = options;
  const memory = new Map<string, { identity: Identity; expiresAt: number }>();

  function remember(key: string, identity: Identity) {
    memory.delete(key);
    memory.set(key, { identity, expiresAt: now().getTime() + ttlSeconds * 1000 });
    // Map keeps insertion order, so the first key is the least recently stored.
    if (memory.size > memoryEntries) memory.delete(memory.keys().next().value!);
  }

  return {
    async resolve(accessToken, calls) {
      const key = tokenKey(accessToken);
      const cached = memory.get(key);
      if (cached && cached.expiresAt > now().getTime()) return cached.identity;
      const stored = await table.get<Identity>(key);
      if (stored) {
        remember(key, stored);
        return stored;
      }
      const identity = await lookUpIdentity(lookup, accessToken, calls);
      await table.put(key, identity, ttlSeconds);
      remember(key, identity);
      return identity;
    },
    async forget(accessToken) {
      const key = tokenKey(accessToken);
      memory.delete(key);
      await table.delete(key);
    },
  };
}
