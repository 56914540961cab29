/**
 * The MCP server as an MCP host meets it: the SDK's own Client over Streamable HTTP, signing in through the local
 * org's OAuth pages, every tool's structured result checked against the org's records (computed here, not by the
 * skill's queries).
 */
import { expect } from 'chai';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { tokenKey } from '../../lambda/src/state/identities';
import { type LocalMcp, startLocalMcp } from '../../local/mcp';
import type { SObjectRecord } from '../../local/org/types';
import { connectAs, s256 } from '../support/mcpClient';
import { amountOf, byAmount, closesIn, quarterRange, teamOf, todayIn } from '../support/orgFacts';
import { demoUser, useLocalStack } from '../support/conversation';

const READ_TOOLS = ['top_opportunities', 'wins_and_losses', 'pipeline', 'deal_details', 'quota_attainment', 'my_day', 'campaign_report'];
const TOOLS = [...READ_TOOLS, 'log_call', 'schedule_meeting', 'create_case', 'briefing'];

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

describe('MCP server (Streamable HTTP, Salesforce as the authorization server)', () => {
  const stack = useLocalStack();
  let mcp: LocalMcp;
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
    it('refuses a request without a token with 401 and WWW-Authenticate naming the protected-resource metadata, which names the org as authorization server', async () => {
      const res = await fetch(mcp.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) });
      expect(res.status).to.equal(401);
      const challenge = res.headers.get('www-authenticate') ?? '';
      expect(challenge).to.match(/^Bearer /);
      const metadataUrl = /resource_metadata="([^"]+)"/.exec(challenge)?.[1];
      expect(metadataUrl).to.equal(new URL('/.well-known/oauth-protected-resource/mcp', mcp.url).href);
      const metadata = (await (await fetch(metadataUrl!)).json()) as { resource: string; authorization_servers: string[] };
      expect(metadata.resource).to.equal(mcp.url.href);
      expect(metadata.authorization_servers).to.deep.equal([stack().org.url]);
      // The authorization server's own metadata, where MCP clients look for it.
      const server = (await (await fetch(`${stack().org.url}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
      expect(server.issuer).to.equal(stack().org.url);
      expect(server.code_challenge_methods_supported).to.deep.equal(['S256']);
      expect(server.authorization_endpoint).to.equal(`${stack().org.url}/services/oauth2/authorize`);
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

    it('signs the user in with the authorization code flow and PKCE (S256) at the org, after discovering it from the 401', async () => {
      const signed = await connectAs(stack(), mcp.url, demoUser(stack(), 'rep').username);
      const [authorize] = signed.provider.authorizeUrls;
      expect(authorize!.origin).to.equal(stack().org.url);
      expect(authorize!.pathname).to.equal('/services/oauth2/authorize');
      expect(authorize!.searchParams.get('code_challenge_method')).to.equal('S256');
      expect(authorize!.searchParams.get('code_challenge')).to.equal(s256(signed.provider.verifier!));
      expect(authorize!.searchParams.get('scope')).to.equal('api refresh_token id');
      expect(signed.provider.saved?.refresh_token, 'a refresh token, so the host need not sign in every hour').to.be.a('string');
      expect((await signed.client.listTools()).tools).to.have.length(TOOLS.length);
      await signed.client.close();
    });

    it('keeps the identity behind a token under its hash only, never the token', async () => {
      await call(manager.client, 'top_opportunities');
      const { Items = [] } = await stack().app.dynamodb.send(new ScanCommand({ TableName: stack().config.dynamodbTable }));
      expect(Items.map((i) => i.pk!.S)).to.include(tokenKey(manager.token()));
      expect(JSON.stringify(Items)).to.not.contain(manager.token());
    });

    it('after Salesforce expires the token: the call says so and forgets it, and the host refreshes through the org and goes on', async () => {
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
      for (const name of ['log_call', 'schedule_meeting', 'create_case']) expect(tools.find((t) => t.name === name)!.annotations, name).to.include({ readOnlyHint: false, destructiveHint: false, idempotentHint: true });
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
});
