/**
 * Token → Salesforce identity, cached so a warm request makes no identity call: first in this process's
 * memory (a warm Lambda), then in the state table, keyed by a hash of the token — never the token itself.
 * An hour matches the token lifetime Alexa is told (defaultTokenExpirationInSeconds): after a refresh the
 * new token is looked up once — only its holder (userinfo): what belongs to the user (currency, team, the
 * people and deals they name) is cached by org and user for longer, so a refresh costs one call, not two
 * round trips more. Without the table (DynamoDB slow or down) the token is looked up with userinfo, and the
 * profile with its composite request unless this process remembers it.
 */
import { createHash } from 'node:crypto';
import {
  type Identity, type IdentityLookup, type UserProfile, lookUpTokenHolder, lookUpUserProfile,
} from '../salesforce/identity';
import { type CallOptions, createSalesforcePort } from '../salesforce/port';
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
  /** How long a user's profile is kept: a working day, so the day's hourly token refreshes find it. */
  profileTtlSeconds?: number;
  memoryEntries?: number;
  now?: () => Date;
}

export function tokenKey(accessToken: string): string {
  return `identity#${createHash('sha256').update(accessToken).digest('base64url')}`;
}

export function profileKey(orgId: string, userId: string): string {
  return `profile#${orgId}#${userId}`;
}

/** A small least-recently-stored map with expiry, for a warm Lambda's memory. */
function memoryCache<T>(entries: number, now: () => Date) {
  const items = new Map<string, { value: T; expiresAt: number }>();
  return {
    get(key: string): T | undefined {
      const item = items.get(key);
      return item && item.expiresAt > now().getTime() ? item.value : undefined;
    },
    set(key: string, value: T, ttlSeconds: number): void {
      items.delete(key);
      items.set(key, { value, expiresAt: now().getTime() + ttlSeconds * 1000 });
      // Map keeps insertion order, so the first key is the least recently stored.
      if (items.size > entries) items.delete(items.keys().next().value!);
    },
    delete(key: string): void {
      items.delete(key);
    },
  };
}

export function createIdentityResolver(options: IdentityResolverOptions): IdentityResolver {
  const { lookup, ttlSeconds = 3600, profileTtlSeconds = 8 * 3600, memoryEntries = 1000, now = () => new Date() } = options;
  const identities = memoryCache<Identity>(memoryEntries, now);
  const profiles = memoryCache<UserProfile>(memoryEntries, now);

  async function profileOf(table: StateTable, orgId: string, userId: string, lookUp: () => Promise<UserProfile>): Promise<UserProfile> {
    const key = profileKey(orgId, userId);
    const known = profiles.get(key) ?? (await cachedRead('profile', () => table.get<UserProfile>(key)));
    if (known) {
      profiles.set(key, known, profileTtlSeconds);
      return known;
    }
    const profile = await lookUp();
    await cachedWrite('profile', () => table.put(key, profile, profileTtlSeconds));
    profiles.set(key, profile, profileTtlSeconds);
    return profile;
  }

  return {
    async resolve(accessToken, calls, table) {
      const key = tokenKey(accessToken);
      const cached = identities.get(key) ?? (await cachedRead('identity', () => table.get<Identity>(key)));
      if (cached) {
        identities.set(key, cached, ttlSeconds);
        return cached;
      }
      const holder = await lookUpTokenHolder(lookup, accessToken, calls);
      const profile = await profileOf(table, holder.orgId, holder.userId, () =>
        lookUpUserProfile(createSalesforcePort({ instanceUrl: holder.instanceUrl, accessToken, apiVersion: lookup.apiVersion }, calls), holder.userId));
      const identity: Identity = { ...holder, ...profile };
      await cachedWrite('identity', () => table.put(key, identity, ttlSeconds));
      identities.set(key, identity, ttlSeconds);
      return identity;
    },
    async forget(accessToken, table) {
      const key = tokenKey(accessToken);
      identities.delete(key);
      await table.delete(key);
    },
  };
}
