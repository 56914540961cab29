/**
 * Account linking the way Alexa does it (AUTH_CODE grant, client credentials in the request body), against
 * any Salesforce login host: open the authorize page, sign in, follow the redirect to Amazon's callback
 * with the code, and exchange the code for tokens. `npm start` and the tests link the demo user with it, so
 * the local org's OAuth is exercised exactly as a real linking would — with the scopes accountLinking.json asks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OAuthClient {
  loginUrl: string;
  clientId: string;
  clientSecret: string;
}

export interface LinkedTokens {
  accessToken: string;
  refreshToken: string;
}

/**
 * The scopes Alexa requests: those of the account-linking request the admin sends (accountLinking.json), joined
 * with spaces as OAuth's `scope` parameter is (RFC 6749 §3.3). [unconfirmed] that Alexa joins them so.
 */
export const ALEXA_SCOPES: string = (
  JSON.parse(readFileSync(join(__dirname, '../accountLinking.json'), 'utf8')) as { accountLinkingRequest: { scopes: string[] } }
).accountLinkingRequest.scopes.join(' ');

/** The callback Alexa registers for a skill (pitangui is the US endpoint); the vendor id is a stand-in. */
export const ALEXA_REDIRECT_URI = 'https://pitangui.amazon.com/api/skill/link/LOCALVENDOR';

function hiddenInputs(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields[decodeHtml(name!)] = decodeHtml(value!);
  }
  return fields;
}

function decodeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

async function tokenRequest(client: OAuthClient, grant: Record<string, string>): Promise<{ access_token: string; refresh_token?: string }> {
  const res = await fetch(`${client.loginUrl}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...grant, client_id: client.clientId, client_secret: client.clientSecret }),
  });
  const body = (await res.json()) as { access_token: string; refresh_token?: string; error?: string; error_description?: string };
  if (!res.ok) throw new Error(`token request failed: ${body.error} (${body.error_description})`);
  return body;
}

/**
 * What a person does in the browser: open the authorize URL (any client's: the skill's account linking, an MCP host's
 * sign-in), log in and allow. Returns the URL the login host redirects to, with the code or the error.
 */
export async function signIn(authorize: URL, username: string, password: string): Promise<URL> {
  const page = await fetch(authorize);
  if (!page.ok) throw new Error(`authorize page answered ${page.status}`);
  // The login page's own address: an authorize URL may redirect there first (the MCP server's authorization server).
  const consent = await fetch(new URL('/services/oauth2/authorize', page.url), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...hiddenInputs(await page.text()), username, password, decision: 'allow' }),
  });
  const location = consent.headers.get('location');
  if (consent.status !== 302 || !location) throw new Error(`sign-in failed (${consent.status}): ${await consent.text()}`);
  return new URL(location);
}

export async function linkAccount(client: OAuthClient, username: string, password: string, scope = ALEXA_SCOPES): Promise<LinkedTokens> {
  const state = Math.random().toString(36).slice(2);
  const authorize = new URL(`${client.loginUrl}/services/oauth2/authorize`);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: ALEXA_REDIRECT_URI,
    scope,
    state,
  }).toString();
  const callback = await signIn(authorize, username, password);
  if (callback.searchParams.get('state') !== state) throw new Error('the authorize redirect lost the state parameter');
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`no code in the redirect: ${callback.searchParams.get('error_description') ?? callback.href}`);
  const tokens = await tokenRequest(client, { grant_type: 'authorization_code', code, redirect_uri: ALEXA_REDIRECT_URI });
  if (!tokens.refresh_token) throw new Error('no refresh token: is the refresh_token scope allowed?');
  return { accessToken: tokens.access_token, refreshToken: tokens.refresh_token };
}

/** What Alexa does when the access token is older than defaultTokenExpirationInSeconds. */
export async function refreshAccessToken(client: OAuthClient, refreshToken: string): Promise<string> {
  return (await tokenRequest(client, { grant_type: 'refresh_token', refresh_token: refreshToken })).access_token;
}
