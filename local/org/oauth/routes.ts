/**
 * The login host: authorize (login + consent page), token, userinfo, revoke and the identity URL.
 * Error shapes follow Salesforce Help "OAuth 2.0 Authorization Errors"
 * (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flow_errors.htm).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import {
  bearerToken, emptyReply, header, jsonReply, redirectReply, textReply,
  type EmulatorRequest, type Reply,
} from '../http';
import type { OrgStore, SObjectRecord } from '../types';
import { allowsIdentity, grantScope, isRegisteredCallback, type ConnectedApp } from './connected-app';
import { openIdConfiguration } from './discovery';
import { identity, identityId, userInfo } from './identity';
import { loginPage, oauthErrorPage } from './login-page';
import type { Grant, TokenRegistry } from './tokens';

/** The token endpoint's success body. Salesforce sends no `expires_in`: the lifetime is the org's session timeout. */
export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  signature: string;
  scope: string;
  instance_url: string;
  id: string;
  token_type: 'Bearer';
  issued_at: string;
}

export interface OAuthDeps {
  url: string;
  orgId: string;
  app: ConnectedApp;
  tokens: TokenRegistry;
  store: OrgStore;
  /** Lower-cased username → password; only these users can log in. */
  passwords: ReadonlyMap<string, string>;
}

class OAuthError extends Error {
  constructor(readonly error: string, readonly description: string, readonly status = 400) {
    super(description);
  }
}

const CLIENT_PARAMS = ['response_type', 'client_id', 'redirect_uri', 'state', 'scope', 'code_challenge', 'code_challenge_method'];

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** RFC 7636 S256, the only method Salesforce supports: base64url(sha256(verifier)). */
function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

function withQuery(uri: string, params: Record<string, string | undefined>): string {
  const target = new URL(uri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) target.searchParams.set(name, value);
  return target.toString();
}

export class OAuthRoutes {
  constructor(private readonly deps: OAuthDeps) {}

  /** Answers a login-host path, or undefined when the path is not one of them. */
  async handle(req: EmulatorRequest): Promise<Reply | undefined> {
    const path = req.url.pathname;
    try {
      if (path === '/services/oauth2/authorize') {
        if (req.method === 'GET') return this.authorizePage(req.url.searchParams);
        if (req.method === 'POST') return this.authorizeDecision(new URLSearchParams(req.body));
      }
      if (path === '/services/oauth2/token' && req.method === 'POST') return this.token(req);
      if (path === '/.well-known/openid-configuration' && req.method === 'GET') return jsonReply(200, openIdConfiguration(this.deps.url, this.deps.app));
      if (path === '/services/oauth2/userinfo' && (req.method === 'GET' || req.method === 'POST')) return this.userInfo(req);
      if (path === '/services/oauth2/revoke' && (req.method === 'POST' || req.method === 'GET')) {
        return this.revoke(req.method === 'POST' ? new URLSearchParams(req.body) : req.url.searchParams);
      }
      const idMatch = /^\/id\/([^/]+)\/([^/]+)$/.exec(path);
      if (idMatch && req.method === 'GET') return this.identity(req, idMatch[1] ?? '', idMatch[2] ?? '');
      return undefined;
    } catch (e) {
      if (e instanceof OAuthError) return jsonReply(e.status, { error: e.error, error_description: e.description });
      throw e;
    }
  }

  /** The token grant without HTTP (tests, `npm start`): authorization-code shaped, with a refresh token. */
  issueTokens(username: string): TokenResponse & { refresh_token: string } {
    const user = this.userByUsername(username);
    if (!user) throw new Error(`No user ${username} in the org`);
    const grant = { userId: user.Id, clientId: this.deps.app.clientId, scope: this.deps.app.scopes.join(' ') };
    const response = this.grantTokens(grant, true);
    if (!response.refresh_token) throw new Error('The demo app grants refresh tokens');
    return { ...response, refresh_token: response.refresh_token };
  }

  // ---- authorize ----------------------------------------------------------------------------------

  /** Validates client and callback; problems the client can be told about come back as a redirect. */
  private checkAuthorizeRequest(params: URLSearchParams): Reply | { redirectUri: string; oauthParams: Record<string, string> } {
    const { app } = this.deps;
    if (params.get('client_id') !== app.clientId) {
      return textReply(400, oauthErrorPage('invalid_client_id', 'client identifier invalid'), 'text/html;charset=UTF-8');
    }
    const redirectUri = params.get('redirect_uri') ?? '';
    if (!isRegisteredCallback(app, redirectUri)) {
      return textReply(400, oauthErrorPage('redirect_uri_mismatch', 'redirect_uri must match configuration'), 'text/html;charset=UTF-8');
    }
    const state = params.get('state') ?? undefined;
    if (params.get('response_type') !== 'code') {
      return redirectReply(withQuery(redirectUri, { error: 'unsupported_response_type', error_description: 'response type not supported', state }));
    }
    const method = params.get('code_challenge_method');
    if (method && method !== 'S256') {
      return redirectReply(withQuery(redirectUri, { error: 'invalid_request', error_description: 'invalid code_challenge_method', state }));
    }
    const oauthParams: Record<string, string> = {};
    for (const name of CLIENT_PARAMS) {
      const value = params.get(name);
      if (value !== null) oauthParams[name] = value;
    }
    return { redirectUri, oauthParams };
  }

  private authorizePage(params: URLSearchParams): Reply {
    const checked = this.checkAuthorizeRequest(params);
    if ('status' in checked) return checked;
    return textReply(200, loginPage(this.deps.app.name, checked.oauthParams), 'text/html;charset=UTF-8');
  }

  private authorizeDecision(form: URLSearchParams): Reply {
    const checked = this.checkAuthorizeRequest(form);
    if ('status' in checked) return checked;
    const state = form.get('state') ?? undefined;
    if (form.get('decision') !== 'allow') {
      return redirectReply(withQuery(checked.redirectUri, { error: 'access_denied', error_description: 'end-user denied authorization', state }));
    }
    const user = this.authenticate(form.get('username') ?? '', form.get('password') ?? '');
    if (!user || user.IsActive === false) {
      // Salesforce's login page wording; the user stays on the page.
      const error = 'Please check your username and password. If you still can\'t log in, contact your Salesforce administrator.';
      return textReply(200, loginPage(this.deps.app.name, checked.oauthParams, error), 'text/html;charset=UTF-8');
    }
    const code = this.deps.tokens.createCode({
      userId: user.Id,
      clientId: this.deps.app.clientId,
      scope: grantScope(this.deps.app, form.get('scope') ?? undefined),
      redirectUri: checked.redirectUri,
      codeChallenge: form.get('code_challenge') ?? undefined,
    }, Date.now());
    return redirectReply(withQuery(checked.redirectUri, { code, state }));
  }

  // ---- token --------------------------------------------------------------------------------------

  private token(req: EmulatorRequest): Reply {
    const form = new URLSearchParams(req.body);
    const grantType = form.get('grant_type');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token' && grantType !== 'password') {
      throw new OAuthError('unsupported_grant_type', 'grant type not supported');
    }
    this.authenticateClient(req, form);
    if (grantType === 'password') return jsonReply(200, this.passwordGrant(form));
    if (grantType === 'refresh_token') return jsonReply(200, this.refreshGrant(form));
    return jsonReply(200, this.codeGrant(form));
  }

  /** Client credentials from the body or HTTP Basic (`client_id:client_secret`, each form-encoded per RFC 6749 §2.3.1). */
  private authenticateClient(req: EmulatorRequest, form: URLSearchParams): void {
    let clientId = form.get('client_id');
    let clientSecret = form.get('client_secret');
    const basic = /^Basic\s+(\S+)$/i.exec(header(req.headers, 'authorization') ?? '');
    if (basic?.[1]) {
      const [id = '', secret = ''] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
      clientId = decodeURIComponent(id);
      clientSecret = decodeURIComponent(secret);
    }
    if (clientId !== this.deps.app.clientId) throw new OAuthError('invalid_client_id', 'client identifier invalid');
    if (!sameSecret(clientSecret ?? '', this.deps.app.clientSecret)) throw new OAuthError('invalid_client', 'invalid client credentials');
  }

  /** Username-password flow: no refresh token (Salesforce never issues one for it). */
  private passwordGrant(form: URLSearchParams): TokenResponse {
    const user = this.authenticate(form.get('username') ?? '', form.get('password') ?? '');
    if (!user) throw new OAuthError('invalid_grant', 'authentication failure');
    this.activeUser(user.Id);
    const scope = grantScope(this.deps.app, form.get('scope') ?? undefined).split(' ').filter((s) => s !== 'refresh_token').join(' ');
    return this.grantTokens({ userId: user.Id, clientId: this.deps.app.clientId, scope }, false);
  }

  private codeGrant(form: URLSearchParams): TokenResponse {
    const redeemed = this.deps.tokens.redeemCode(form.get('code') ?? '', Date.now());
    if (redeemed === 'expired') throw new OAuthError('invalid_grant', 'expired authorization code');
    if (!redeemed || redeemed.clientId !== this.deps.app.clientId) throw new OAuthError('invalid_grant', 'invalid authorization code');
    if (form.get('redirect_uri') !== redeemed.redirectUri) {
      throw new OAuthError('redirect_uri_mismatch', 'redirect_uri must match configuration');
    }
    if (redeemed.codeChallenge !== undefined) {
      // Salesforce: a missing verifier fails with invalid_grant, a wrong one with invalid_request
      // (REST API Developer Guide, "Web Server OAuth Authentication Flow", code_challenge). [unsure] descriptions.
      const verifier = form.get('code_verifier');
      if (!verifier) throw new OAuthError('invalid_grant', 'invalid code verifier');
      if (pkceChallenge(verifier) !== redeemed.codeChallenge) throw new OAuthError('invalid_request', 'invalid code verifier');
    }
    this.activeUser(redeemed.userId);
    return this.grantTokens(redeemed, redeemed.scope.split(' ').includes('refresh_token'));
  }

  /** No rotation: the answer carries a new access token and no refresh token. */
  private refreshGrant(form: URLSearchParams): TokenResponse {
    const refreshed = this.deps.tokens.refresh(form.get('refresh_token') ?? '', Date.now());
    if (!refreshed || refreshed.grant.clientId !== this.deps.app.clientId) {
      throw new OAuthError('invalid_grant', 'expired access/refresh token');
    }
    this.activeUser(refreshed.grant.userId);
    return this.tokenResponse(refreshed.grant, refreshed.accessToken, undefined, Date.now());
  }

  private grantTokens(grant: Grant, withRefreshToken: boolean): TokenResponse {
    const now = Date.now();
    const issued = this.deps.tokens.issue(grant, now, withRefreshToken);
    return this.tokenResponse(grant, issued.accessToken, issued.refreshToken, now);
  }

  /**
   * `signature`: Base64 HMAC-SHA256 over `id` + `issued_at`, keyed with the client secret
   * (REST API Developer Guide, "Web Server OAuth Authentication Flow", response parameters).
   */
  private tokenResponse(grant: Grant, accessToken: string, refreshToken: string | undefined, issuedAt: number): TokenResponse {
    const id = identityId(this.deps.url, this.deps.orgId, grant.userId);
    const issued_at = String(issuedAt);
    return {
      access_token: accessToken,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      signature: createHmac('sha256', this.deps.app.clientSecret).update(id + issued_at).digest('base64'),
      scope: grant.scope,
      instance_url: this.deps.url,
      id,
      token_type: 'Bearer',
      issued_at,
    };
  }

  // ---- identity -----------------------------------------------------------------------------------

  /**
   * The identity service answers a bad token with 403 text/plain, unlike the data API's 401 JSON; a live token
   * granted without an identity scope (`id`, `openid`, …) gets 403 too: userinfo and the identity URL are the
   * identity services those scopes open (Salesforce Help, "Identity URLs":
   * https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_using_openid.htm). [unconfirmed] the body
   * Salesforce sends for the missing scope; `Insufficient_Scope` is this emulator's.
   */
  private identityCaller(token: string | null | undefined): { refused: Reply } | { user: SObjectRecord } {
    if (!token) return { refused: textReply(403, 'Missing_OAuth_Token') };
    const grant = this.deps.tokens.session(token, Date.now());
    const user = grant && this.deps.store.get('User', grant.userId);
    if (!grant || !user) return { refused: textReply(403, 'Bad_OAuth_Token') };
    if (!allowsIdentity(grant.scope)) return { refused: textReply(403, 'Insufficient_Scope') };
    return { user };
  }

  private userInfo(req: EmulatorRequest): Reply {
    const caller = this.identityCaller(bearerToken(req.headers));
    if ('refused' in caller) return caller.refused;
    return jsonReply(200, userInfo(this.deps.url, this.deps.orgId, caller.user, new Date()));
  }

  /** jsforce `identity()` sends the token as `?oauth_token=`; a Bearer header works too. */
  private identity(req: EmulatorRequest, orgId: string, userId: string): Reply {
    const caller = this.identityCaller(bearerToken(req.headers) ?? req.url.searchParams.get('oauth_token'));
    if ('refused' in caller) return caller.refused;
    const user = this.deps.store.get('User', userId);
    if (orgId !== this.deps.orgId || !user) return textReply(404, 'Bad_Id');
    return jsonReply(200, identity(this.deps.url, this.deps.orgId, user, new Date()));
  }

  /** Always 200 with an empty body for a known token; [unsure] the body Salesforce sends for an unknown one. */
  private revoke(params: URLSearchParams): Reply {
    if (!this.deps.tokens.revoke(params.get('token') ?? '')) {
      throw new OAuthError('unsupported_token_type', 'this token type is not supported');
    }
    return emptyReply(200);
  }

  // ---- users --------------------------------------------------------------------------------------

  /** Usernames are case-insensitive in Salesforce. */
  private userByUsername(username: string): SObjectRecord | undefined {
    const wanted = username.toLowerCase();
    return this.deps.store.all('User').find((u) => String(u.Username).toLowerCase() === wanted);
  }

  private authenticate(username: string, password: string): SObjectRecord | undefined {
    const expected = this.deps.passwords.get(username.toLowerCase());
    return expected !== undefined && sameSecret(password, expected) ? this.userByUsername(username) : undefined;
  }

  /** An inactive user is refused with `inactive_user` even with valid credentials or tokens. */
  private activeUser(userId: string): void {
    if (this.deps.store.get('User', userId)?.IsActive === false) throw new OAuthError('inactive_user', 'user is inactive');
  }
}
