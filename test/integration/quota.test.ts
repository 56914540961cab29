import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { type Range, amountOf, closesIn, dollars, teamOf, todayIn, periodQuarter } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';

describe('quota attainment, through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);

  const store = () => stack().org.store;
  const users = () => store().all('User');
  const userNamed = (first: string) => users().find((u) => u.FirstName === first) as SObjectRecord;

  /** The quarter (a forecast period of the org) `offset` quarters from today's, from the Period rows. */
  const quarter = (offset = 0): Range => periodQuarter(store().all('Period'), todayIn(NEW_YORK), offset);

  const quotaOf = (userId: string, [from]: Range) =>
    Number(store().all('ForecastingQuota').find((q) => q.QuotaOwnerId === userId && q.StartDate === from)?.QuotaAmount);
  const wonBy = (owners: Set<string>, range: Range) =>
    amountOf(store().all('Opportunity').filter((o) => o.IsWon === true && owners.has(String(o.OwnerId)) && closesIn(o, range)));
  const percent = (won: number, quota: number) => Math.round((100 * won) / quota);

  it('gives a manager the team’s attainment against her quota, then each rep’s, highest first', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const range = quarter();
    const quota = quotaOf(maria, range);
    const won = wonBy(teamOf(users(), maria), range);
    const reps = users()
      .filter((u) => u.ManagerId === maria)
      .map((u) => ({ first: String(u.FirstName), name: String(u.Name), pct: percent(wonBy(new Set([u.Id]), range), quotaOf(u.Id, range)) }))
      .sort((a, b) => b.pct - a.pct || a.name.localeCompare(b.name));
    const byRep = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' }).format(reps.map((r) => `${r.first} ${r.pct} percent`));
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    for (const said of ["ask sales assistant what's the team's attainment", "what's my quota attainment", 'how are we doing against quota']) {
      const { speech, response } = await talk.say(said);
      expect(speech, said).to.equal(
        `Your team is at ${percent(won, quota)} percent of quota this quarter: ${dollars(won)} closed won against a quota of ${dollars(quota)}. ` +
          `By rep: ${byRep}. What else?`,
      );
      expect(response.response.shouldEndSession).to.equal(false);
    }
  });

  it('tells one rep’s attainment by name, and for a named period', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const lena = userNamed('Lena');
    const range = quarter();
    const won = wonBy(new Set([lena.Id]), range);
    // The first turn of a session teaches Alexa the team's names (dynamic entities); a name is heard after it.
    await talk.say('open sales assistant');
    const { speech } = await talk.say('how is Lena doing against her quota');
    expect(speech).to.equal(
      `Lena Fischer is at ${percent(won, quotaOf(lena.Id, range))} percent of quota this quarter: ${dollars(won)} closed won against a quota of ${dollars(quotaOf(lena.Id, range))}. What else?`,
    );
    const james = userNamed('James');
    const last = quarter(-1);
    const jamesWon = wonBy(new Set([james.Id]), last);
    const team = await talk.say('quota attainment for the team last quarter');
    expect(team.speech).to.match(/^Your team is at \d+ percent of quota last quarter: /);
    const before = await talk.say("what's James's quota attainment last quarter");
    expect(before.speech).to.match(new RegExp(`^James Carter is at ${percent(jamesWon, quotaOf(james.Id, last))} percent of quota last quarter: `));
    expect(before.speech).to.contain(`against a quota of ${dollars(quotaOf(james.Id, last))}.`);
  });

  it('gives a rep their own attainment, and says they cannot see a peer’s quota — without a number', async () => {
    const james = demoUser(stack(), 'rep').id;
    const range = quarter();
    const won = wonBy(new Set([james]), range);
    const talk = talkTo(stack(), { accessToken: tokens().rep });
    const own = await talk.say('ask sales assistant am I on track for my quota this quarter');
    expect(own.speech).to.equal(
      `You’re at ${percent(won, quotaOf(james, range))} percent of quota this quarter: ${won > 0 ? `${dollars(won)} closed won` : 'nothing closed won yet'} against a quota of ${dollars(quotaOf(james, range))}. What else?`,
    );
    const peer = await talk.say("what's Lena's quota attainment");
    expect(peer.speech).to.equal('Salesforce shows you only your own quota, so I can’t tell Lena Fischer’s attainment. What else?');
  });

  it('says quotas are set by quarter when asked about a month, and tells a year from its four quarters', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().rep });
    const month = await talk.say("ask sales assistant what's my attainment this month");
    expect(month.speech).to.match(/^Quotas in your org are set by quarter, so I can’t tell attainment this month on its own\./);
    expect(month.speech).to.not.match(/\d/);
    const james = demoUser(stack(), 'rep').id;
    const year = todayIn(NEW_YORK).slice(0, 4);
    const range: Range = [`${year}-01-01`, `${year}-12-31`];
    const quota = store().all('ForecastingQuota').filter((q) => q.QuotaOwnerId === james && String(q.StartDate) >= range[0] && String(q.StartDate) <= range[1]);
    expect(quota).to.have.length(4);
    const won = wonBy(new Set([james]), range);
    const { speech } = await talk.say("what's my quota attainment this year");
    expect(speech).to.contain(`You’re at ${percent(won, quota.reduce((s, q) => s + Number(q.QuotaAmount), 0))} percent of quota this year`);
  });

  it('says a quota ahead without a percent: "what\'s my quota next quarter"', async () => {
    const james = demoUser(stack(), 'rep').id;
    const { speech } = await talkTo(stack(), { accessToken: tokens().rep }).say("ask sales assistant what's my quota next quarter");
    expect(speech).to.equal(`Your quota next quarter is ${dollars(quotaOf(james, quarter(1)))}; nothing has closed won against it yet. What else?`);
  });

  it('says honestly, with no number, when the user is not enabled for forecasts', async () => {
    const james = demoUser(stack(), 'rep').id;
    store().update('User', james, { ForecastEnabled: false });
    try {
      const { speech } = await talkTo(stack(), { accessToken: tokens().rep }).say('ask sales assistant how am I doing against quota');
      expect(speech).to.equal(
        'Salesforce doesn’t show you any quotas: forecasting isn’t turned on for you or for your org. So I can’t tell attainment, but I can tell you what’s been won this quarter. What else?',
      );
    } finally {
      store().update('User', james, { ForecastEnabled: true });
    }
  });

  it('says when there is no quota for the period, and falls back to the reps’ quotas for a manager without her own', async () => {
    const james = demoUser(stack(), 'rep').id;
    const maria = demoUser(stack(), 'manager').id;
    const range = quarter();
    const rowOf = (id: string) => store().all('ForecastingQuota').find((q) => q.QuotaOwnerId === id && q.StartDate === range[0]) as SObjectRecord;
    const saved = [rowOf(james), rowOf(maria)].map((r) => ({ QuotaOwnerId: r.QuotaOwnerId, ForecastingTypeId: r.ForecastingTypeId, StartDate: r.StartDate, QuotaAmount: r.QuotaAmount }));
    // Setup, as an admin would: trusted, since no user may delete their own quota.
    store().delete('ForecastingQuota', rowOf(james).Id, { trusted: true });
    store().delete('ForecastingQuota', rowOf(maria).Id, { trusted: true });
    try {
      const rep = await talkTo(stack(), { accessToken: tokens().rep }).say('ask sales assistant how am I doing against quota');
      expect(rep.speech).to.match(/^I don’t find a quota for you this quarter in Salesforce, so I can’t tell attainment\. You have /);
      expect(rep.speech).to.not.contain('percent');
      const manager = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant what's the team's attainment");
      const repsQuota = users().filter((u) => u.ManagerId === maria && u.Id !== james).reduce((s, u) => s + quotaOf(u.Id, range), 0);
      const won = wonBy(teamOf(users(), maria), range);
      expect(manager.speech).to.match(/^You have no quota of your own this quarter, so this is against your reps’ quotas added up\. /);
      expect(manager.speech).to.contain(`Your team is at ${percent(won, repsQuota)} percent of quota this quarter: ${dollars(won)} closed won against a quota of ${dollars(repsQuota)}.`);
      expect(manager.speech).to.not.contain('James');
    } finally {
      for (const row of saved) store().insert('ForecastingQuota', row, { trusted: true });
    }
  });
});
