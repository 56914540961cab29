import { expect } from 'chai';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Connection, OAuth2 } from 'jsforce';
import { startOrg, type OrgEmulator } from '../../local/org';
import { TokenRegistry } from '../../local/org/oauth/tokens';

const CALLBACK = 'http://localhost:3000/callback';
const ALEXA_CALLBACK = 'https://pitangui.amazon.com/api/skill/link/M2AAAAAAAAAAAA';

describe('org emulator: OAuth', () => {
  let org: OrgEmulator;
  let maria: OrgEmulator['demo']['users'][number];

  before(async () => {
    org = await startOrg();
    maria = org.demo.users[0]!;
  });
  after(() => org.close());

  function authorizeUrl(params: Record<string, string> = {}): string {
    const query = new URLSearchParams({
      response_type: 'code', client_id: org.demo.clientId, redirect_uri: CALLBACK, state: 'st-1', scope: 'api refresh_token id', ...params,
    });
    return `${org.url}/services/oauth2/authorize?${query}`;
  }

  /** What the login page's form sends: its hidden fields plus what the user typed and pressed. */
  async function submitLogin(page: string, fields: Record<string, string>): Promise<Response> {
    const hidden = [...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)]
      .map(([, name, value]) => [name!, value!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))]);
    return fetch(`${org.url}/services/oauth2/authorize`, {
      method: 'POST', redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([...hidden, ...Object.entries(fields)] as [string, string][]).toString(),
    });
  }

  async function codeFor(params: Record<string, string> = {}): Promise<string> {
    const page = await (await fetch(authorizeUrl(params))).text();
    const answer = await submitLogin(page, { username: maria.username, password: maria.password, decision: 'allow' });
    expect(answer.status).to.equal(302);
    return new URL(answer.headers.get('location')!).searchParams.get('code')!;
  }

  async function token(form: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${org.url}/services/oauth2/token`, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(form).toString(),
    });
    return { status: response.status, body: await response.json() as Record<string, unknown> };
  }

  const client = () => ({ client_id: org.demo.clientId, client_secret: org.demo.clientSecret });

  describe('authorization code flow', () => {
    it('runs end to end: login page, credentials, redirect with code, token, userinfo, a data call', async () => {
      const pageResponse = await fetch(authorizeUrl());
      expect(pageResponse.status).to.equal(200);
      expect(pageResponse.headers.get('content-type')).to.match(/^text\/html/);
      const page = await pageResponse.text();
      expect(page).to.include('Local Salesforce emulator');
      expect(page).to.match(/<input type="password" name="password"/);

      const login = await submitLogin(page, { username: maria.username, password: maria.password, decision: 'allow' });
      expect(login.status).to.equal(302);
      const location = new URL(login.headers.get('location')!);
      expect(`${location.origin}${location.pathname}`).to.equal(CALLBACK);
      expect(location.searchParams.get('state')).to.equal('st-1');
      const code = location.searchParams.get('code')!;
      expect(code).to.match(/^aPrx/);

      const { status, body } = await token({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, ...client() });
      expect(status).to.equal(200);
      expect(body).to.have.all.keys('access_token', 'refresh_token', 'signature', 'scope', 'instance_url', 'id', 'token_type', 'issued_at');
      expect(body.scope).to.equal('api refresh_token id');
      expect(body.instance_url).to.equal(org.url);
      expect(body.id).to.equal(`${org.url}/id/${org.demo.orgId}/${maria.id}`);
      expect(body.token_type).to.equal('Bearer');
      expect(body.issued_at).to.match(/^\d{13}$/);
      expect(body.access_token).to.match(new RegExp(`^${org.demo.orgId.slice(0, 15)}!AQ[\\w.]+$`));
      expect(body.refresh_token).to.match(/^5Aep861[\w.]+$/);
      const expected = createHmac('sha256', org.demo.clientSecret).update(`${String(body.id)}${String(body.issued_at)}`).digest('base64');
      expect(body.signature).to.equal(expected);

      const info = await fetch(`${org.url}/services/oauth2/userinfo`, { headers: { Authorization: `Bearer ${String(body.access_token)}` } });
      expect(info.status).to.equal(200);
      expect(info.headers.get('content-type')).to.equal('application/json;charset=UTF-8');
      const user = await info.json() as Record<string, unknown> & { urls: Record<string, string> };
      expect(user).to.include({
        sub: body.id, user_id: maria.id, organization_id: org.demo.orgId, preferred_username: maria.username,
        name: 'Maria Alvarez', given_name: 'Maria', family_name: 'Alvarez', zoneinfo: 'America/New_York',
        locale: 'en_US', language: 'en_US', active: true, user_type: 'STANDARD',
      });
      expect(user.utcOffset).to.be.oneOf([-5 * 3_600_000, -4 * 3_600_000]);
      expect(user.urls.custom_domain).to.equal(org.url);
      expect(user.urls.rest).to.equal(`${org.url}/services/data/v{version}/`);
      expect(user.urls.query).to.equal(`${org.url}/services/data/v{version}/query/`);
      expect(user.urls.sobjects).to.equal(`${org.url}/services/data/v{version}/sobjects/`);

      const conn = new Connection({ instanceUrl: org.url, accessToken: String(body.access_token), version: '66.0' });
      const limits = await conn.request<{ DailyApiRequests: { Max: number } }>('/services/data/v66.0/limits');
      expect(limits.DailyApiRequests.Max).to.equal(15000);
    });

    describe('scopes, enforced as Salesforce does', () => {
      async function tokenFor(scope: string): Promise<string> {
        const { body } = await token({ grant_type: 'authorization_code', code: await codeFor({ scope }), redirect_uri: CALLBACK, ...client() });
        expect(body.scope).to.equal(scope);
        return String(body.access_token);
      }
      const bearer = (accessToken: string) => ({ headers: { Authorization: `Bearer ${accessToken}` } });

      it('refuses userinfo and the identity URL to a token without an identity scope; the REST API still answers it', async () => {
        const apiOnly = await tokenFor('api refresh_token');
        for (const url of [`${org.url}/services/oauth2/userinfo`, `${org.url}/id/${org.demo.orgId}/${maria.id}`]) {
          const answer = await fetch(url, bearer(apiOnly));
          expect(answer.status, url).to.equal(403);
          expect(answer.headers.get('content-type')).to.match(/^text\/plain/);
          expect(await answer.text()).to.equal('Insufficient_Scope');
        }
        expect((await fetch(`${org.url}/services/data/v66.0/limits`, bearer(apiOnly))).status).to.equal(200);
      });

      it('answers userinfo for id and its synonyms', async () => {
        for (const scope of ['id', 'profile', 'email']) {
          const answer = await fetch(`${org.url}/services/oauth2/userinfo`, bearer(await tokenFor(`api ${scope}`)));
          expect(answer.status, scope).to.equal(200);
        }
      });

      it('refuses the REST API to a token without api: 401 INVALID_SESSION_ID, not valid for use with the REST API', async () => {
        const idOnly = await tokenFor('id refresh_token');
        expect((await fetch(`${org.url}/services/oauth2/userinfo`, bearer(idOnly))).status).to.equal(200);
        const answer = await fetch(`${org.url}/services/data/v66.0/limits`, bearer(idOnly));
        expect(answer.status).to.equal(401);
        expect(await answer.json()).to.deep.equal([{ message: 'This session is not valid for use with the REST API', errorCode: 'INVALID_SESSION_ID' }]);
        const conn = new Connection({ instanceUrl: org.url, accessToken: idOnly, version: '66.0' });
        const failure = await conn.query('SELECT Id FROM Account').then(() => undefined, (e: Error) => e);
        expect(failure?.name).to.equal('INVALID_SESSION_ID');
      });

      it('grants only what the app allows: a scope the app lacks is left out', async () => {
        const { body } = await token({ grant_type: 'authorization_code', code: await codeFor({ scope: 'api full id' }), redirect_uri: CALLBACK, ...client() });
        expect(body.scope).to.equal('api id');
      });
    });

    it('accepts the Alexa account-linking callbacks and refuses unregistered ones with an error page', async () => {
      expect((await fetch(authorizeUrl({ redirect_uri: ALEXA_CALLBACK }))).status).to.equal(200);
      expect((await fetch(authorizeUrl({ redirect_uri: 'https://layla.amazon.com/api/skill/link/X' }))).status).to.equal(200);
      for (const uri of ['https://evil.example/cb', 'https://pitangui.amazon.com/elsewhere', 'http://localhost:@evil.example/']) {
        const answer = await fetch(authorizeUrl({ redirect_uri: uri }), { redirect: 'manual' });
        expect(answer.status, uri).to.equal(400);
        expect(await answer.text()).to.include('redirect_uri_mismatch');
      }
    });

    it('refuses an unknown client with an error page, not a redirect', async () => {
      const answer = await fetch(authorizeUrl({ client_id: 'nope' }), { redirect: 'manual' });
      expect(answer.status).to.equal(400);
      expect(await answer.text()).to.include('invalid_client_id');
    });

    it('redirects unsupported_response_type and access_denied to the callback, with the state', async () => {
      const implicit = await fetch(authorizeUrl({ response_type: 'token' }), { redirect: 'manual' });
      expect(implicit.status).to.equal(302);
      expect(new URL(implicit.headers.get('location')!).searchParams.get('error')).to.equal('unsupported_response_type');

      const page = await (await fetch(authorizeUrl())).text();
      const denied = await submitLogin(page, { username: '', password: '', decision: 'deny' });
      expect(denied.status).to.equal(302);
      const location = new URL(denied.headers.get('location')!);
      expect(location.searchParams.get('error')).to.equal('access_denied');
      expect(location.searchParams.get('state')).to.equal('st-1');
      expect(location.searchParams.has('code')).to.equal(false);
    });

    it('keeps the user on the login page after a wrong password', async () => {
      const page = await (await fetch(authorizeUrl())).text();
      const answer = await submitLogin(page, { username: maria.username, password: 'wrong', decision: 'allow' });
      expect(answer.status).to.equal(200);
      expect(await answer.text()).to.include('Please check your username and password');
    });

    it('redeems a code once, only with its redirect_uri', async () => {
      const code = await codeFor();
      const mismatch = await token({ grant_type: 'authorization_code', code, redirect_uri: 'http://localhost:9/other', ...client() });
      expect(mismatch).to.deep.equal({ status: 400, body: { error: 'redirect_uri_mismatch', error_description: 'redirect_uri must match configuration' } });
      // The failed attempt used the code up.
      const again = await token({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, ...client() });
      expect(again).to.deep.equal({ status: 400, body: { error: 'invalid_grant', error_description: 'invalid authorization code' } });
    });

    it('checks the PKCE verifier when the code was issued with a challenge', async () => {
      const verifier = randomBytes(48).toString('base64url');
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      const grant = (code: string, extra: Record<string, string>) =>
        token({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, ...client(), ...extra });

      expect((await grant(await codeFor({ code_challenge: challenge }), {})).body.error).to.equal('invalid_grant');
      expect((await grant(await codeFor({ code_challenge: challenge }), { code_verifier: 'not-it' })).body.error).to.equal('invalid_request');
      const ok = await grant(await codeFor({ code_challenge: challenge }), { code_verifier: verifier });
      expect(ok.status).to.equal(200);
      expect(ok.body.access_token).to.be.a('string');
    });

    it('expires codes after 15 minutes', () => {
      const registry = new TokenRegistry('00D000000000001', 7_200_000);
      const grant = { userId: maria.id, clientId: 'c', scope: 'api', redirectUri: CALLBACK };
      const fresh = registry.createCode(grant, 0);
      expect(registry.redeemCode(fresh, 15 * 60_000 - 1)).to.include({ userId: maria.id });
      const stale = registry.createCode(grant, 0);
      expect(registry.redeemCode(stale, 15 * 60_000)).to.equal('expired');
    });
  });

  describe('token endpoint', () => {
    it('answers client and grant-type errors as Salesforce does', async () => {
      const base = { grant_type: 'password', username: maria.username, password: maria.password };
      expect(await token({ ...base, client_id: 'nope', client_secret: 'x' }))
        .to.deep.equal({ status: 400, body: { error: 'invalid_client_id', error_description: 'client identifier invalid' } });
      expect(await token({ ...base, client_id: org.demo.clientId, client_secret: 'wrong' }))
        .to.deep.equal({ status: 400, body: { error: 'invalid_client', error_description: 'invalid client credentials' } });
      expect(await token({ ...client(), grant_type: 'client_credentials' }))
        .to.deep.equal({ status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant type not supported' } });
      expect(await token({ ...client(), ...base, password: 'wrong' }))
        .to.deep.equal({ status: 400, body: { error: 'invalid_grant', error_description: 'authentication failure' } });
    });

    it('takes client credentials from HTTP Basic too', async () => {
      const basic = Buffer.from(`${org.demo.clientId}:${org.demo.clientSecret}`).toString('base64');
      const answer = await token({ grant_type: 'password', username: maria.username, password: maria.password }, { Authorization: `Basic ${basic}` });
      expect(answer.status).to.equal(200);
    });

    it('logs in with the username-password flow through jsforce, without a refresh token', async () => {
      const conn = new Connection({ oauth2: { loginUrl: org.url, clientId: org.demo.clientId, clientSecret: org.demo.clientSecret }, version: '66.0' });
      const info = await conn.login(maria.username, maria.password);
      expect(info).to.include({ id: maria.id, organizationId: org.demo.orgId });
      expect(conn.instanceUrl).to.equal(org.url);
      expect(conn.refreshToken).to.equal(undefined);
      const identity = await conn.identity();
      expect(identity).to.include({ user_id: maria.id, username: maria.username, display_name: 'Maria Alvarez', timezone: 'America/New_York' });

      const wrong = new Connection({ oauth2: { loginUrl: org.url, clientId: org.demo.clientId, clientSecret: org.demo.clientSecret } });
      const failure = await wrong.login(maria.username, 'wrong').then(() => undefined, (e: Error) => e);
      expect(failure?.name).to.equal('invalid_grant');
      expect(failure?.message).to.equal('authentication failure');
    });

    it('refreshes without rotating the refresh token; both access tokens work', async () => {
      const first = org.issueTokens(maria.username);
      const oauth2 = new OAuth2({ loginUrl: org.url, clientId: org.demo.clientId, clientSecret: org.demo.clientSecret });
      const refreshed = await oauth2.refreshToken(first.refresh_token);
      expect(refreshed).to.not.have.property('refresh_token');
      expect(refreshed.access_token).to.not.equal(first.access_token);
      expect(refreshed.id).to.equal(first.id);
      for (const accessToken of [first.access_token, refreshed.access_token]) {
        const answer = await fetch(`${org.url}/services/data/v66.0/limits`, { headers: { Authorization: `Bearer ${accessToken}` } });
        expect(answer.status).to.equal(200);
      }
      const bogus = await oauth2.refreshToken('5Aep861bogus').then(() => undefined, (e: Error) => e);
      expect(bogus?.name).to.equal('invalid_grant');
      expect(bogus?.message).to.equal('expired access/refresh token');
    });
  });

  describe('userinfo, revoke and expiry', () => {
    const userinfo = (accessToken: string) => fetch(`${org.url}/services/oauth2/userinfo`, { headers: { Authorization: `Bearer ${accessToken}` } });
    const dataStatus = async (accessToken: string) =>
      (await fetch(`${org.url}/services/data/v66.0/limits`, { headers: { Authorization: `Bearer ${accessToken}` } })).status;

    it('answers a bad or expired token on userinfo with 403 text/plain Bad_OAuth_Token', async () => {
      const expired = org.issueTokens(maria.username).access_token;
      org.expireAccessToken(expired);
      for (const accessToken of ['00Dbogus!AQnope', expired]) {
        const answer = await userinfo(accessToken);
        expect(answer.status).to.equal(403);
        expect(answer.headers.get('content-type')).to.match(/^text\/plain/);
        expect(await answer.text()).to.equal('Bad_OAuth_Token');
      }
    });

    it('revokes a refresh token and the sessions it started', async () => {
      const tokens = org.issueTokens(maria.username);
      const revoke = await fetch(`${org.url}/services/oauth2/revoke`, {
        method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `token=${encodeURIComponent(tokens.refresh_token)}`,
      });
      expect(revoke.status).to.equal(200);
      expect(await revoke.text()).to.equal('');
      expect(await dataStatus(tokens.access_token)).to.equal(401);
      const refresh = await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, ...client() });
      expect(refresh.body.error).to.equal('invalid_grant');
    });

    it('revokes an access token alone', async () => {
      const tokens = org.issueTokens(maria.username);
      await new OAuth2({ loginUrl: org.url, clientId: org.demo.clientId }).revokeToken(tokens.access_token);
      expect(await dataStatus(tokens.access_token)).to.equal(401);
      expect((await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, ...client() })).status).to.equal(200);
    });

    it('ends access tokens after the configured lifetime', async () => {
      const shortLived = await startOrg({ accessTokenLifetimeSeconds: 0 });
      try {
        const { access_token } = shortLived.issueTokens(maria.username);
        const answer = await fetch(`${shortLived.url}/services/data/v66.0/limits`, { headers: { Authorization: `Bearer ${access_token}` } });
        expect(answer.status).to.equal(401);
        expect((await fetch(`${shortLived.url}/services/oauth2/userinfo`, { headers: { Authorization: `Bearer ${access_token}` } })).status).to.equal(403);
      } finally {
        await shortLived.close();
      }
    });

    it('keeps a session for its lifetime and not a millisecond longer', () => {
      const registry = new TokenRegistry('00D000000000001', 1000);
      const { accessToken } = registry.issue({ userId: maria.id, clientId: 'c', scope: 'api' }, 0, false);
      expect(registry.session(accessToken, 999)?.userId).to.equal(maria.id);
      expect(registry.session(accessToken, 1000)).to.equal(undefined);
    });
  });
});
