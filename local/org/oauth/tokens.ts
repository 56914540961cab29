/**
 * The emulator's OAuth state: one-time authorization codes, access tokens (sessions) and refresh tokens.
 * Opaque strings shaped like Salesforce's: an access token is the 15-character org id, `!`, then `AQ…`
 * (e.g. `00D5g000004XXXX!AQ4AQ…`); refresh tokens start `5Aep861`; codes start `aPrx`.
 */
import { randomBytes } from 'node:crypto';

export interface Grant {
  userId: string;
  clientId: string;
  /** Space-separated scopes as granted, e.g. `api refresh_token id`. */
  scope: string;
}

export interface AuthorizationCode extends Grant {
  redirectUri: string;
  codeChallenge?: string;
  expiresAt: number;
}

interface Session extends Grant {
  issuedAt: number;
  expired: boolean;
  refreshToken?: string;
}

/** Salesforce: "The authorization code is valid for 15 minutes" (OAuth 2.0 Web Server Flow, Salesforce Help). */
const CODE_LIFETIME_MS = 15 * 60 * 1000;

/** Salesforce-like opaque characters: base64url with `-` shown as `.` as real tokens use `.` and `_`. */
function opaque(bytes: number): string {
  return randomBytes(bytes).toString('base64url').replaceAll('-', '.');
}

export class TokenRegistry {
  private readonly sessions = new Map<string, Session>();
  private readonly refreshTokens = new Map<string, Grant>();
  private readonly codes = new Map<string, AuthorizationCode>();

  constructor(
    private readonly orgId15: string,
    private readonly accessTokenLifetimeMs: number,
  ) {}

  /** Starts a session; `withRefreshToken` also issues a refresh token that lasts until revoked. */
  issue(grant: Grant, now: number, withRefreshToken: boolean): { accessToken: string; refreshToken?: string } {
    const refreshToken = withRefreshToken ? `5Aep861${opaque(60)}` : undefined;
    if (refreshToken) this.refreshTokens.set(refreshToken, { ...grant });
    return { accessToken: this.startSession(grant, now, refreshToken), refreshToken };
  }

  /** A new access token for a live refresh token (no rotation: the refresh token stays the same). */
  refresh(refreshToken: string, now: number): { accessToken: string; grant: Grant } | undefined {
    const grant = this.refreshTokens.get(refreshToken);
    if (!grant) return undefined;
    return { accessToken: this.startSession(grant, now, refreshToken), grant };
  }

  /** The grant behind a live access token; undefined when unknown, revoked, expired or past its lifetime. */
  session(accessToken: string, now: number): Grant | undefined {
    const session = this.sessions.get(accessToken);
    if (!session || session.expired || now - session.issuedAt >= this.accessTokenLifetimeMs) return undefined;
    return session;
  }

  expire(accessToken: string): void {
    const session = this.sessions.get(accessToken);
    if (session) session.expired = true;
  }

  /**
   * Revokes an access or refresh token; revoking a refresh token also ends the sessions it started
   * (Salesforce Help, "Revoke OAuth Tokens"). Returns false for a token the org never issued.
   */
  revoke(token: string): boolean {
    if (this.sessions.delete(token)) return true;
    if (!this.refreshTokens.delete(token)) return false;
    for (const [accessToken, session] of this.sessions) {
      if (session.refreshToken === token) this.sessions.delete(accessToken);
    }
    return true;
  }

  createCode(code: Omit<AuthorizationCode, 'expiresAt'>, now: number): string {
    const value = `aPrx${opaque(48)}`;
    this.codes.set(value, { ...code, expiresAt: now + CODE_LIFETIME_MS });
    return value;
  }

  /** One-time: the code is gone after this call whatever the outcome. */
  redeemCode(code: string, now: number): AuthorizationCode | 'expired' | undefined {
    const found = this.codes.get(code);
    this.codes.delete(code);
    if (!found) return undefined;
    return now >= found.expiresAt ? 'expired' : found;
  }

  private startSession(grant: Grant, now: number, refreshToken: string | undefined): string {
    const accessToken = `${this.orgId15}!AQ${opaque(72)}`;
    this.sessions.set(accessToken, { ...grant, issuedAt: now, expired: false, refreshToken });
    return accessToken;
  }
}
