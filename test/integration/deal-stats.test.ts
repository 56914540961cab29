import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { type Range, amountOf, byAmount, closesIn, deals, dollars, monthRange, quarterRange, teamOf, todayIn } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';

/** Expected figures come from the org's store, never from the skill's queries. */
describe('deal counts, totals and averages, through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);

  const opportunities = () => stack().org.store.all('Opportunity');
  const users = () => stack().org.store.all('User');
  const userNamed = (first: string) => users().find((u) => String(u.Name).startsWith(`${first} `))!;
  const user = (id: string) => users().find((u) => u.Id === id)!;
  const manager = () => demoUser(stack(), 'manager').id;
  const team = () => teamOf(users(), manager());
  const today = () => todayIn(NEW_YORK);
  const open = (owners: Set<string>) => opportunities().filter((o) => o.IsClosed === false && owners.has(String(o.OwnerId)));
  const won = (owners: Set<string>, range: Range) => opportunities().filter((o) => o.IsWon === true && owners.has(String(o.OwnerId)) && closesIn(o, range));
  const priced = (list: SObjectRecord[]) => list.filter((o) => typeof o.Amount === 'number');
  const openDeals = (n: number) => `${n} open deal${n === 1 ? '' : 's'}`;

  afterEach(() => stack().org.clearFaults());

  before(() => {
    // Two of Lena's open deals in Commit; one of the manager's own open deals without an amount.
    const lena = byAmount(open(new Set([String(userNamed('Lena').Id)])));
    lena.forEach((o) => stack().org.store.update('Opportunity', o.Id, { ForecastCategoryName: 'Pipeline' }));
    lena.slice(0, 2).forEach((o) => stack().org.store.update('Opportunity', o.Id, { ForecastCategoryName: 'Commit' }));
    const mine = byAmount(open(new Set([manager()])));
    stack().org.store.update('Opportunity', mine.at(-1)!.Id, { Amount: null });
  });

  it('"how many open deals do I have": every open deal of the user’s, their total, and how many have no amount', async () => {
    const mine = open(new Set([manager()]));
    const unpriced = mine.length - priced(mine).length;
    expect(unpriced, 'one deal without an amount in the setup').to.equal(1);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('open sales assistant');
    stack().org.resetCounters();
    const { speech, response } = await talk.say('how many open deals do I have');
    expect(speech).to.equal(`You have ${openDeals(mine.length)} worth ${dollars(amountOf(mine))}. 1 of them has no amount yet. What else?`);
    expect(stack().org.counters().dataApiCalls, 'one aggregate query').to.equal(1);
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('"how many deals does Lena have in commit": that person’s deals in that category', async () => {
    const lena = userNamed('Lena');
    const commit = open(new Set([String(lena.Id)])).filter((o) => o.ForecastCategoryName === 'Commit');
    expect(commit).to.have.length(2);
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how many deals does Lena have in commit');
    expect(speech).to.equal(`${lena.Name} has 2 open deals in commit worth ${dollars(amountOf(commit))}. What else?`);
  });

  it('"how many deals are closing this month": the team’s, for a manager, in the user’s time zone', async () => {
    const month = open(team()).filter((o) => closesIn(o, monthRange(today())));
    expect(month.length, 'team deals closing this month').to.be.greaterThan(0);
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how many deals are closing this month');
    expect(speech).to.match(new RegExp(`^Your team has ${openDeals(month.length)} worth ${dollars(amountOf(month))} closing this month\\.`));
  });

  it('"how many deals over five hundred thousand": only deals worth more than that', async () => {
    const big = open(team()).filter((o) => typeof o.Amount === 'number' && o.Amount > 500_000);
    expect(big.length).to.be.greaterThan(0);
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how many deals over five hundred thousand');
    expect(speech).to.equal(`Your team has ${openDeals(big.length)} over 500 thousand dollars, worth ${dollars(amountOf(big))} in all. What else?`);
  });

  it('"how much pipeline do we have in negotiation": the team’s deals in that stage', async () => {
    const negotiation = open(team()).filter((o) => o.StageName === 'Negotiation/Review');
    expect(negotiation.length).to.be.greaterThan(0);
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how much pipeline do we have in negotiation');
    expect(speech).to.equal(`Your team has ${openDeals(negotiation.length)} in Negotiation/Review worth ${dollars(amountOf(negotiation))}. What else?`);
  });

  it('"what\'s the total value of my open deals" for a rep, and "how many of my commit deals close this quarter"', async () => {
    const rep = demoUser(stack(), 'rep');
    const mine = open(new Set([rep.id]));
    const talk = talkTo(stack(), { accessToken: tokens().rep });
    const total = await talk.say("ask sales assistant what's the total value of my open deals");
    expect(total.speech).to.equal(`You have ${openDeals(mine.length)} worth ${dollars(amountOf(mine))}. What else?`);
    const commit = mine.filter((o) => o.ForecastCategoryName === 'Commit' && closesIn(o, quarterRange(todayIn(String(user(rep.id).TimeZoneSidKey)))));
    const { speech } = await talkTo(stack(), { accessToken: tokens().rep }).say('ask sales assistant how many of my commit deals close this quarter');
    if (commit.length === 0) expect(speech).to.match(/^You have no open deals in commit closing this quarter\./);
    else expect(speech).to.match(new RegExp(`^You have ${openDeals(commit.length)} in commit worth ${dollars(amountOf(commit))} closing this quarter\\.`));
  });

  it('"what\'s our average deal size this quarter": the average won deal of the team, with how many it is over', async () => {
    const wins = won(team(), quarterRange(today()));
    expect(wins.length, 'the team won deals this quarter').to.be.at.least(2);
    const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant what's our average deal size this quarter");
    expect(speech).to.equal(`Your team’s average won deal this quarter is ${dollars(amountOf(wins) / wins.length)}, over ${deals(wins.length)}. What else?`);
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('averages only the won deals with an amount, and says how many were left out', async () => {
    const wins = won(team(), quarterRange(today()));
    const james = userNamed('James').Id;
    const notJames = wins.find((o) => o.OwnerId !== james)!;
    stack().org.store.update('Opportunity', notJames.Id, { Amount: null });
    const withAmount = priced(won(team(), quarterRange(today())));
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant what's the average won deal this quarter");
    expect(speech).to.equal(
      `Your team’s average won deal this quarter is ${dollars(amountOf(withAmount) / withAmount.length)}, over ${withAmount.length} deal${withAmount.length === 1 ? '' : 's'} with an amount. ` +
        '1 more won deal has no amount. What else?',
    );
  });

  it('"average deal size for James" last quarter, in the past tense', async () => {
    const james = userNamed('James');
    const wins = won(new Set([String(james.Id)]), quarterRange(today(), -1));
    expect(wins.length, 'James won deals last quarter').to.be.greaterThan(0);
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant what was the average deal size last quarter for james');
    expect(speech).to.equal(`${james.Name}’s average won deal last quarter was ${dollars(amountOf(wins) / wins.length)}, over ${deals(wins.length)}. What else?`);
  });

  it('says so when nothing was won: no average, no "0 dollars"', async () => {
    const rep = demoUser(stack(), 'rep');
    const zone = String(user(rep.id).TimeZoneSidKey);
    // Move the rep's wins of this month into last year.
    for (const o of won(new Set([rep.id]), monthRange(todayIn(zone)))) stack().org.store.update('Opportunity', o.Id, { CloseDate: `${Number(todayIn(zone).slice(0, 4)) - 1}-01-15` });
    expect(won(new Set([rep.id]), monthRange(todayIn(zone)))).to.have.length(0);
    const { speech } = await talkTo(stack(), { accessToken: tokens().rep }).say("ask sales assistant what's my average won deal this month");
    expect(speech).to.equal('You won no deals this month, so there’s no average deal size yet. What else?');
  });

  it('"what\'s the average size of my pipeline": the average open deal, over the deals with an amount', async () => {
    const mine = open(new Set([manager()]));
    const withAmount = priced(mine);
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant what's the average size of my pipeline");
    expect(speech).to.equal(
      `Your average open deal is ${dollars(amountOf(withAmount) / withAmount.length)}, over ${withAmount.length} deals with an amount. ` +
        '1 more open deal has no amount yet. What else?',
    );
  });

  it('"average open deal for the team in commit" (this quarter’s) and "how many deals did we win this quarter" goes to wins and losses', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const commit = open(team()).filter((o) => o.ForecastCategoryName === 'Commit');
    const average = await talk.say("ask sales assistant what's our average open deal in commit");
    expect(average.speech).to.match(new RegExp(`^Your team’s average open deal in commit is ${dollars(amountOf(commit) / commit.length)}, over ${deals(commit.length)}\\.`));
    const wins = won(team(), quarterRange(today()));
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how many deals did we win this quarter');
    expect(speech).to.match(new RegExp(`^Your team won ${deals(wins.length)} worth `));
  });
});
