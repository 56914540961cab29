/**
 * The authorization server Alexa+ expects, at the MCP server's own origin (issuer = that origin), as the thinnest
 * standard layer in front of Salesforce (docs/mcp.md says why):
 *  - RFC 8414 metadata at /.well-known/oauth-authorization-server listing the grants Alexa+ uses — authorization_code
 *    (S256 PKCE), refresh_token and client_credentials — which Salesforce's own metadata cannot list for us;
 *  - /oauth/authorize: a redirect to the org's authorize endpoint with the client's parameters unchanged (client_id,
 *    redirect_uri, state, code_challenge …), so login, consent and the code are Salesforce's;
 *  - /oauth/token: the authorization_code and refresh_token grants forwarded to Salesforce's token endpoint as they
 *    came (body and client authentication) and Salesforce's answer returned as it is, so user tokens stay Salesforce
 *    tokens and nothing is kept here; client_credentials for the one configured service client (serviceToken.ts).
 * The SDK's own authorization server (mcpAuthRouter with ProxyOAuthServerProvider) does not fit: its token endpoint
 * refuses client_credentials, it needs the upstream client secret to forward with, and it turns Salesforce's errors
 * into 500s.
 */
import { mcpAuthMetadataRouter } from '@modelcontextprotocol/sdk/server/auth/router.js';
import type { OAuthMetadata } from '@modelcontextprotocol/sdk/shared/auth.js';
import express, { type Request, type Response, type Router } from 'express';
import { log } from '../../log';
import { SCOPES, salesforceEndpoints } from './salesforce';
import { type ServiceClient, isServiceClient, issueServiceToken } from './serviceToken';

const AUTHORIZE_PATH = '/oauth/authorize';
const TOKEN_PATH = '/oauth/token';

export interface AuthorizationServerOptions {
  /** This server's origin, e.g. https://mcp.example.com: the issuer. */
  issuer: string;
  /** The MCP endpoint: the resource the metadata and service tokens name. */
  resource: URL;
  /** The Salesforce login host the user tier is passed through to. */
  loginUrl: string;
  serviceClient?: ServiceClient;
  now: () => Date;
}

function authorizationServerMetadata(issuer: string, withClientCredentials: boolean): OAuthMetadata {
  return {
    issuer,
    authorization_endpoint: `${issuer}${AUTHORIZE_PATH}`,
    token_endpoint: `${issuer}${TOKEN_PATH}`,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token', ...(withClientCredentials ? ['client_credentials'] : [])],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    scopes_supported: SCOPES,
  };
}

function oauthError(res: Response, status: number, error: string, description: string): void {
  res.status(status).json({ error, error_description: description });
}

/**
 * The client's id and secret from HTTP Basic (each form-encoded first, RFC 6749 §2.3.1) or the body; undefined when
 * neither is there or Basic is malformed.
 */
function clientCredentials(authorization: string | undefined, form: URLSearchParams): { id: string; secret: string } | undefined {
  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const formDecoded = (s: string) => new URLSearchParams(`v=${s}`).get('v') ?? '';
    return { id: formDecoded(decoded.slice(0, colon)), secret: formDecoded(decoded.slice(colon + 1)) };
  }
  const id = form.get('client_id');
  const secret = form.get('client_secret');
  return id !== null && secret !== null ? { id, secret } : undefined;
}

export function authorizationServer(options: AuthorizationServerOptions): Router {
  const salesforce = salesforceEndpoints(options.loginUrl);
  const router = express.Router();
  router.use(mcpAuthMetadataRouter({
    oauthMetadata: authorizationServerMetadata(options.issuer, options.serviceClient !== undefined),
    resourceServerUrl: options.resource,
    scopesSupported: SCOPES,
    resourceName: 'Sales Assistant',
  }));

  router.get(AUTHORIZE_PATH, (req: Request, res: Response) => {
    const target = new URL(salesforce.authorize);
    target.search = new URL(req.originalUrl, options.issuer).search;
    res.redirect(302, target.href);
  });

  router.post(TOKEN_PATH, express.text({ type: 'application/x-www-form-urlencoded' }), async (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    const body = typeof req.body === 'string' ? req.body : '';
    const form = new URLSearchParams(body);
    const grant = form.get('grant_type');
    if (grant === 'client_credentials' && options.serviceClient) {
      const given = clientCredentials(req.headers.authorization, form);
      if (!given || !isServiceClient(options.serviceClient, given.id, given.secret)) {
        // RFC 6749 §5.2: 401, and a challenge for the scheme the client tried.
        if (req.headers.authorization) res.set('WWW-Authenticate', 'Basic realm="Sales Assistant"');
        oauthError(res, 401, 'invalid_client', 'Client authentication failed');
        return;
      }
      res.json(await issueServiceToken(options.serviceClient, { issuer: options.issuer, resource: options.resource.href }, options.now()));
      return;
    }
    if (grant !== 'authorization_code' && grant !== 'refresh_token') {
      oauthError(res, 400, 'unsupported_grant_type', 'Only authorization_code, refresh_token and client_credentials are supported');
      return;
    }
    let upstream: globalThis.Response;
    try {
      upstream = await fetch(salesforce.token, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        },
        body,
      });
    } catch (err) {
      // The error's name only: the request carried the client's secret and the code or refresh token.
      log.warn('Salesforce token endpoint unreachable', { error: err instanceof Error ? err.name : 'unknown' });
      oauthError(res, 503, 'temporarily_unavailable', 'Salesforce is not answering right now');
      return;
    }
    res.status(upstream.status).type(upstream.headers.get('content-type') ?? 'application/json').send(Buffer.from(await upstream.arrayBuffer()));
  });
  return router;
}
