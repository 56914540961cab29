/**
 * The one External Client App the demo org knows: the Alexa skill's account-linking client, with the scopes the
 * project deploys (salesforce/…/Sales_Assistant_oauth.ecaOauth-meta.xml), so a scope missing there fails here too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ConnectedApp {
  name: string;
  clientId: string;
  clientSecret: string;
  /** Scopes the app may be granted (OAuth names: `api`, `id` …); a request without `scope` gets all of them. */
  scopes: string[];
  /** Callback URLs; a trailing `*` matches any rest of the URL. */
  callbackUrls: string[];
}

/**
 * Metadata API scope names (ExtlClntAppOauthSettings.commaSeparatedOauthScopes) → the OAuth `scope` values they allow.
 * Metadata API Developer Guide, ExtlClntAppOauthSettings
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_extlclntappoauthsettings.htm):
 * Basic is the identity URL service (`id`, the same as Profile, Email, Address and Phone); RefreshToken is also
 * OfflineAccess.
 */
export const METADATA_SCOPES: Readonly<Record<string, string>> = {
  Basic: 'id', Profile: 'profile', Email: 'email', Address: 'address', Phone: 'phone', OpenID: 'openid',
  Api: 'api', Web: 'web', Full: 'full', Chatter: 'chatter_api', RefreshToken: 'refresh_token', OfflineAccess: 'refresh_token',
  CustomPermissions: 'custom_permissions',
};

/** `id` and its synonyms: an app with one of them may be granted any of them. */
const ID_SYNONYMS = ['id', 'profile', 'email', 'address', 'phone'];

const PROJECT_APP_SETTINGS = join(__dirname, '../../../salesforce/force-app/main/default/extlClntAppOauthSettings/Sales_Assistant_oauth.ecaOauth-meta.xml');

/** The OAuth scopes an ExtlClntAppOauthSettings file grants; an unknown metadata name is an error, not a silent gap. */
export function scopesOfAppSettings(xml: string): string[] {
  const listed = /<commaSeparatedOauthScopes>([^<]*)<\/commaSeparatedOauthScopes>/.exec(xml)?.[1];
  if (listed === undefined) throw new Error('ExtlClntAppOauthSettings without commaSeparatedOauthScopes');
  return [...new Set(listed.split(',').map((s) => s.trim()).filter(Boolean).map((name) => {
    const scope = METADATA_SCOPES[name];
    if (!scope) throw new Error(`unknown OAuth scope in the app's metadata: ${name}`);
    return scope;
  }))];
}

export const DEMO_APP: ConnectedApp = {
  name: 'Sales Assistant (Alexa)',
  // Shaped like real consumer keys (`3MVG9…`) and secrets (64 hex characters); fixed so docs and tests can name them.
  clientId: '3MVG9LocalSummitPeakSalesAssistantAlexaSkill.DemoConsumerKey',
  clientSecret: '5C0FFEE0D15EA5E5A1E5A551574A7C0FFEE0D15EA5E5A1E5A551574A7C0FFEE0',
  scopes: scopesOfAppSettings(readFileSync(PROJECT_APP_SETTINGS, 'utf8')),
  callbackUrls: [
    // Alexa account linking sends one of these, ending in the vendor id (Alexa Skills Kit docs, "Account Linking").
    'https://pitangui.amazon.com/api/skill/link/*',
    'https://layla.amazon.com/api/skill/link/*',
    'https://alexa.amazon.co.jp/api/skill/link/*',
    // Local tools (`npm start`, tests) on any port.
    'http://localhost:*',
    'http://127.0.0.1:*',
  ],
};

export function isRegisteredCallback(app: ConnectedApp, redirectUri: string): boolean {
  // `http://localhost:@evil.example/` starts like a local URL but points elsewhere.
  if (!URL.canParse(redirectUri) || new URL(redirectUri).username) return false;
  return app.callbackUrls.some((pattern) =>
    pattern.endsWith('*') ? redirectUri.startsWith(pattern.slice(0, -1)) : redirectUri === pattern,
  );
}

/**
 * Scopes that reach the identity services (userinfo, the identity URL): `id` or its synonyms, `openid`, or `full`
 * (which "encompasses all other scopes"). Salesforce Help, OAuth Tokens and Scopes
 * (https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_tokens_scopes.htm).
 * [unconfirmed] that `openid` alone is enough for userinfo (it is for OpenID Connect's UserInfo endpoint in general).
 */
const IDENTITY_SCOPES = [...ID_SYNONYMS, 'openid', 'full'];

/** Scopes that reach the REST API: `api`, or `full` (same page). `chatter_api` alone reaches only Connect REST API. */
const API_SCOPES = ['api', 'full'];

function has(scope: string, any: readonly string[]): boolean {
  return scope.split(' ').some((s) => any.includes(s));
}

export const allowsIdentity = (scope: string): boolean => has(scope, IDENTITY_SCOPES);
export const allowsRestApi = (scope: string): boolean => has(scope, API_SCOPES);

/**
 * The granted scope for a requested one: the app's scopes only, in request order; none requested → all of the app's.
 * [unsure] Salesforce may refuse a scope the app lacks (invalid_scope) rather than drop it.
 * `offline_access` is Salesforce's alias of `refresh_token`.
 */
export function grantScope(app: ConnectedApp, requested: string | undefined): string {
  const wanted = (requested ?? '').split(/\s+/).filter(Boolean).map((s) => (s === 'offline_access' ? 'refresh_token' : s));
  const allowed = (s: string) => app.scopes.includes(s) || (ID_SYNONYMS.includes(s) && has(app.scopes.join(' '), ID_SYNONYMS));
  const granted = wanted.length ? [...new Set(wanted)].filter(allowed) : app.scopes;
  return granted.join(' ');
}
