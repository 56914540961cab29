/**
 * "Brief me" through the simulator, jsforce, the local org and DynamoDB, after changes another demo user made
 * through the REST API. Every expected count and name is computed here from the org's store: field history rows,
 * deals, cases and events, without the skill's queries.
 */
import { expect } from 'chai';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { teamOf, todayIn } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';
const TRACKED = ['StageName', 'Amount', 'CloseDate'];

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The instant a wall-clock time in `timeZone` is, found by search rather than by a time-zone library. */
function instantAt(day: string, hour: number, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, hour);
  for (let offset = -14 * 60; offset <= 14 * 60; offset += 15) {
    const at = new Date(guess - offset * 60_000);
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).format(at);
    if (parts === `${day}, ${String(hour).padStart(2, '0')}`) return at.getTime();
  }
  throw new Error(`no instant for ${day} ${hour}:00 in ${timeZone}`);
}

describe('briefing, through the simulator, jsforce, the local org and DynamoDB', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const all = (type: string) => stack().org.store.all(type);
  const userNamed = (first: string) => all('User').find((u) => u.FirstName === first)!;

  /** What another user does through the REST API, as the org sees any client. */
  async function api(token: string, method: 'POST' | 'PATCH', path: string, body: unknown): Promise<Response> {
    const res = await fetch(`${stack().org.url}/services/data/v66.0${path}`, {
      method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    expect(res.status, `${method} ${path}`).to.be.below(300);
    return res;
  }

  /** What changed on the team's deals since `since`, by others than `userId`, from the store alone. */
  function expected(userId: string, since: number) {
    const team = teamOf(all('User'), userId);
    const deal = (id: unknown) => stack().org.store.get('Opportunity', String(id))!;
    const created = all('Opportunity').filter((o) => team.has(String(o.OwnerId)) && Date.parse(String(o.CreatedDate)) >= since && o.CreatedById !== userId);
    const isNew = new Set(created.map((o) => o.Id));
    const rows = all('OpportunityFieldHistory')
      .filter((r) => Date.parse(String(r.CreatedDate)) >= since && r.CreatedById !== userId && TRACKED.includes(String(r.Field)))
      .filter((r) => team.has(String(deal(r.OpportunityId).OwnerId)) && !isNew.has(String(r.OpportunityId)))
      .sort((a, b) => Date.parse(String(a.CreatedDate)) - Date.parse(String(b.CreatedDate)));
    const lost = new Set(rows.filter((r) => r.Field === 'StageName' && deal(r.OpportunityId).IsClosed === true && deal(r.OpportunityId).IsWon === false).map((r) => String(r.OpportunityId)));
    const net = new Map<string, { deal: string; field: string; from: unknown; to: unknown }>();
    for (const r of rows) {
      if (lost.has(String(r.OpportunityId))) continue;
      const key = `${r.OpportunityId}|${r.Field}`;
      net.set(key, { deal: String(r.OpportunityId), field: String(r.Field), from: net.get(key)?.from ?? r.OldValue, to: r.NewValue });
    }
    const changed = [...net.values()].filter((c) => String(c.from) !== String(c.to));
    return { changedDeals: new Set(changed.map((c) => c.deal)).size, created, lost: [...lost].map(deal), team };
  }

  function dayFacts(userId: string, team: Set<string>) {
    const today = todayIn(NEW_YORK);
    const from = instantAt(today, 0, NEW_YORK);
    const to = instantAt(addDays(today, 1), 0, NEW_YORK);
    const invited = new Set(all('EventRelation').filter((r) => r.RelationId === userId && r.IsInvitee === true && r.Status !== 'Declined').map((r) => r.EventId));
    const meetings = all('Event')
      .filter((e) => e.OwnerId === userId || invited.has(e.Id))
      .filter((e) => (e.IsAllDayEvent === true ? e.ActivityDate === today : Date.parse(String(e.StartDateTime)) >= from && Date.parse(String(e.StartDateTime)) < to)).length;
    const saturday = addDays(today, 6 - new Date(`${today}T12:00:00Z`).getUTCDay());
    const open = all('Opportunity').filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)));
    return {
      meetings,
      week: open.filter((o) => String(o.CloseDate) >= today && String(o.CloseDate) <= saturday).length,
      slipping: open.filter((o) => String(o.CloseDate) < today).length,
      today,
    };
  }

  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

  it('tells the manager what a rep changed on the team’s deals in the last day, with the day ahead, in one Salesforce call', async () => {
    const maria = demoUser(stack(), 'manager');
    const james = userNamed('James');
    const priya = await stack().link('priya.rep@summitpeak.demo');
    const today = todayIn(NEW_YORK);
    const jamesOpen = all('Opportunity').filter((o) => o.OwnerId === james.Id && o.IsClosed === false && String(o.CloseDate) > today);
    const [toLose, toRaise] = [jamesOpen[1]!, jamesOpen[2]!];
    await api(priya.accessToken, 'PATCH', `/sobjects/Opportunity/${toLose.Id}`, { StageName: 'Closed Lost' });
    await api(priya.accessToken, 'PATCH', `/sobjects/Opportunity/${toRaise.Id}`, { Amount: Number(toRaise.Amount) + 25_000 });
    const account = all('Account').find((a) => a.OwnerId === james.Id)!;
    await api(priya.accessToken, 'POST', '/sobjects/Case', { Subject: 'Line down at the plant', Priority: 'High', AccountId: account.Id });
    await api(priya.accessToken, 'POST', '/sobjects/Opportunity', { Name: 'Briefing Test - New Deal', StageName: 'Prospecting', CloseDate: addDays(today, 40), Amount: 42_000 });

    const want = expected(maria.id, Date.now() - 86_400_000);
    expect(want.changedDeals, 'the seeded changes and the raise').to.be.at.least(2);
    expect(want.lost.map((o) => o.Id)).to.deep.equal([toLose.Id]);
    expect(want.created.map((o) => o.Name)).to.deep.equal(['Briefing Test - New Deal']);
    const day = dayFacts(maria.id, want.team);

    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('open sales assistant');
    stack().org.resetCounters();
    const { speech, response } = await talk.say('brief me');
    expect(stack().org.counters()).to.deep.include({ dataApiCalls: 1, byPath: { '/services/data/v66.0/composite': 1 } });
    expect(speech).to.match(new RegExp(`^In the last day, ${plural(want.changedDeals, 'team deal', 'team deals')} changed[.:]`));
    expect(speech).to.contain('1 new deal');
    expect(speech).to.contain('1 deal was lost');
    expect(speech).to.contain('1 new high-priority case');
    expect(speech).to.contain(`You have ${plural(day.meetings, 'meeting', 'meetings')} today.`);
    expect(speech).to.contain(`${plural(day.week, 'team deal closes', 'team deals close')} this week${day.slipping ? `, and ${day.slipping} ${day.slipping === 1 ? 'is' : 'are'} slipping` : ''}.`);
    const card = response.response.card as { content: string };
    // Who made it, by first name: Priya raised it.
    expect(card.content.split('\n')[0], 'the latest change first').to.match(new RegExp(`^Priya changed ${toRaise.Name} from `));
    expect(card.content).to.contain(`Lost: ${toLose.Name}`);
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('covers only what changed since the last briefing', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const again = await talk.say('ask sales assistant to brief me');
    expect(again.speech).to.match(/^Since your last briefing, no team deals changed\. You have/);
    expect(again.speech).to.not.contain('new deal');

    const oliver = await stack().link('oliver.rep@summitpeak.demo');
    const today = todayIn(NEW_YORK);
    const deal = all('Opportunity').find((o) => o.OwnerId === userNamed('Lena').Id && o.IsClosed === false && String(o.CloseDate) > today)!;
    await api(oliver.accessToken, 'PATCH', `/sobjects/Opportunity/${deal.Id}`, { CloseDate: addDays(String(deal.CloseDate), 30), NextStep: 'Send the revised quote' });
    stack().org.resetCounters();
    const { speech, response } = await talk.say("what's new since yesterday");
    expect(stack().org.counters().dataApiCalls).to.equal(1);
    expect(speech).to.match(/^Since your last briefing, 1 team deal changed: /);
    expect(speech).to.contain(`Oliver pushed ${deal.Name} to `);
    expect((response.response.card as { content: string }).content.split('\n')).to.have.length(1);
    // Said other ways, the same briefing: nothing since this one.
    for (const words of ["what's new", 'give me the morning briefing', 'anything new on the team\'s deals']) {
      expect((await talk.say(words)).speech, words).to.match(/^Since your last briefing, no team deals changed\. You have/);
    }
    // "My deals" from a manager: her own, not the team's.
    expect((await talk.say('anything new on my deals')).speech).to.match(/^Since your last briefing, none of your deals changed\. You have .+ (of your deals close|None of your deals close)/);
  });

  it('says a won deal as won, and briefs a manager on one rep’s deals without moving her own briefing on', async () => {
    const lena = userNamed('Lena');
    const oliver = await stack().link('oliver.rep@summitpeak.demo');
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant to brief me');
    const today = todayIn(NEW_YORK);
    const open = all('Opportunity').filter((o) => o.OwnerId === lena.Id && o.IsClosed === false && String(o.CloseDate) > today);
    const [toWin, toPush] = [open[0]!, open[1]!];
    await api(oliver.accessToken, 'PATCH', `/sobjects/Opportunity/${toWin.Id}`, { StageName: 'Closed Won' });
    await api(oliver.accessToken, 'PATCH', `/sobjects/Opportunity/${toPush.Id}`, { CloseDate: addDays(String(toPush.CloseDate), 14) });
    const lenas = all('Opportunity').filter((o) => o.OwnerId === lena.Id && o.IsClosed === false);
    const week = lenas.filter((o) => String(o.CloseDate) >= today && String(o.CloseDate) <= addDays(today, 6 - new Date(`${today}T12:00:00Z`).getUTCDay())).length;

    const hers = await talk.say("brief me on lena's deals");
    expect(hers.speech).to.match(new RegExp(`^Since your last briefing, 1 of ${lena.Name}’s deals changed: Oliver pushed ${toPush.Name} to [^.]+\\. 1 deal was won: ${toWin.Name}\\. `));
    expect(hers.speech).to.contain(week === 0 ? `None of ${lena.Name}’s deals close this week` : `${week} of ${lena.Name}’s deals ${week === 1 ? 'closes' : 'close'} this week`);
    expect((hers.response.response.card as { content: string }).content).to.contain(`Won: ${toWin.Name}`);
    // The team's briefing still covers what happened since the last one of its own: the same two changes.
    const team = await talk.say('brief me');
    expect(team.speech).to.match(new RegExp(`^Since your last briefing, 1 team deal changed: Oliver pushed ${toPush.Name} to [^.]+\\. 1 deal was won: ${toWin.Name}\\. `));
  });

  it('leaves out what the rep changed on their own deals', async () => {
    const rep = demoUser(stack(), 'rep');
    const deal = all('Opportunity').find((o) => o.OwnerId === rep.id && o.IsClosed === false)!;
    const talk = talkTo(stack(), { accessToken: tokens().rep });
    await talk.say('ask sales assistant what changed on my deals');
    await api(tokens().rep, 'PATCH', `/sobjects/Opportunity/${deal.Id}`, { Amount: Number(deal.Amount) + 1000 });
    const { speech } = await talk.say('brief me');
    expect(speech).to.match(/^Since your last briefing, none of your deals changed\./);
    expect(speech).to.match(/of your deals close|None of your deals close/);
  });
});
