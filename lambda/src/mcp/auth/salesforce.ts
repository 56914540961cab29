/**
 * The user tier: the bearer token is the user's own Salesforce access token, got through our authorization server's
 * pass-through (authorizationServer.ts) and checked exactly as the skill checks Alexa's — userinfo on the login host,
 * then cached under a hash of the token (state/identities.ts), so a warm call makes no identity call and no token is
 * ever stored or logged.
 */
import { InvalidTokenError, ServerError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type { OAuthTokenVerifier } from '@modelcontextprotocol/sdk/server/auth/provider.js';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { LinkRequiredError } from '../../salesforce/errors';

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

/** The login host's OAuth endpoints (REST API Developer Guide, "OAuth Endpoints"). */
export const salesforceEndpoints = (loginUrl: string) => ({
  authorize: `${loginUrl}/services/oauth2/authorize`,
  token: `${loginUrl}/services/oauth2/token`,
});

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
