/**
 * The MCP server as an MCP host meets it: the SDK's own Client over Streamable HTTP, signing in through the local
 * org's OAuth pages, every tool's structured result checked against the org's records (computed here, not by the
 * skill's queries).
 */
import { expect } from 'chai';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { tokenKey } from '../../lambda/src/state/identities';
import { type LocalMcp, startLocalMcp } from '../../local/mcp';
import type { SObjectRecord } from '../../local/org/types';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ClientCredentialsProvider } from '@modelcontextprotocol/sdk/client/auth-extensions.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { SignJWT, decodeJwt } from 'jose';
import { SERVICE_TOKEN_SECONDS } from '../../lambda/src/mcp/auth/serviceToken';
import { setLogLevel } from '../../lambda/src/log';
import { signIn } from '../../local/link';
import { DEMO_SERVICE_CLIENT } from '../../local/mcp';
import { connectAs, s256 } from '../support/mcpClient';
import { amountOf, byAmount, closesIn, quarterRange, teamOf, todayIn } from '../support/orgFacts';
import { demoUser, useLocalStack } from '../support/conversation';

const READ_TOOLS = [
  'top_opportunities', 'wins_and_losses', 'pipeline', 'deal_details', 'quota_attainment', 'forecast', 'my_day', 'campaign_report',
  'deal_insights', 'deals_at_risk', 'best_chance_deals',
];
const ADDING_TOOLS = ['log_call', 'schedule_meeting', 'create_case', 'create_opportunity', 'add_follow_up', 'add_note'];
const TOOLS = [...READ_TOOLS, ...ADDING_TOOLS, 'update_opportunity', 'briefing'];

type Structured = Record<string, any>;

/** An instant as a wall clock in a time zone: YYYY-MM-DD HH:MM. */
function wallClock(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

async function call(client: Client, name: string, args: Record<string, unknown> = {}): Promise<{ structured: Structured; text: string; isError: boolean }> {
  const result = await client.callTool({ name, arguments: args });
  const content = result.content as { type: string; text: string }[];
  return { structured: (result.structuredContent ?? {}) as Structured, text: content.map((c) => c.text).join(' '), isError: result.isError === true };
}

describe('MCP server (Streamable HTTP, our authorization server in front of Salesforce)', () => {
  const stack = useLocalStack();
  let mcp: LocalMcp;
  /** Alexa+'s service tier as the SDK's client does it: client credentials for the demo service client, sent only to our issuer. */
  const serviceProvider = (clientSecret = DEMO_SERVICE_CLIENT.clientSecret) =>
    new ClientCredentialsProvider({ clientId: DEMO_SERVICE_CLIENT.clientId, clientSecret, expectedIssuer: mcp.url.origin });
  let manager: { client: Client; token: () => string };
  let rep: { client: Client; token: () => string };
  before(async () => {
    mcp = await startLocalMcp(stack());
    const [m, r] = await Promise.all([
      connectAs(stack(), mcp.url, demoUser(stack(), 'manager').username),
      connectAs(stack(), mcp.url, demoUser(stack(), 'rep').username),
    ]);
    manager = { client: m.client, token: () => m.provider.saved!.access_token };
    rep = { client: r.client, token: () => r.provider.saved!.access_token };
  });
  after(async () => {
    await Promise.all([manager?.client.close(), rep?.client.close()]);
    await mcp?.close();
  });

  const opportunities = () => stack().org.store.all('Opportunity');
  const users = () => stack().org.store.all('User');
  const userOf = (role: 'manager' | 'rep') => users().find((u) => u.Username === demoUser(stack(), role).username)!;
  const today = (user: SObjectRecord) => todayIn(String(user.TimeZoneSidKey));

  describe('authorization', () => {
    it('refuses a request without a token with 401 and WWW-Authenticate naming the protected-resource metadata, which names our authorization server and its grants', async () => {
      const res = await fetch(mcp.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) });
      expect(res.status).to.equal(401);
      const challenge = res.headers.get('www-authenticate') ?? '';
      expect(challenge).to.match(/^Bearer /);
      const metadataUrl = /resource_metadata="([^"]+)"/.exec(challenge)?.[1];
      expect(metadataUrl).to.equal(new URL('/.well-known/oauth-protected-resource/mcp', mcp.url).href);
      const metadata = (await (await fetch(metadataUrl!)).json()) as { resource: string; authorization_servers: string[] };
      expect(metadata.resource).to.equal(mcp.url.href);
      expect(metadata.authorization_servers).to.deep.equal([mcp.url.origin]);
      // RFC 8414 metadata at the issuer's well-known path, listing the grants Alexa+ uses.
      const server = (await (await fetch(`${mcp.url.origin}/.well-known/oauth-authorization-server`)).json()) as Record<string, unknown>;
      expect(server.issuer).to.equal(mcp.url.origin);
      expect(server.grant_types_supported).to.have.members(['authorization_code', 'refresh_token', 'client_credentials']);
      expect(server.code_challenge_methods_supported).to.deep.equal(['S256']);
      expect(server.authorization_endpoint).to.equal(`${mcp.url.origin}/oauth/authorize`);
      expect(server.token_endpoint).to.equal(`${mcp.url.origin}/oauth/token`);
      expect(server).to.not.have.property('registration_endpoint');
    });

    it('refuses a token Salesforce never issued, and the token is never stored', async () => {
      const forged = `${stack().org.demo.orgId.slice(0, 15)}!AQforged`;
      const res = await fetch(mcp.url, { method: 'POST', headers: { authorization: `Bearer ${forged}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) });
      expect(res.status).to.equal(401);
      expect(res.headers.get('www-authenticate')).to.contain('error="invalid_token"');
      const { Items = [] } = await stack().app.dynamodb.send(new ScanCommand({ TableName: stack().config.dynamodbTable }));
      expect(JSON.stringify(Items)).to.not.contain(forged);
      expect(Items.map((i) => i.pk!.S)).to.not.include(tokenKey(forged));
    });

    it('signs the user in with the authorization code flow and PKCE (S256) through our authorization server to the org, and the token calls a tool as that user', async () => {
      const signed = await connectAs(stack(), mcp.url, demoUser(stack(), 'rep').username);
      const [authorize] = signed.provider.authorizeUrls;
      expect(authorize!.origin).to.equal(mcp.url.origin);
      expect(authorize!.pathname).to.equal('/oauth/authorize');
      expect(authorize!.searchParams.get('code_challenge_method')).to.equal('S256');
      expect(authorize!.searchParams.get('code_challenge')).to.equal(s256(signed.provider.verifier!));
      expect(authorize!.searchParams.get('scope')).to.equal('api refresh_token id');
      // Our authorize endpoint sends the browser on to the org's, with the client's parameters as they were.
      const hop = await fetch(authorize!, { redirect: 'manual' });
      expect(hop.status).to.equal(302);
      const atOrg = new URL(hop.headers.get('location')!);
      expect(`${atOrg.origin}${atOrg.pathname}`).to.equal(`${stack().org.url}/services/oauth2/authorize`);
      expect([...atOrg.searchParams].sort()).to.deep.equal([...authorize!.searchParams].sort());
      // The token is the org's own: the org knows whose it is.
      const rep = userOf('rep');
      const me = (await (await fetch(`${stack().org.url}/services/oauth2/userinfo`, { headers: { authorization: `Bearer ${signed.provider.saved!.access_token}` } })).json()) as { user_id: string };
      expect(me.user_id).to.equal(rep.Id);
      expect(signed.provider.saved?.refresh_token, 'a refresh token, so the host need not sign in every hour').to.be.a('string');
      expect((await signed.client.listTools()).tools).to.have.length(TOOLS.length);
      const expected = byAmount(opportunities().filter((o) => o.IsClosed === false && o.OwnerId === rep.Id));
      const { structured } = await call(signed.client, 'top_opportunities', { scope: 'MINE', count: 10 });
      expect(structured.deals.map((d: Structured) => d.id)).to.deep.equal(expected.slice(0, 10).map((o) => o.Id));
      await signed.client.close();
    });

    it("passes Salesforce's refusal of a code exchange through as Salesforce said it (a wrong PKCE verifier)", async () => {
      const user = demoUser(stack(), 'rep');
      const verifier = 'a-verifier-of-at-least-forty-three-characters-0000';
      const authorize = new URL('/oauth/authorize', mcp.url);
      const redirectUri = 'http://127.0.0.1:33418/callback';
      authorize.search = new URLSearchParams({ response_type: 'code', client_id: stack().org.demo.clientId, redirect_uri: redirectUri, code_challenge: s256(verifier), code_challenge_method: 'S256', state: 'xyz' }).toString();
      const callback = await signIn(authorize, user.username, user.password);
      expect(callback.searchParams.get('state')).to.equal('xyz');
      const token = (codeVerifier: string) => fetch(new URL('/oauth/token', mcp.url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', code: callback.searchParams.get('code')!, code_verifier: codeVerifier, redirect_uri: redirectUri, client_id: stack().org.demo.clientId, client_secret: stack().org.demo.clientSecret }),
      });
      const refused = await token(`${verifier}x`);
      expect(refused.status).to.equal(400);
      expect(await refused.json()).to.deep.equal({ error: 'invalid_request', error_description: 'invalid code verifier' });
    });

    describe('the service tier: client credentials', () => {
      const tokenUrl = () => new URL('/oauth/token', mcp.url);
      const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
      const rawList = (token: string, method = 'tools/list', params: Record<string, unknown> = {}) => fetch(mcp.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      });

      it('gives the configured client a short-lived service token for the right secret, and 401 invalid_client for a wrong one', async () => {
        const ok = await fetch(tokenUrl(), { method: 'POST', headers: { authorization: basic(DEMO_SERVICE_CLIENT.clientId, DEMO_SERVICE_CLIENT.clientSecret), 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
        expect(ok.status).to.equal(200);
        expect(ok.headers.get('cache-control')).to.equal('no-store');
        const issued = (await ok.json()) as { access_token: string; token_type: string; expires_in: number; scope: string };
        expect(issued).to.include({ token_type: 'Bearer', expires_in: SERVICE_TOKEN_SECONDS, scope: 'service' });
        const claims = decodeJwt(issued.access_token);
        expect(claims).to.include({ iss: mcp.url.origin, aud: mcp.url.href, sub: DEMO_SERVICE_CLIENT.clientId, scope: 'service' });
        expect(claims.exp! - claims.iat!).to.equal(SERVICE_TOKEN_SECONDS);

        const wrongBasic = await fetch(tokenUrl(), { method: 'POST', headers: { authorization: basic(DEMO_SERVICE_CLIENT.clientId, `${DEMO_SERVICE_CLIENT.clientSecret}x`), 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
        expect(wrongBasic.status).to.equal(401);
        expect(((await wrongBasic.json()) as { error: string }).error).to.equal('invalid_client');
        expect(wrongBasic.headers.get('www-authenticate')).to.match(/^Basic /);
        // In the body (client_secret_post); the Salesforce app's own credentials are not the service client's.
        for (const [id, secret] of [[DEMO_SERVICE_CLIENT.clientId, 'wrong'], [stack().org.demo.clientId, stack().org.demo.clientSecret]] as const) {
          const wrong = await fetch(tokenUrl(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }) });
          expect(wrong.status, id).to.equal(401);
          expect(((await wrong.json()) as { error: string }).error, id).to.equal('invalid_client');
        }
        const right = await fetch(tokenUrl(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO_SERVICE_CLIENT.clientId, client_secret: DEMO_SERVICE_CLIENT.clientSecret }) });
        expect(right.status).to.equal(200);
      });

      it('the SDK client with client credentials initializes and lists the tools, without a Salesforce call; a tool call is refused asking for the user', async () => {
        const provider = serviceProvider();
        const client = new Client({ name: 'alexa+ service', version: '1.0.0' });
        stack().org.resetCounters();
        await client.connect(new StreamableHTTPClientTransport(mcp.url, { authProvider: provider }));
        expect(provider.tokens()?.scope).to.equal('service');
        expect((await client.listTools()).tools.map((t) => t.name)).to.have.members(TOOLS);
        const refusal = await client.callTool({ name: 'top_opportunities', arguments: {} }).then(() => undefined, (err: unknown) => err);
        expect(refusal).to.be.instanceOf(StreamableHTTPError);
        expect((refusal as StreamableHTTPError).code).to.equal(403);
        expect(stack().org.counters()).to.include({ oauthCalls: 0, dataApiCalls: 0 });
        await client.close();

        const raw = await rawList(provider.tokens()!.access_token, 'tools/call', { name: 'top_opportunities', arguments: {} });
        expect(raw.status).to.equal(403);
        const challenge = raw.headers.get('www-authenticate') ?? '';
        expect(challenge).to.match(/^Bearer error="insufficient_scope"/);
        expect(challenge).to.contain('scope="api refresh_token id"');
        expect(challenge).to.contain(`resource_metadata="${new URL('/.well-known/oauth-protected-resource/mcp', mcp.url).href}"`);
      });

      it('with a wrong secret the SDK client is refused; a token signed with another key, for another server, or expired, is a 401', async () => {
        const refusal = await new Client({ name: 'alexa+ service', version: '1.0.0' })
          .connect(new StreamableHTTPClientTransport(mcp.url, { authProvider: serviceProvider('wrong') })).then(() => undefined, (err: unknown) => err);
        expect(String(refusal)).to.match(/invalid_client|Client authentication failed/i);
        const now = Math.floor(Date.now() / 1000);
        const forge = (key: string, aud: string, issuedAt = now) => new SignJWT({ scope: 'service' }).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
          .setIssuer(mcp.url.origin).setAudience(aud).setSubject(DEMO_SERVICE_CLIENT.clientId).setIssuedAt(issuedAt).setExpirationTime(issuedAt + SERVICE_TOKEN_SECONDS)
          .sign(new TextEncoder().encode(key));
        const genuine = await rawList(await forge(DEMO_SERVICE_CLIENT.tokenKey, mcp.url.href));
        expect(genuine.status, 'the forger signs as the server would').to.equal(200);
        const expired = await forge(DEMO_SERVICE_CLIENT.tokenKey, mcp.url.href, now - SERVICE_TOKEN_SECONDS - 60);
        for (const token of [await forge(`${DEMO_SERVICE_CLIENT.tokenKey}-other`, mcp.url.href), await forge(DEMO_SERVICE_CLIENT.tokenKey, 'https://elsewhere.example/mcp'), expired]) {
          const res = await rawList(token);
          expect(res.status).to.equal(401);
          expect(res.headers.get('www-authenticate')).to.contain('error="invalid_token"');
        }
      });
    });

    it('no token, code or secret of either tier appears in the logs', async () => {
      const lines: string[] = [];
      const saved = { log: console.log, error: console.error, warn: console.warn, info: console.info };
      const capture = (...args: unknown[]) => lines.push(args.map(String).join(' '));
      Object.assign(console, { log: capture, error: capture, warn: capture, info: capture });
      setLogLevel('debug');
      let secrets: string[] = [];
      try {
        const signed = await connectAs(stack(), mcp.url, demoUser(stack(), 'manager').username);
        await call(signed.client, 'top_opportunities');
        await call(signed.client, 'deal_details', { id: 'nonexistent' });
        stack().org.expireAccessToken(signed.provider.saved!.access_token);
        const first = signed.provider.saved!.access_token;
        await call(signed.client, 'top_opportunities');
        await call(signed.client, 'top_opportunities');
        const service = serviceProvider();
        const client = new Client({ name: 'alexa+ service', version: '1.0.0' });
        await client.connect(new StreamableHTTPClientTransport(mcp.url, { authProvider: service }));
        await client.callTool({ name: 'top_opportunities', arguments: {} }).catch(() => undefined);
        await new Client({ name: 'alexa+ service', version: '1.0.0' }).connect(new StreamableHTTPClientTransport(mcp.url, { authProvider: serviceProvider('a-wrong-secret-to-look-for') })).catch(() => undefined);
        secrets = [first, signed.provider.saved!.access_token, signed.provider.saved!.refresh_token!, signed.provider.code!, signed.provider.verifier!,
          service.tokens()!.access_token, DEMO_SERVICE_CLIENT.clientSecret, DEMO_SERVICE_CLIENT.tokenKey, 'a-wrong-secret-to-look-for', stack().org.demo.clientSecret];
        await client.close();
        await signed.client.close();
      } finally {
        Object.assign(console, saved);
        setLogLevel('error');
      }
      expect(secrets.every((s) => typeof s === 'string' && s.length > 10), 'every secret was seen').to.equal(true);
      expect(lines.length, 'the flow was logged').to.be.greaterThan(0);
      for (const secret of secrets) expect(lines.join('\n')).to.not.contain(secret);
    });

    it('keeps the identity behind a token under its hash only, never the token', async () => {
      await call(manager.client, 'top_opportunities');
      const { Items = [] } = await stack().app.dynamodb.send(new ScanCommand({ TableName: stack().config.dynamodbTable }));
      expect(Items.map((i) => i.pk!.S)).to.include(tokenKey(manager.token()));
      expect(JSON.stringify(Items)).to.not.contain(manager.token());
    });

    it('after Salesforce expires the token: the call says so and forgets it, and the host refreshes through our token endpoint and goes on', async () => {
      const signed = await connectAs(stack(), mcp.url, demoUser(stack(), 'manager').username);
      await call(signed.client, 'top_opportunities');
      const old = signed.provider.saved!.access_token;
      stack().org.expireAccessToken(old);
      const refused = await call(signed.client, 'top_opportunities');
      expect(refused.isError).to.equal(true);
      expect(refused.text).to.match(/expired or was revoked/);
      const { Items = [] } = await stack().app.dynamodb.send(new ScanCommand({ TableName: stack().config.dynamodbTable }));
      expect(Items.map((i) => i.pk!.S)).to.not.include(tokenKey(old));
      // The next request is a 401; the SDK client uses its refresh token at the org and retries.
      const again = await call(signed.client, 'top_opportunities');
      expect(again.isError).to.equal(false);
      expect(signed.provider.saved!.access_token).to.not.equal(old);
      expect(again.structured.deals).to.have.length(3);
      await signed.client.close();
    });
  });

  describe('tools', () => {
    it('lists one tool per conversation, each with an output schema and annotations saying whether it only reads', async () => {
      const { tools } = await manager.client.listTools();
      expect(tools.map((t) => t.name)).to.have.members(TOOLS);
      for (const tool of tools) {
        expect(tool.outputSchema, tool.name).to.be.an('object');
        expect(tool.annotations, tool.name).to.include({ readOnlyHint: READ_TOOLS.includes(tool.name), openWorldHint: false });
      }
      for (const name of ADDING_TOOLS) expect(tools.find((t) => t.name === name)!.annotations, name).to.include({ readOnlyHint: false, destructiveHint: false, idempotentHint: true });
      // An update overwrites what the deal held: destructive, as MCP's annotations mean it.
      expect(tools.find((t) => t.name === 'update_opportunity')!.annotations).to.include({ readOnlyHint: false, destructiveHint: true, idempotentHint: true });
      expect(tools.find((t) => t.name === 'update_opportunity')!.inputSchema.required).to.deep.equal(['idempotencyKey']);
      expect(tools.find((t) => t.name === 'log_call')!.inputSchema.required).to.include.members(['notes', 'idempotencyKey']);
      const top = tools.find((t) => t.name === 'top_opportunities')!;
      expect((top.inputSchema.properties as Record<string, { enum?: string[] }>).scope!.enum).to.deep.equal(['MINE', 'TEAM', 'ALL']);
    });

    it('top_opportunities: the team\'s biggest open deals, as many as asked, with the next page', async () => {
      const team = teamOf(users(), userOf('manager').Id);
      const expected = byAmount(opportunities().filter((o) => o.IsClosed === false && team.has(String(o.OwnerId))));
      const first = await call(manager.client, 'top_opportunities', { count: 4 });
      expect(first.structured.deals.map((d: Structured) => d.id)).to.deep.equal(expected.slice(0, 4).map((o) => o.Id));
      expect(first.structured.deals.map((d: Structured) => d.amount)).to.deep.equal(expected.slice(0, 4).map((o) => o.Amount));
      expect(first.structured).to.include({ hasMore: true, currency: 'USD' });
      expect(first.structured.owner).to.deep.equal({ scope: 'TEAM' });
      expect(first.text).to.match(/^Your team’s top 4 open deals/);
      expect(first.text).to.equal(first.structured.said);
      const next = await call(manager.client, 'top_opportunities', { count: 4, offset: 4 });
      expect(next.structured.deals.map((d: Structured) => d.id)).to.deep.equal(expected.slice(4, 8).map((o) => o.Id));
    });

    it('top_opportunities for a person by name (as said, possessive and all), over an amount', async () => {
      const lena = users().find((u) => u.FirstName === 'Lena')!;
      const expected = byAmount(opportunities().filter((o) => o.IsClosed === false && o.OwnerId === lena.Id && Number(o.Amount) > 10000));
      const { structured } = await call(manager.client, 'top_opportunities', { person: "Lena's", minAmount: 10000, count: 10 });
      expect(structured.owner).to.deep.equal({ scope: 'PERSON', person: { id: lena.Id, name: lena.Name } });
      expect(structured.deals.map((d: Structured) => d.id)).to.deep.equal(expected.slice(0, 10).map((o) => o.Id));
    });

    it("my_day: the user's meetings that day in their time zone, their open tasks due and overdue, the team's deals closing", async () => {
      const maria = userOf('manager');
      const zone = String(maria.TimeZoneSidKey);
      const day = today(maria);
      const invited = new Set(stack().org.store.all('EventRelation').filter((r) => r.RelationId === maria.Id && r.IsInvitee === true && r.Status !== 'Declined').map((r) => r.EventId));
      const meetings = stack().org.store.all('Event')
        .filter((e) => e.OwnerId === maria.Id || invited.has(e.Id))
        .filter((e) => (e.IsAllDayEvent === true ? e.ActivityDate === day : wallClock(String(e.StartDateTime), zone).startsWith(day)));
      const open = stack().org.store.all('Task').filter((t) => t.OwnerId === maria.Id && t.Status !== 'Completed' && typeof t.ActivityDate === 'string');
      const team = teamOf(users(), maria.Id);
      const closing = opportunities().filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)) && o.CloseDate === day);
      expect(meetings.length + open.length, 'the demo org gives the manager a day to read').to.be.greaterThan(0);
      const { structured } = await call(manager.client, 'my_day');
      expect(structured.day).to.equal(day);
      expect(structured.meetings.map((m: Structured) => m.id)).to.have.members(meetings.map((e) => e.Id));
      expect(structured.tasks).to.include({ due: open.filter((t) => t.ActivityDate === day).length, earlier: open.filter((t) => String(t.ActivityDate) < day).length });
      expect(structured.deals).to.include({ onDay: closing.length, scope: 'TEAM' });
    });

    it('campaign_report: a campaign\'s results by the name said; without one, the active campaigns, latest start first', async () => {
      const campaigns = stack().org.store.all('Campaign');
      const spring = campaigns.find((c) => c.Name === 'Spring Launch')!;
      const { structured } = await call(manager.client, 'campaign_report', { name: 'spring launch' });
      expect(structured.campaign).to.include({
        id: spring.Id, leads: spring.NumberOfLeads, convertedLeads: spring.NumberOfConvertedLeads, opportunities: spring.NumberOfOpportunities,
        wonOpportunities: spring.NumberOfWonOpportunities, wonAmount: spring.AmountWonOpportunities, isActive: true,
      });
      const active = campaigns.filter((c) => c.IsActive === true).sort((a, b) => String(b.StartDate).localeCompare(String(a.StartDate)));
      const list = await call(manager.client, 'campaign_report');
      expect(list.structured.active.map((c: Structured) => c.id)).to.deep.equal(active.slice(0, 5).map((c) => c.Id));
    });

    it('a warm read tool call makes one Salesforce call and no identity call, like the skill', async () => {
      await call(manager.client, 'wins_and_losses');
      stack().org.resetCounters();
      await call(manager.client, 'wins_and_losses', { period: 'LAST_QUARTER' });
      expect(stack().org.counters()).to.include({ oauthCalls: 0, dataApiCalls: 1 });
    });

    it('a name that fits no one is refused with what to ask, never answered for someone else', async () => {
      const answer = await call(manager.client, 'top_opportunities', { person: 'Zorro' });
      expect(answer.isError).to.equal(true);
      expect(answer.text).to.match(/No one named "Zorro".*Ask who they mean/);
    });

    it('wins_and_losses: counts, amounts, win rate and the biggest win and loss of last quarter, for the team', async () => {
      const team = teamOf(users(), userOf('manager').Id);
      const quarter = quarterRange(today(userOf('manager')), -1);
      const closed = opportunities().filter((o) => o.IsClosed === true && team.has(String(o.OwnerId)) && closesIn(o, quarter));
      const won = closed.filter((o) => o.IsWon === true);
      const lost = closed.filter((o) => o.IsWon !== true);
      expect(won.length, 'the demo org has wins and losses last quarter').to.be.greaterThan(0);
      const { structured, text } = await call(manager.client, 'wins_and_losses', { period: 'LAST_QUARTER' });
      expect(structured.won).to.deep.equal({ count: won.length, amount: amountOf(won) });
      expect(structured.lost).to.deep.equal({ count: lost.length, amount: amountOf(lost) });
      expect(structured.winRatePercent).to.equal(Math.round((100 * won.length) / closed.length));
      expect(structured.biggestWin.id).to.equal(byAmount(won)[0]!.Id);
      expect(structured.biggestLoss.id).to.equal(byAmount(lost)[0]!.Id);
      expect(structured.period).to.deep.equal({ relative: 'LAST_QUARTER' });
      expect(text).to.match(new RegExp(`^Your team won ${won.length} deals`));
    });

    it('pipeline: open amounts by forecast category this quarter, and what is slipping', async () => {
      const team = teamOf(users(), userOf('manager').Id);
      const day = today(userOf('manager'));
      const open = opportunities().filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)));
      const inQuarter = open.filter((o) => closesIn(o, quarterRange(day)));
      const { structured } = await call(manager.client, 'pipeline');
      const expected = (['Commit', 'Best Case', 'Pipeline', 'Omitted'] as const)
        .map((name, i) => ({ category: ['COMMIT', 'BEST_CASE', 'PIPELINE', 'OMITTED'][i], deals: inQuarter.filter((o) => o.ForecastCategoryName === name) }))
        .filter((c) => c.deals.length > 0)
        .map((c) => ({ category: c.category, count: c.deals.length, amount: amountOf(c.deals) }));
      expect(structured.byCategory).to.deep.equal(expected);
      const slipping = open.filter((o) => String(o.CloseDate) < day);
      expect(structured.slipping).to.deep.equal({ count: slipping.length, amount: amountOf(slipping) });
    });

    it('pipeline with a category: its totals and its biggest deals', async () => {
      const team = teamOf(users(), userOf('manager').Id);
      const commit = opportunities().filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)) && o.ForecastCategoryName === 'Commit' && closesIn(o, quarterRange(today(userOf('manager')))));
      const { structured } = await call(manager.client, 'pipeline', { category: 'COMMIT' });
      expect(structured.totals).to.deep.equal({ count: commit.length, amount: amountOf(commit) });
      expect(structured.deals.map((d: Structured) => d.id)).to.deep.equal(byAmount(commit).slice(0, 3).map((o) => o.Id));
    });

    it('pipeline slipping in one category: the open deals past their close date in commit, and the biggest of them', async () => {
      const team = teamOf(users(), userOf('manager').Id);
      const day = today(userOf('manager'));
      const slipping = opportunities().filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)) && String(o.CloseDate) < day);
      const commit = slipping.filter((o) => o.ForecastCategoryName === 'Commit');
      expect(commit.length, 'the demo org has slipping commit deals').to.be.greaterThan(0);
      expect(commit.length, 'and slipping deals in other categories').to.be.lessThan(slipping.length);
      const { structured } = await call(manager.client, 'pipeline', { slipping: true, category: 'COMMIT' });
      expect(structured.totals).to.deep.equal({ count: commit.length, amount: amountOf(commit) });
      expect(structured.deals.map((d: Structured) => d.id)).to.deep.equal(byAmount(commit).slice(0, 3).map((o) => o.Id));
    });

    it('deal_details: one deal by id, and by the name said', async () => {
      const deal = byAmount(opportunities().filter((o) => o.IsClosed === false && o.OwnerId === userOf('manager').Id))[0]!;
      const byId = await call(manager.client, 'deal_details', { id: deal.Id });
      expect(byId.structured.deal).to.include({ id: deal.Id, name: deal.Name, amount: deal.Amount, stage: deal.StageName, closeDate: deal.CloseDate, probability: deal.Probability, isClosed: false });
      expect(byId.structured.deal.nextStep).to.equal(deal.NextStep ?? null);
      const byName = await call(manager.client, 'deal_details', { name: String(deal.Name) });
      expect(byName.structured.deal.id).to.equal(deal.Id);
    });

    it('quota_attainment: each rep\'s closed won this quarter against their quota', async () => {
      const managerId = userOf('manager').Id;
      const quarter = quarterRange(today(userOf('manager')));
      const { structured } = await call(manager.client, 'quota_attainment');
      expect(structured.window).to.deep.equal({ from: quarter[0], to: quarter[1] });
      const reps = users().filter((u) => u.ManagerId === managerId);
      expect(structured.reps).to.have.length(reps.length);
      for (const rep of reps) {
        const quota = stack().org.store.all('ForecastingQuota').filter((q) => q.QuotaOwnerId === rep.Id && q.StartDate === quarter[0]);
        expect(quota, `one quarterly quota for ${rep.Name}`).to.have.length(1);
        const won = amountOf(opportunities().filter((o) => o.IsWon === true && o.OwnerId === rep.Id && closesIn(o, quarter)));
        const row = structured.reps.find((r: Structured) => r.id === rep.Id);
        expect(row, String(rep.Name)).to.include({ quota: quota[0]!.QuotaAmount, won, attainmentPercent: Math.round((100 * won) / Number(quota[0]!.QuotaAmount)) });
      }
    });
  });

  describe('forecast', () => {
    /** The forecast period (a fiscal quarter, from the org's Period rows) `offset` quarters from today's. */
    const quarter = (offset = 0): [string, string] => {
      const quarters = stack().org.store.all('Period').filter((p) => p.Type === 'Quarter' && p.IsForecastPeriod === true).sort((a, b) => String(a.StartDate).localeCompare(String(b.StartDate)));
      const day = today(userOf('manager'));
      const p = quarters[quarters.findIndex((q) => String(q.StartDate) <= day && day <= String(q.EndDate)) + offset]!;
      return [String(p.StartDate), String(p.EndDate)];
    };
    /** A user and everyone below them, at any depth: whose deals a forecast rolls up. */
    const below = (userId: string) => {
      const seen = new Set([userId]);
      for (let grew = true; grew;) {
        grew = false;
        for (const u of users()) if (typeof u.ManagerId === 'string' && seen.has(u.ManagerId) && !seen.has(u.Id)) grew = Boolean(seen.add(u.Id));
      }
      return seen;
    };
    const numbers = (owners: Set<string>, range: [string, string]) => {
      const deals = opportunities().filter((o) => owners.has(String(o.OwnerId)) && closesIn(o, range));
      const inCategory = (name: string) => amountOf(deals.filter((o) => o.ForecastCategoryName === name));
      return { closed: inCategory('Closed'), commit: inCategory('Commit'), bestCase: inCategory('Best Case') };
    };
    const quotaOf = (userId: string, [from]: [string, string]) => Number(stack().org.store.all('ForecastingQuota').find((q) => q.QuotaOwnerId === userId && q.StartDate === from)?.QuotaAmount);

    it("a manager's forecast is her whole team's: closed plus commit against her quota, best case on top", async () => {
      const maria = userOf('manager').Id;
      const n = numbers(below(maria), quarter());
      const quota = quotaOf(maria, quarter());
      const { structured, text } = await call(manager.client, 'forecast');
      expect(structured).to.include({ status: 'forecast', ...n, forecast: n.closed + n.commit, quota, quotaFromReps: false, attainmentPercent: Math.round((100 * (n.closed + n.commit)) / quota) });
      expect(structured.owner).to.deep.equal({ scope: 'TEAM' });
      expect(structured.window).to.deep.equal({ from: quarter()[0], to: quarter()[1] });
      expect(text).to.match(/^Your team’s forecast this quarter is /);
    });

    it("one rep's forecast next quarter, by name, to their manager; to another rep it is not theirs to see", async () => {
      const lena = users().find((u) => u.FirstName === 'Lena')!;
      const n = numbers(new Set([lena.Id]), quarter(1));
      const { structured } = await call(manager.client, 'forecast', { person: 'Lena', period: 'NEXT_QUARTER' });
      expect(structured.owner).to.deep.equal({ scope: 'PERSON', person: { id: lena.Id, name: lena.Name } });
      expect(structured).to.include({ status: 'forecast', closed: n.closed, commit: n.commit, bestCase: n.bestCase, quota: quotaOf(String(lena.Id), quarter(1)) });
      expect(lena.Id, 'Lena is not the demo rep').to.not.equal(userOf('rep').Id);
      const repAsks = await call(rep.client, 'forecast', { person: 'Lena' });
      expect(repAsks.structured).to.include({ status: 'none', forecast: null });
      expect(repAsks.text).to.equal(`Salesforce shows you only your own forecast, so I can’t tell ${lena.Name}’s.`);
    });
  });

  describe('writes', () => {
    const callsOn = (dealId: string) => stack().org.store.all('Task').filter((t) => t.WhatId === dealId && t.TaskSubtype === 'Call');

    it('log_call: a retried call with the same idempotency key writes one task; a new key is a new call', async () => {
      const deal = byAmount(opportunities().filter((o) => o.IsClosed === false && o.OwnerId === userOf('rep').Id))[0]!;
      const before = callsOn(deal.Id).length;
      const args = { dealId: deal.Id, notes: 'they want a revised quote by Friday', idempotencyKey: 'call-7f3c2a91' };
      const first = await call(rep.client, 'log_call', args);
      expect(first.isError, first.text).to.equal(false);
      expect(first.structured.repeated).to.equal(false);
      const retried = await call(rep.client, 'log_call', args);
      expect(retried.structured).to.include({ repeated: true, dealId: deal.Id });
      expect(retried.structured.task.id).to.equal(first.structured.task.id);
      const written = callsOn(deal.Id).slice(before);
      expect(written).to.have.length(1);
      expect(written[0]).to.include({ Id: first.structured.task.id, Status: 'Completed', Description: 'They want a revised quote by Friday', OwnerId: userOf('rep').Id });
      expect(first.text).to.match(/^Done\. Call with .* is logged/);
      const again = await call(rep.client, 'log_call', { ...args, idempotencyKey: 'call-0b1d4e22' });
      expect(again.structured.repeated).to.equal(false);
      expect(callsOn(deal.Id).slice(before)).to.have.length(2);
    });

    it('log_call: two deliveries of one call at the same moment still write once', async () => {
      const deal = byAmount(opportunities().filter((o) => o.IsClosed === false && o.OwnerId === userOf('manager').Id))[1]!;
      const before = callsOn(deal.Id).length;
      const args = { dealId: deal.Id, notes: 'budget approved for next quarter', idempotencyKey: 'call-5e6f7a8b' };
      const answers = await Promise.all([call(manager.client, 'log_call', args), call(manager.client, 'log_call', args)]);
      expect(callsOn(deal.Id).slice(before)).to.have.length(1);
      expect(answers.filter((a) => !a.isError && a.structured.repeated === false)).to.have.length(1);
    });
  });

  describe('create_case', () => {
    it('opens a case on the account named, with its subject and priority, once however often it is retried', async () => {
      const globex = stack().org.store.all('Account').find((a) => a.Name === 'Globex Corporation')!;
      const cases = () => stack().org.store.all('Case').filter((c) => c.AccountId === globex.Id);
      const before = cases().length;
      const args = { account: 'globex', subject: "the scanner won't sync", priority: 'High', idempotencyKey: 'case-0a1b2c3d' };
      const first = await call(rep.client, 'create_case', args);
      expect(first.isError, first.text).to.equal(false);
      const retried = await call(rep.client, 'create_case', args);
      expect(retried.structured).to.include({ repeated: true });
      expect(retried.structured.case.id).to.equal(first.structured.case.id);
      const opened = cases().slice(before);
      expect(opened).to.have.length(1);
      expect(opened[0]).to.include({ Id: first.structured.case.id, Subject: "Scanner won't sync", Priority: 'High', OwnerId: userOf('rep').Id });
      expect(first.text).to.equal(`Done. Case ${opened[0]!.CaseNumber} is open for Globex Corporation: scanner won't sync, high priority.`);
    });
  });

  describe('schedule_meeting', () => {
    /** The day `days` after the user's today, YYYY-MM-DD. */
    const dayAfter = (user: SObjectRecord, days: number) => {
      const [y, m, d] = today(user).split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
    };

    it('puts the meeting at that time in the user\'s own time zone, invites the people named, and a retry schedules it once', async () => {
      const maria = userOf('manager');
      const date = dayAfter(maria, 3);
      const events = () => stack().org.store.all('Event').filter((e) => e.Subject === 'Pipeline review');
      const before = events().length;
      const args = { subject: 'pipeline review', date, time: '15:30', durationMinutes: 45, people: ['Lena', 'James'], idempotencyKey: 'meet-1a2b3c4d' };
      const first = await call(manager.client, 'schedule_meeting', args);
      expect(first.isError, first.text).to.equal(false);
      const retried = await call(manager.client, 'schedule_meeting', args);
      expect(retried.structured).to.include({ repeated: true, eventId: first.structured.eventId });
      const made = events().slice(before);
      expect(made).to.have.length(1);
      expect(made[0]!.Id).to.equal(first.structured.eventId);
      expect(wallClock(String(made[0]!.StartDateTime), String(maria.TimeZoneSidKey))).to.equal(`${date} 15:30`);
      expect(made[0]!.DurationInMinutes).to.equal(45);
      const invited = stack().org.store.all('EventRelation').filter((r) => r.EventId === made[0]!.Id).map((r) => r.RelationId);
      const named = users().filter((u) => u.FirstName === 'Lena' || u.FirstName === 'James').map((u) => u.Id);
      expect(invited).to.have.members(named);
      expect(first.text).to.match(/^Done\. The pipeline review is on your calendar .* and I invited 2 people\.$/);
    });

    it('invites the team by default, and refuses a time that has passed', async () => {
      const maria = userOf('manager');
      const answer = await call(manager.client, 'schedule_meeting', { date: dayAfter(maria, 4), time: '09:00', idempotencyKey: 'meet-5e6f7a8b' });
      const invited = stack().org.store.all('EventRelation').filter((r) => r.EventId === answer.structured.eventId).map((r) => r.RelationId);
      expect(invited).to.have.members(users().filter((u) => u.ManagerId === maria.Id).map((u) => u.Id));
      const past = await call(manager.client, 'schedule_meeting', { date: dayAfter(maria, -1), time: '09:00', idempotencyKey: 'meet-9c0d1e2f' });
      expect(past.isError).to.equal(true);
      expect(past.text).to.match(/has already passed/);
    });
  });

  describe('briefing', () => {
    it('tells what others changed on the team\'s deals since the last briefing, and moves "since" on', async () => {
      const asked = Date.now();
      const first = await call(manager.client, 'briefing');
      expect(first.isError, first.text).to.equal(false);
      expect(first.structured.first).to.equal(true);
      expect(first.structured.owner).to.deep.equal({ scope: 'TEAM' });
      // The rep pushes one of the team's deals by a month, through the REST API as any client would.
      const deal = opportunities().find((o) => o.IsClosed === false && o.OwnerId === userOf('rep').Id && String(o.CloseDate) > today(userOf('rep')))!;
      const before = String(deal.CloseDate);
      const pushed = new Date(Date.parse(`${before}T12:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
      const res = await fetch(`${stack().org.url}/services/data/v66.0/sobjects/Opportunity/${deal.Id}`, {
        method: 'PATCH', headers: { authorization: `Bearer ${rep.token()}`, 'content-type': 'application/json' }, body: JSON.stringify({ CloseDate: pushed }),
      });
      expect(res.status).to.equal(204);
      const askedAgain = Date.now();
      const second = await call(manager.client, 'briefing');
      expect(second.structured.first).to.equal(false);
      expect(Date.parse(second.structured.since), 'the first briefing\'s time').to.be.within(asked, askedAgain);
      expect(second.structured.changes.map((c: Structured) => ({ dealId: c.dealId, field: c.field, from: c.from, to: c.to }))).to.deep.equal([
        { dealId: deal.Id, field: 'CloseDate', from: before, to: pushed },
      ]);
      expect(second.structured.changedDeals).to.equal(1);
      expect(second.text).to.match(/^Since your last briefing, 1 team deal changed: /);
    });
  });

  describe('each user as themselves', () => {
    it('a rep sees only their own deals: "the team" is theirs, and the answer says no one reports to them', async () => {
      const repUser = userOf('rep');
      const own = byAmount(opportunities().filter((o) => o.IsClosed === false && o.OwnerId === repUser.Id));
      const answer = await call(rep.client, 'top_opportunities', { scope: 'TEAM', count: 10 });
      expect(answer.structured.owner).to.deep.equal({ scope: 'MINE' });
      expect(answer.structured.deals.map((d: Structured) => d.id)).to.deep.equal(own.slice(0, 10).map((o) => o.Id));
      expect(answer.text).to.match(/^No one reports to you/);
      // The same server, the same moment: the manager's own deals are not the rep's.
      const managers = await call(manager.client, 'top_opportunities', { scope: 'MINE', count: 10 });
      expect(managers.structured.deals.every((d: Structured) => d.ownerId === userOf('manager').Id)).to.equal(true);
    });

    it('makes every Salesforce call as the caller: a field hidden from the rep fails the rep\'s call only', async () => {
      const deal = opportunities().find((o) => o.IsClosed === false && o.OwnerId === userOf('rep').Id)!;
      stack().org.restrictField(demoUser(stack(), 'rep').username, 'Opportunity.NextStep', 'none');
      try {
        expect((await call(rep.client, 'deal_details', { id: deal.Id })).isError).to.equal(true);
        expect((await call(manager.client, 'deal_details', { id: deal.Id })).structured.deal.id).to.equal(deal.Id);
      } finally {
        stack().org.clearFieldRestrictions();
      }
    });
  });

  describe('update_opportunity', () => {
    const deal = (id: string) => opportunities().find((o) => o.Id === id)!;
    /** The rep's open deals, one per test, none a test before changed. */
    const repDeal = (i: number) => byAmount(opportunities().filter((o) => o.IsClosed === false && o.OwnerId === userOf('rep').Id)).slice(-1 - i)[0]!;
    /** Someone else edits the deal, seconds after its last change (If-Unmodified-Since has whole seconds). */
    const editedElsewhere = (id: string, fields: Record<string, unknown>) =>
      stack().org.store.update('Opportunity', id, { ...fields, LastModifiedDate: new Date(Date.parse(String(deal(id).LastModifiedDate)) + 5000).toISOString() }, { trusted: true });

    it('changes the amount the user confirmed, once: a retry with the same key writes nothing, even after someone else changed it', async () => {
      const target = repDeal(0);
      const read = await call(rep.client, 'deal_details', { id: target.Id });
      const amount = Number(target.Amount) + 1250;
      const args = { dealId: target.Id, amount, lastModified: read.structured.deal.lastModified, idempotencyKey: 'upd-amount-1a2b' };
      const first = await call(rep.client, 'update_opportunity', args);
      expect(first.isError, first.text).to.equal(false);
      expect(first.structured).to.include({ changed: true, repeated: false });
      expect(first.structured.deal).to.include({ id: target.Id, amount });
      expect(deal(target.Id).Amount).to.equal(amount);
      expect(first.text).to.match(/^Done\. .* is worth /);
      // Another user sets another amount; the host retries the first call: it must not write the old amount again.
      editedElsewhere(target.Id, { Amount: amount + 1 });
      const retried = await call(rep.client, 'update_opportunity', args);
      expect(retried.isError, retried.text).to.equal(false);
      expect(retried.structured).to.include({ changed: false, repeated: true });
      expect(deal(target.Id).Amount).to.equal(amount + 1);
      // The user asks for the same amount again (a new request, a new key): that is a new change, and it is made.
      const asked = await call(rep.client, 'update_opportunity', { ...args, lastModified: String(deal(target.Id).LastModifiedDate), idempotencyKey: 'upd-amount-9f8e' });
      expect(asked.structured).to.include({ changed: true, repeated: false });
      expect(deal(target.Id).Amount).to.equal(amount);
    });

    it('writes nothing over a change made since the user heard the deal, says how it is now, and goes ahead with the new lastModified', async () => {
      const target = repDeal(1);
      const read = await call(rep.client, 'deal_details', { id: target.Id });
      const stage = target.StageName === 'Negotiation/Review' ? 'Proposal/Price Quote' : 'Negotiation/Review';
      editedElsewhere(target.Id, { NextStep: 'Changed by someone else' });
      const stale = await call(rep.client, 'update_opportunity', { dealId: target.Id, stage, lastModified: read.structured.deal.lastModified, idempotencyKey: 'upd-stage-3c4d' });
      expect(stale.isError).to.equal(true);
      expect(stale.text).to.match(new RegExp(`^Someone changed .* since I read it to you: it’s now at ${target.StageName!.toString().replace(/[/.]/g, '\\$&')}, .*Move .* to ${stage.replace(/[/.]/g, '\\$&')}\\? Nothing was changed\\.`));
      expect(deal(target.Id).StageName).to.equal(target.StageName);
      const now = /lastModified "([^"]+)"/.exec(stale.text)![1]!;
      expect(Date.parse(now.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))).to.equal(Date.parse(String(deal(target.Id).LastModifiedDate)));
      const again = await call(rep.client, 'update_opportunity', { dealId: target.Id, stage, lastModified: now, idempotencyKey: 'upd-stage-3c4d' });
      expect(again.isError, again.text).to.equal(false);
      expect(deal(target.Id)).to.include({ StageName: stage, NextStep: 'Changed by someone else' });
    });

    it('closes a deal lost by its name, pushes a close date, and refuses a past one', async () => {
      const lost = repDeal(2);
      const answer = await call(rep.client, 'update_opportunity', { dealName: String(lost.Name), outcome: 'LOST', lossReason: 'Price', idempotencyKey: 'upd-lost-5e6f' });
      expect(answer.isError, answer.text).to.equal(false);
      // Closed today, as the skill closes it, so this quarter's numbers count it.
      expect(deal(lost.Id)).to.include({ StageName: 'Closed Lost', IsClosed: true, IsWon: false, CloseDate: today(userOf('rep')) });
      // The demo org keeps no loss reason: said, as the skill says it.
      expect(answer.text).to.equal(`Salesforce keeps no loss reason here, so I’ll only close it. Done. ${lost.Name} is Closed Lost.`);
      const pushed = repDeal(3);
      const [y, m, d] = today(userOf('rep')).split('-').map(Number) as [number, number, number];
      const later = new Date(Date.UTC(y, m - 1, d + 40)).toISOString().slice(0, 10);
      const moved = await call(rep.client, 'update_opportunity', { dealId: pushed.Id, closeDate: later, idempotencyKey: 'upd-close-7a8b' });
      expect(moved.structured.deal.closeDate).to.equal(later);
      expect(deal(pushed.Id).CloseDate).to.equal(later);
      const past = await call(rep.client, 'update_opportunity', { dealId: pushed.Id, closeDate: new Date(Date.UTC(y, m - 1, d - 2)).toISOString().slice(0, 10), idempotencyKey: 'upd-close-9c0d' });
      expect(past.isError).to.equal(true);
      expect(deal(pushed.Id).CloseDate).to.equal(later);
    });

    it('a rep Salesforce does not let edit the amount cannot change it through the tool; the same call goes through once they may', async () => {
      const target = repDeal(4);
      const args = { dealId: target.Id, amount: Number(target.Amount) + 10, idempotencyKey: 'upd-fls-1f2e' };
      stack().org.restrictField(demoUser(stack(), 'rep').username, 'Opportunity.Amount', 'read');
      try {
        const refused = await call(rep.client, 'update_opportunity', args);
        expect(refused.isError).to.equal(true);
        expect(refused.text).to.match(/^Salesforce refused it: Unable to create\/update fields: Amount/);
        expect(deal(target.Id).Amount).to.equal(target.Amount);
      } finally {
        stack().org.clearFieldRestrictions();
      }
      // The refusal wrote nothing, so the key is free: the same call, allowed now, changes the deal.
      const allowed = await call(rep.client, 'update_opportunity', args);
      expect(allowed.structured).to.include({ changed: true, repeated: false });
      expect(deal(target.Id).Amount).to.equal(args.amount);
    });

    it('takes exactly one change per call, and refuses a deal id no one can see', async () => {
      const managers = byAmount(opportunities().filter((o) => o.IsClosed === false && o.OwnerId === userOf('manager').Id))[0]!;
      const two = await call(manager.client, 'update_opportunity', { dealId: managers.Id, amount: 5, nextStep: 'call', idempotencyKey: 'upd-two-3a4b' });
      expect(two.isError).to.equal(true);
      expect(two.text).to.match(/^Give exactly one change/);
      expect(deal(managers.Id)).to.include({ Amount: managers.Amount });
      const unknown = await call(rep.client, 'update_opportunity', { dealId: '006000000000000AAA', amount: 5, idempotencyKey: 'upd-none-5c6d' });
      expect(unknown.text).to.match(/^No deal with id 006000000000000AAA that this user can see\./);
    });
  });

  describe('create_opportunity, add_follow_up, add_note', () => {
    const dayAfter = (user: SObjectRecord, days: number) => {
      const [y, m, d] = today(user).split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
    };
    const accountNamed = (prefix: string) => stack().org.store.all('Account').find((a) => String(a.Name).startsWith(prefix))!;

    it('create_opportunity: on the account named, at the first open stage, named after the account and the close month; a retry adds it once', async () => {
      const initech = accountNamed('Initech');
      const onInitech = () => opportunities().filter((o) => o.AccountId === initech.Id);
      const before = onInitech().length;
      const closeDate = dayAfter(userOf('rep'), 45);
      const args = { account: 'initech', amount: 52500, closeDate, idempotencyKey: 'opp-1a2b3c4d' };
      const first = await call(rep.client, 'create_opportunity', args);
      expect(first.isError, first.text).to.equal(false);
      const retried = await call(rep.client, 'create_opportunity', args);
      expect(retried.structured).to.include({ repeated: true });
      const added = onInitech().slice(before);
      expect(added).to.have.length(1);
      const firstOpen = stack().org.store.all('OpportunityStage').filter((st) => st.IsActive === true && st.IsClosed === false)
        .sort((a, b) => Number(a.SortOrder) - Number(b.SortOrder))[0]!;
      const month = new Date(`${closeDate}T12:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(added[0]).to.include({ Id: first.structured.opportunity.id, Name: `${initech.Name} - ${month}`, Amount: 52500, CloseDate: closeDate, StageName: firstOpen.ApiName, OwnerId: userOf('rep').Id });
      expect(first.structured.opportunity).to.include({ name: `${initech.Name} - ${month}`, stage: firstOpen.ApiName, accountId: initech.Id });
      expect(retried.structured.opportunity.id).to.equal(first.structured.opportunity.id);
      expect(first.text).to.match(/^Done\. .* is in .*, worth 52,500 dollars, closing /);
      const past = await call(rep.client, 'create_opportunity', { ...args, closeDate: dayAfter(userOf('rep'), -1), idempotencyKey: 'opp-5e6f7a8b' });
      expect(past.isError).to.equal(true);
      expect(onInitech().slice(before)).to.have.length(1);
      // The same words in a new request (a new key) are a second opportunity.
      const again = await call(rep.client, 'create_opportunity', { ...args, idempotencyKey: 'opp-9c0d1e2f' });
      expect(again.structured).to.include({ repeated: false });
      expect(onInitech().slice(before)).to.have.length(2);
    });

    it("add_follow_up: an open call task on the account, due that day, reminding at 9 in the user's time zone; a retry adds it once", async () => {
      const repUser = userOf('rep');
      const initech = accountNamed('Initech');
      const tasks = () => stack().org.store.all('Task').filter((t) => t.WhatId === initech.Id && t.Status === 'Not Started');
      const before = tasks().length;
      const due = dayAfter(repUser, 6);
      const args = { account: 'Initech', due, about: 'about the renewal', idempotencyKey: 'rem-1a2b3c4d' };
      const first = await call(rep.client, 'add_follow_up', args);
      expect(first.isError, first.text).to.equal(false);
      const retried = await call(rep.client, 'add_follow_up', args);
      expect(retried.structured).to.include({ repeated: true, whatId: initech.Id });
      const added = tasks().slice(before);
      expect(added).to.have.length(1);
      expect(added[0]).to.include({ Id: first.structured.task.id, Subject: `Call ${initech.Name} about the renewal`, ActivityDate: due, IsReminderSet: true, OwnerId: repUser.Id });
      expect(wallClock(String(added[0]!.ReminderDateTime), String(repUser.TimeZoneSidKey))).to.equal(`${due} 09:00`);
      expect(first.text).to.match(/^Done\. Call .* about the renewal is on your tasks, due .*, with a reminder at 9 AM\.$/);
      // A follow-up, not a call: its own subject, as the skill's "remind me to follow up with …".
      const target = byAmount(opportunities().filter((o) => o.IsClosed === false && o.OwnerId === repUser.Id))[2]!;
      const followUp = await call(rep.client, 'add_follow_up', { dealId: target.Id, due, action: 'followUp', idempotencyKey: 'rem-5e6f7a8b' });
      const account = stack().org.store.get('Account', String(target.AccountId))!;
      expect(stack().org.store.get('Task', followUp.structured.task.id)).to.include({ Subject: `Follow up with ${account.Name}`, WhatId: target.Id, ActivityDate: due });
    });

    it('add_note: a note on the deal named, titled by its first words; a retry adds it once', async () => {
      const target = byAmount(opportunities().filter((o) => o.IsClosed === false && o.OwnerId === userOf('rep').Id))[1]!;
      const links = () => stack().org.store.all('ContentDocumentLink').filter((l) => l.LinkedEntityId === target.Id);
      const before = links().length;
      const args = { dealId: target.Id, text: 'legal wants the indemnity clause and the payment terms changed before signing', idempotencyKey: 'note-1a2b3c4d' };
      const first = await call(rep.client, 'add_note', args);
      expect(first.isError, first.text).to.equal(false);
      const retried = await call(rep.client, 'add_note', args);
      expect(retried.structured).to.include({ repeated: true, whatId: target.Id });
      const added = links().slice(before);
      expect(added).to.have.length(1);
      const note = stack().org.store.get('ContentNote', String(added[0]!.ContentDocumentId))!;
      expect(note).to.include({ Id: first.structured.note.id, Title: 'Legal wants the indemnity clause and the payment', OwnerId: userOf('rep').Id });
      expect(note.TextPreview).to.equal('Legal wants the indemnity clause and the payment terms changed before signing');
      expect(first.structured.note).to.include({ kind: 'note', title: 'Legal wants the indemnity clause and the payment' });
      expect(first.text).to.match(/^Done\. The note is on .* in Salesforce\.$/);
      const again = await call(rep.client, 'add_note', { ...args, idempotencyKey: 'note-5e6f7a8b' });
      expect(again.structured).to.include({ repeated: false });
      expect(links().slice(before)).to.have.length(2);
    });
  });

  describe('Einstein: deal_insights, deals_at_risk, best_chance_deals', () => {
    const store = () => stack().org.store;
    /** A deal's insights newest first (the demo rows share a created date: the later id is the newer). */
    const insightsOf = (dealId: string) => store().all('OpportunityInsight').filter((i) => i.OpportunityId === dealId)
      .sort((a, b) => String(b.CreatedDate).localeCompare(String(a.CreatedDate)) || b.Id.localeCompare(a.Id));
    const scoreOf = (deal: SObjectRecord): number | undefined => {
      const row = store().all('ScoreIntelligence').find((r) => r.BaseId === deal.Id);
      return row ? Number(row.Score) : undefined;
    };

    it("deal_insights: Einstein's latest three insights on the deal named", async () => {
      const deal = opportunities().find((o) => o.IsClosed === false && insightsOf(o.Id).length > 0)!;
      const { structured, isError, text } = await call(manager.client, 'deal_insights', { dealId: deal.Id });
      expect(isError, text).to.equal(false);
      expect(structured).to.include({ einstein: true });
      expect(structured.deal).to.deep.equal({ id: deal.Id, name: deal.Name });
      expect(structured.insights).to.deep.equal(insightsOf(deal.Id).slice(0, 3).map((i) => ({ title: String(i.Title).trim(), trend: i.TrendType })));
      expect(text).to.match(new RegExp(`^Einstein on ${String(deal.Name).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
    });

    it("deals_at_risk: the team's open deals with a negative insight, biggest first, each with what Einstein says against it", async () => {
      const team = teamOf(users(), userOf('manager').Id);
      const negative = store().all('OpportunityInsight').filter((i) => i.TrendType === 'Negative');
      const atRisk = byAmount(opportunities().filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)) && negative.some((i) => i.OpportunityId === o.Id)));
      expect(atRisk.length, 'the demo org has team deals at risk').to.be.greaterThan(1);
      const { structured } = await call(manager.client, 'deals_at_risk');
      expect(structured).to.include({ einstein: true });
      expect(structured.owner).to.deep.equal({ scope: 'TEAM' });
      expect(structured.deals.map((d: Structured) => d.id)).to.have.members(atRisk.map((o) => o.Id));
      expect(structured.deals.map((d: Structured) => d.amount)).to.deep.equal(atRisk.map((o) => o.Amount ?? null));
      for (const d of structured.deals) {
        expect(d.insights.map((i: Structured) => i.title), d.name).to.have.members(negative.filter((i) => i.OpportunityId === d.id).map((i) => String(i.Title).trim()));
      }
    });

    it('best_chance_deals: the three open team deals closing this quarter Einstein scores highest, with their scores', async () => {
      const team = teamOf(users(), userOf('manager').Id);
      const quarter = quarterRange(today(userOf('manager')));
      const best = opportunities().filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)) && closesIn(o, quarter) && scoreOf(o) !== undefined)
        .sort((a, b) => scoreOf(b)! - scoreOf(a)! || Number(b.Amount ?? -1) - Number(a.Amount ?? -1) || a.Id.localeCompare(b.Id))
        .slice(0, 3);
      expect(best, 'the demo org has scored deals this quarter').to.have.length(3);
      const { structured, text } = await call(manager.client, 'best_chance_deals');
      expect(structured).to.include({ einstein: true });
      expect(structured.period).to.deep.equal({ relative: 'THIS_QUARTER' });
      expect(structured.deals.map((d: Structured) => ({ id: d.id, score: d.score }))).to.deep.equal(best.map((o) => ({ id: o.Id, score: scoreOf(o) })));
      expect(text).to.contain(`score ${scoreOf(best[0]!)}`);
    });
  });
});
