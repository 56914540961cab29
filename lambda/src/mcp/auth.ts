/**
 * Who is calling: the bearer token is the user's own Salesforce access token, and Salesforce (the org's login host)
 * is the authorization server. This server is only a resource server (MCP authorization, 2025-11-25,
 * https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization):
 *  - a request without a token, or with one Salesforce no longer accepts, is answered 401 with `WWW-Authenticate:
 *    Bearer … resource_metadata="…"` naming this server's protected-resource metadata (RFC 9728), which names the
 *    login host as its authorization server; clients then read the login host's own metadata (Salesforce publishes
 *    OpenID Connect discovery at /.well-known/openid-configuration, which MCP clients must try after RFC 8414's
 *    /.well-known/oauth-authorization-server) and sign the user in with the authorization code flow and PKCE;
 *  - a token is checked exactly as the skill checks Alexa's: userinfo on the login host, then cached under a hash of
 *    the token (state/identities.ts), so a warm call makes no identity call and no token is ever stored or logged.
 * Why not a token of our own, and where one would be needed (Alexa+'s client-credentials tier): docs/mcp.md.
 */
import { mcpAuthMetadataRouter, getOAuthProtectedResourceMetadataUrl } from '@modelcontextprotocol/sdk/server/auth/router.js';
import { InvalidTokenError, ServerError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type { OAuthTokenVerifier } from '@modelcontextprotocol/sdk/server/auth/provider.js';
import type { OAuthMetadata } from '@modelcontextprotocol/sdk/shared/auth.js';
import type { RequestHandler } from 'express';
import type { RequestContextDeps } from '../interceptors/requestContext';
import { LinkRequiredError } from '../salesforce/errors';

/**
 * The scopes the tools need, as the skill's account linking asks them (accountLinking.json): the REST API, a refresh
 * token so the host need not sign the user in every hour, and `id` for the userinfo call a token is checked by.
 */
export const SCOPES = ['api', 'refresh_token', 'id'];

/**
 * How long a checked token counts as valid: the identity cache's hour (state/identities.ts). Salesforce says nothing
 * of a token's lifetime (no `expires_in`); when the org rejects it sooner, the tool call says so and the token is
 * forgotten, so the next request is a 401.
 */
const CHECKED_FOR_SECONDS = 3600;

/**
 * The login host's authorization-server metadata as RFC 8414 describes it, for clients that look for it beside the
 * MCP server (the 2025-03-26 revision's fallback). The endpoints are Salesforce's (REST API Developer Guide, "OAuth
 * Endpoints"); `S256` is the only PKCE method Salesforce supports. [unconfirmed] that Salesforce accepts the RFC 8707
 * `resource` parameter MCP clients add to the authorize and token requests (the local org ignores it).
 */
export function salesforceAuthorizationServer(loginUrl: string): OAuthMetadata {
  return {
    issuer: loginUrl,
    authorization_endpoint: `${loginUrl}/services/oauth2/authorize`,
    token_endpoint: `${loginUrl}/services/oauth2/token`,
    revocation_endpoint: `${loginUrl}/services/oauth2/revoke`,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    scopes_supported: SCOPES,
  };
}

export function salesforceTokenVerifier(deps: RequestContextDeps): OAuthTokenVerifier {
  return {
    async verifyAccessToken(token) {
      try {
        const started = Date.now();
        const deadline = () => started + deps.budgetMs;
        await deps.identities.resolve(token, { deadline }, deps.table.forTurn(deadline));
      } catch (err) {
        if (err instanceof LinkRequiredError) throw new InvalidTokenError('The Salesforce session has expired or was revoked');
        throw new ServerError('Salesforce could not be asked who this is');
      }
      return { token, clientId: '', scopes: SCOPES, expiresAt: Math.floor(deps.now().getTime() / 1000) + CHECKED_FOR_SECONDS };
    },
  };
}

/** The metadata routes, and where the 401's WWW-Authenticate points. */
export function protectedResource(mcpUrl: URL, loginUrl: string): { metadataRouter: RequestHandler; resourceMetadataUrl: string } {
  return {
    metadataRouter: mcpAuthMetadataRouter({
      oauthMetadata: salesforceAuthorizationServer(loginUrl),
      resourceServerUrl: mcpUrl,
      scopesSupported: SCOPES,
      resourceName: 'Sales Assistant',
    }),
    resourceMetadataUrl: getOAuthProtectedResourceMetadataUrl(mcpUrl),
  };
}
