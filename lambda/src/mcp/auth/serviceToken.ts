/**
 * The service tier (Alexa+'s "Tier 1"): one configured client gets, by the client credentials grant, a short-lived
 * token of this server's own that lets it `initialize` and list the tools, and nothing that reads Salesforce
 * (resourceServer.ts). The token is a JWT access token (RFC 9068 shape), HMAC-signed (HS256) with `MCP_TOKEN_KEY`
 * by `jose`; nothing is stored, so any instance can check any token.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { InvalidTokenError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import { SignJWT, decodeJwt, jwtVerify } from 'jose';

/** The one scope a service token has; no tool accepts it. */
export const SERVICE_SCOPE = 'service';

/** Long enough for registration, a health check or a tool listing; a new one is a request away. */
export const SERVICE_TOKEN_SECONDS = 600;

export interface ServiceClient {
  clientId: string;
  /** The SHA-256 of the client secret, hex: the secret itself is never configured or stored. */
  secretSha256: string;
  /** The HMAC key service tokens are signed with, at least 32 bytes (RFC 7518 §3.2: a key as long as the hash). */
  tokenKey: string;
}

/**
 * `MCP_CLIENT_ID`, `MCP_CLIENT_SECRET_SHA256`, `MCP_TOKEN_KEY`: all three or none (then the server offers no
 * client credentials grant, only the user tier).
 */
export function readServiceClient(env: NodeJS.ProcessEnv): ServiceClient | undefined {
  const clientId = env.MCP_CLIENT_ID?.trim() ?? '';
  const secretSha256 = env.MCP_CLIENT_SECRET_SHA256?.trim().toLowerCase() ?? '';
  const tokenKey = env.MCP_TOKEN_KEY ?? '';
  if (!clientId && !secretSha256 && !tokenKey) return undefined;
  if (!clientId || !/^[0-9a-f]{64}$/.test(secretSha256) || Buffer.byteLength(tokenKey) < 32) {
    throw new Error('MCP_CLIENT_ID, MCP_CLIENT_SECRET_SHA256 (64 hex digits) and MCP_TOKEN_KEY (at least 32 bytes) are set together');
  }
  return { clientId, secretSha256, tokenKey };
}

export const sha256Hex = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Compares hashes, so the comparison takes the same time whatever the secret given. */
export function isServiceClient(client: ServiceClient, clientId: string, secret: string): boolean {
  const sameSecret = timingSafeEqual(createHash('sha256').update(secret).digest(), Buffer.from(client.secretSha256, 'hex'));
  return sameSecret && clientId === client.clientId;
}

/** Where a service token is valid: issued by this server's authorization server, for its MCP endpoint (RFC 8707). */
export interface ServiceAudience {
  issuer: string;
  resource: string;
}

const keyOf = (client: ServiceClient) => new TextEncoder().encode(client.tokenKey);

export async function issueServiceToken(client: ServiceClient, where: ServiceAudience, now: Date) {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const accessToken = await new SignJWT({ scope: SERVICE_SCOPE, client_id: client.clientId })
    .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
    .setIssuer(where.issuer)
    .setAudience(where.resource)
    .setSubject(client.clientId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SERVICE_TOKEN_SECONDS)
    .setJti(randomUUID())
    .sign(keyOf(client));
  return { access_token: accessToken, token_type: 'Bearer', expires_in: SERVICE_TOKEN_SECONDS, scope: SERVICE_SCOPE };
}

/** Whether a bearer token claims to be ours (a JWT from our issuer); Salesforce's tokens are opaque or its own JWTs. */
export function claimsOurIssuer(token: string, issuer: string): boolean {
  try {
    return decodeJwt(token).iss === issuer;
  } catch {
    return false;
  }
}

export async function verifyServiceToken(client: ServiceClient, where: ServiceAudience, token: string, now: Date): Promise<AuthInfo> {
  try {
    const { payload } = await jwtVerify(token, keyOf(client), {
      issuer: where.issuer, audience: where.resource, algorithms: ['HS256'], typ: 'at+jwt', currentDate: now,
    });
    if (payload.scope !== SERVICE_SCOPE || payload.sub !== client.clientId) throw new Error('not a service token');
    return { token, clientId: client.clientId, scopes: [SERVICE_SCOPE], expiresAt: payload.exp, resource: new URL(where.resource) };
  } catch {
    throw new InvalidTokenError('The service token is invalid or has expired');
  }
}
