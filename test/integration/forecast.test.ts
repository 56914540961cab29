/**
 * The forecast, through the simulator, the skill, jsforce and the local org: a manager's (her whole team's), a rep's,
 * one person's, other periods, follow-ups, and orgs and users without Collaborative Forecasts. What each answer must
 * say is worked out here from the org's opportunities, users, periods and quotas — not from its ForecastingItem rows
 * nor the skill's queries.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { type Range, amountOf, closesIn, dollars, figure, todayIn, periodQuarter } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';
const NO_FORECASTING = 'Forecasts aren’t turned on in Salesforce for you or your org, so I can’t tell a forecast. What else?';

describe('the forecast, through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;
  const users = () => store().all('User');
  const userNamed = (first: string) => users().find((u) => u.FirstName === first) as SObjectRecord;

  /** The forecast period (a fiscal quarter, from the Period rows) `offset` quarters from today's. */
  const quarter = (offset = 0): Range => periodQuarter(store().all('Period'), todayIn(NEW_YORK), offset, true);

  /** A user and everyone below them, at any depth: whose deals a forecast rolls up. */
  function below(userId: string): Set<string> {
    const seen = new Set([userId]);
    for (let grew = true; grew;) {
      grew = false;
      for (const u of users()) if (typeof u.ManagerId === 'string' && seen.has(u.ManagerId) && !seen.has(u.Id)) grew = Boolean(seen.add(u.Id));
    }
    return seen;
  }

  const quotaOf = (userId: string, [from]: Range) =>
    Number(store().all('ForecastingQuota').find((q) => q.QuotaOwnerId === userId && q.StartDate === from)?.QuotaAmount);

  /** Closed, commit and best case of these owners' deals closing in the range, by the deals' forecast category. */
  function numbers(owners: Set<string>, range: Range) {
    const deals = store().all('Opportunity').filter((o) => owners.has(String(o.OwnerId)) && closesIn(o, range));
    const inCategory = (name: string) => amountOf(deals.filter((o) => o.ForecastCategoryName === name));
    return { closed: inCategory('Closed'), commit: inCategory('Commit'), bestCase: inCategory('Best Case') };
  }

  function said(whose: string, period: string, n: ReturnType<typeof numbers>, quota: number): string {
    const total = n.closed + n.commit;
    return (
      `${whose} forecast ${period} is ${dollars(total)}, closed plus commit: ` +
      `${n.closed > 0 ? `${figure(n.closed)} closed` : 'nothing closed yet'} and ${n.commit > 0 ? `${figure(n.commit)} in commit` : 'nothing in commit'}. ` +
      `That’s ${Math.round((100 * total) / quota)} percent of the quota of ${figure(quota)}. ` +
      `${n.bestCase > 0 ? `Best case adds ${figure(n.bestCase)} more.` : 'Nothing is in best case.'} What else?`
    );
  }

  it('gives a manager her forecast as her whole team’s, and follows up with "and next quarter?"', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const team = below(maria);
    expect(team.size, 'Maria has reps').to.be.greaterThan(1);
    const now = numbers(team, quarter());
    // Her own deals alone (OwnerOnlyAmount) would be less: the team's forecast is not hers alone.
    expect(now.closed + now.commit, 'the team forecasts more than Maria alone').to.be.greaterThan(numbers(new Set([maria]), quarter()).closed + numbers(new Set([maria]), quarter()).commit);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const { speech, response } = await talk.say("ask sales assistant what's my forecast");
    expect(speech).to.equal(said('Your', 'this quarter', now, quotaOf(maria, quarter())));
    expect(response.response.shouldEndSession).to.equal(false);
    expect((await talk.say("how's the team's forecast")).speech).to.equal(said('Your team’s', 'this quarter', now, quotaOf(maria, quarter())));
    const next = numbers(team, quarter(1));
    expect((await talk.say('and next quarter')).speech).to.equal(said('Your team’s', 'next quarter', next, quotaOf(maria, quarter(1))));
  });

  it('tells one rep’s forecast to their manager, by name, and to the rep as theirs', async () => {
    const lena = userNamed('Lena');
    const lenas = numbers(new Set([lena.Id]), quarter());
    const manager = talkTo(stack(), { accessToken: tokens().manager });
    // The first turn of a session teaches Alexa the team's names (dynamic entities); a name is heard after it.
    await manager.say('open sales assistant');
    expect((await manager.say("what's Lena's forecast")).speech).to.equal(said('Lena Fischer’s', 'this quarter', lenas, quotaOf(lena.Id, quarter())));

    const james = demoUser(stack(), 'rep').id;
    const rep = talkTo(stack(), { accessToken: tokens().rep });
    const own = numbers(new Set([james]), quarter());
    expect((await rep.say("ask sales assistant what's my forecast")).speech).to.equal(said('Your', 'this quarter', own, quotaOf(james, quarter())));
    const peer = await rep.say("what's Lena's forecast");
    expect(peer.speech).to.equal('Salesforce shows you only your own forecast, so I can’t tell Lena Fischer’s. What else?');
  });

  it('answers "forecast for next quarter", and says forecasts are by quarter when asked about a month', async () => {
    const james = demoUser(stack(), 'rep').id;
    const talk = talkTo(stack(), { accessToken: tokens().rep });
    const next = numbers(new Set([james]), quarter(1));
    expect((await talk.say('ask sales assistant forecast for next quarter')).speech).to.equal(said('Your', 'next quarter', next, quotaOf(james, quarter(1))));
    const month = await talk.say("what's my forecast this month");
    expect(month.speech).to.equal('Your org forecasts by quarter, so I can’t tell a forecast this month on its own. Ask me about a whole quarter. What else?');
  });

  it('answers a warm forecast question with one Salesforce call: the describe is kept', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say("ask sales assistant what's my forecast");
    stack().org.resetCounters();
    await talk.say("what's the forecast next quarter");
    // The first question described the org too (a second call); this one only reads the items and quotas.
    expect(stack().org.counters().dataApiCalls, 'one composite call: the items and the quotas').to.equal(1);
  });

  it('says forecasting is off, with no number, for a user who may not forecast', async () => {
    const oliver = userNamed('Oliver');
    store().update('User', oliver.Id, { ForecastEnabled: false });
    try {
      const token = (await stack().link(String(oliver.Username))).accessToken;
      const { speech } = await talkTo(stack(), { accessToken: token }).say("ask sales assistant what's my forecast");
      expect(speech).to.equal(NO_FORECASTING);
    } finally {
      store().update('User', oliver.Id, { ForecastEnabled: true });
    }
  });
});

describe('the forecast, in an org without Collaborative Forecasts', () => {
  const stack = useLocalStack({ orgForecasting: false });
  const tokens = linkDemoUsers(stack);

  it('has no ForecastingItem object, and the skill says forecasting is off in one sentence, describing once', async () => {
    const objects = stack().org.store.objects().map((d) => d.name);
    expect(objects).to.not.include('ForecastingItem');
    expect(objects).to.include('Period');
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const first = await talk.say("ask sales assistant what's my forecast");
    expect(first.speech).to.equal(NO_FORECASTING);
    expect(first.response.response.shouldEndSession).to.equal(false);
    stack().org.resetCounters();
    expect((await talk.say("how's the team's forecast")).speech).to.equal(NO_FORECASTING);
    expect(stack().org.counters().dataApiCalls, 'the describe is kept: no call at all').to.equal(0);
  });
});
