/** The one External Client App the demo org knows: the Alexa skill's account-linking client. */

export interface ConnectedApp {
  name: string;
  clientId: string;
  clientSecret: string;
  /** Scopes the app may be granted; a request without `scope` gets all of them. */
  scopes: string[];
  /** Callback URLs; a trailing `*` matches any rest of the URL. */
  callbackUrls: string[];
}

export const DEMO_APP: ConnectedApp = {
  name: 'Sales Assistant (Alexa)',
  // Shaped like real consumer keys (`3MVG9…`) and secrets (64 hex characters); fixed so docs and tests can name them.
  clientId: '3MVG9LocalSummitPeakSalesAssistantAlexaSkill.DemoConsumerKey',
  clientSecret: '5C0FFEE0D15EA5E5A1E5A551574A7C0FFEE0D15EA5E5A1E5A551574A7C0FFEE0',
  scopes: ['api', 'refresh_token', 'id'],
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
 * The granted scope for a requested one: the app's scopes only, in request order; none requested → all of the app's.
 * [unsure] Salesforce may refuse a scope the app lacks (invalid_scope) rather than drop it.
 * `offline_access` is Salesforce's alias of `refresh_token`.
 */
export function grantScope(app: ConnectedApp, requested: string | undefined): string {
  const wanted = (requested ?? '').split(/\s+/).filter(Boolean).map((s) => (s === 'offline_access' ? 'refresh_token' : s));
  const granted = wanted.length ? [...new Set(wanted)].filter((s) => app.scopes.includes(s)) : app.scopes;
  return granted.join(' ');
}
