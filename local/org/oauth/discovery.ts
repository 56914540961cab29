/**
 * `GET /.well-known/openid-configuration`: the login host's OpenID Connect discovery document, which MCP clients
 * read as the authorization server's metadata (MCP authorization tries RFC 8414's oauth-authorization-server path,
 * then this one). Salesforce's login host serves this document and answers 404 for the RFC 8414 path
 * (https://login.salesforce.com/.well-known/openid-configuration; probe record:
 * https://raw.githubusercontent.com/api-evangelist/salesforce/refs/heads/main/well-known/salesforce-well-known.yml).
 * The fields are Salesforce's, the scopes the demo app's. [unconfirmed] that Salesforce lists
 * `code_challenge_methods_supported` and `grant_types_supported`: it supports S256 PKCE, and these say so.
 */
import type { ConnectedApp } from './connected-app';

export function openIdConfiguration(url: string, app: ConnectedApp): Record<string, unknown> {
  return {
    issuer: url,
    authorization_endpoint: `${url}/services/oauth2/authorize`,
    token_endpoint: `${url}/services/oauth2/token`,
    revocation_endpoint: `${url}/services/oauth2/revoke`,
    userinfo_endpoint: `${url}/services/oauth2/userinfo`,
    jwks_uri: `${url}/id/keys`,
    scopes_supported: [...app.scopes, 'offline_access'],
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token', 'password'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    code_challenge_methods_supported: ['S256'],
  };
}
