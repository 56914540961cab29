/**
 * The MCP endpoint as a resource server (MCP authorization, 2025-11-25,
 * https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization):
 *  - a request without a token, or with one neither Salesforce nor this server accepts, is answered 401 with
 *    `WWW-Authenticate: Bearer … resource_metadata="…"` naming the protected-resource metadata (RFC 9728), which names
 *    our authorization server (authorizationServer.ts);
 *  - a service token (serviceToken.ts) may initialize and list the tools; anything else with it — a tool call — is a
 *    403 `insufficient_scope` asking for the user's scopes, as MCP's scope challenge does: no Salesforce data without
 *    a user;
 *  - any other token is the user's Salesforce token (salesforce.ts).
 */
import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js';
import type { OAuthTokenVerifier } from '@modelcontextprotocol/sdk/server/auth/provider.js';
import { getOAuthProtectedResourceMetadataUrl } from '@modelcontextprotocol/sdk/server/auth/router.js';
import express, { type RequestHandler, type Router } from 'express';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { SCOPES, salesforceTokenVerifier } from './salesforce';
import { SERVICE_SCOPE, type ServiceClient, claimsOurIssuer, verifyServiceToken } from './serviceToken';

/** What a service needs to register and check the server: nothing here reads Salesforce. */
const SERVICE_METHODS = new Set(['initialize', 'notifications/initialized', 'ping', 'tools/list']);

export interface ResourceServerOptions {
  contextDeps: RequestContextDeps;
  issuer: string;
  resource: URL;
  serviceClient?: ServiceClient;
}

export function tokenVerifier(options: ResourceServerOptions): OAuthTokenVerifier {
  const salesforce = salesforceTokenVerifier(options.contextDeps);
  const where = { issuer: options.issuer, resource: options.resource.href };
  const { serviceClient } = options;
  return {
    verifyAccessToken: (token) => (serviceClient && claimsOurIssuer(token, options.issuer)
      ? verifyServiceToken(serviceClient, where, token, options.contextDeps.now())
      : salesforce.verifyAccessToken(token)),
  };
}

/** A service token's request goes on only when every JSON-RPC message in it is one a service may send. */
function userRequired(resourceMetadataUrl: string): RequestHandler {
  return (req, res, next) => {
    if (!req.auth?.scopes.includes(SERVICE_SCOPE)) return next();
    const messages: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    if (messages.every((m) => SERVICE_METHODS.has(String((m as { method?: unknown } | null)?.method)))) return next();
    const description = 'A tool call needs a signed-in user';
    res.status(403)
      .set('WWW-Authenticate', `Bearer error="insufficient_scope", scope="${SCOPES.join(' ')}", resource_metadata="${resourceMetadataUrl}", error_description="${description}"`)
      .json({ error: 'insufficient_scope', error_description: description });
  };
}

/** What stands before the MCP endpoint: the bearer token checked, then a service token kept to what it may do. */
export function resourceServer(options: ResourceServerOptions): Router {
  const resourceMetadataUrl = getOAuthProtectedResourceMetadataUrl(options.resource);
  return express.Router().use(requireBearerAuth({ verifier: tokenVerifier(options), resourceMetadataUrl }), userRequired(resourceMetadataUrl));
}
