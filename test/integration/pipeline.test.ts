import { expect } from 'chai';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { amountOf, byAmount, closesIn, deals, dollars, figure, listedDeal, monthRange, quarterRange, teamOf, todayIn } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';

describe('pipeline, through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  let team: Set<string>;

  const opportunities = () => stack().org.store.all('Opportunity');
  const open = (owners: Set<string>) => opportunities().filter((o) => o.IsClosed === false && owners.has(String(o.OwnerId)));
  const today = () => todayIn(NEW_YORK);
  const listed = (deal: Parameters<typeof listedDeal>[0]) => listedDeal(deal, stack().org.store.all('Account'));

  before(async () => {
    team = teamOf(stack().org.store.all('User'), demoUser(stack(), 'manager').id);
    // A known split of this quarter's team deals: the seven biggest alternate Commit and Best Case, the rest Pipeline.
    const thisQuarter = byAmount(open(team).filter((o) => closesIn(o, quarterRange(today()))));
    expect(thisQuarter.length, 'open team deals closing this quarter').to.be.at.least(7);
    thisQuarter.forEach((o) => stack().org.store.update('Opportunity', o.Id, { ForecastCategoryName: 'Pipeline' }));
    thisQuarter.slice(0, 7).forEach((o, i) => stack().org.store.update('Opportunity', o.Id, { ForecastCategoryName: i % 2 === 0 ? 'Commit' : 'Best Case' }));
  });
  afterEach(() => stack().org.clearFaults());

  const inCategory = (owners: Set<string>, name: string) =>
    byAmount(open(owners).filter((o) => o.ForecastCategoryName === name && closesIn(o, quarterRange(today()))));

  it('sums the open pipeline by forecast category, with what closes this month and what is slipping', async () => {
    const quarter = open(team).filter((o) => closesIn(o, quarterRange(today())));
    const [, monthEnd] = monthRange(today());
    const month = open(team).filter((o) => String(o.CloseDate) >= today() && String(o.CloseDate) <= monthEnd);
    const slipping = open(team).filter((o) => String(o.CloseDate) < today());
    const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how does the pipeline look this quarter');
    expect(speech).to.match(new RegExp(`^Your team has ${dollars(amountOf(quarter))} open, closing this quarter, in ${deals(quarter.length)}: `));
    // The currency is said once, in the headline; the figures after it are in the same currency.
    for (const [name, words] of [['Commit', 'commit'], ['Best Case', 'best case'], ['Pipeline', 'pipeline']] as const) {
      expect(speech).to.contain(` ${figure(amountOf(inCategory(team, name)))} in ${words}`);
    }
    expect(speech).to.contain(`Closing this month: ${deals(month.length)}, ${figure(amountOf(month))}.`);
    expect(speech).to.contain(`Slipping: ${deals(slipping.length)}, ${figure(amountOf(slipping))}.`);
    expect(speech.match(/dollars/g)).to.have.length(1);
    expect(speech).to.match(/\?$/);
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('reads the user’s own pipeline for "my pipeline", one composite call on the warm path', async () => {
    const me = new Set([demoUser(stack(), 'manager').id]);
    const quarter = open(me).filter((o) => closesIn(o, quarterRange(today())));
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('open sales assistant');
    stack().org.resetCounters();
    const { speech } = await talk.say('how does my pipeline look this quarter');
    expect(speech).to.match(new RegExp(`^You have ${dollars(amountOf(quarter))} open, closing this quarter, in ${deals(quarter.length)}`));
    expect(stack().org.counters()).to.deep.include({ dataApiCalls: 1, byPath: { '/services/data/v66.0/composite': 1 } });
  });

  it('reads what is in commit for the team: total, count and the biggest deals, then pages on and picks by position', async () => {
    const commit = inCategory(team, 'Commit');
    expect(commit.length, 'four commit deals in the setup').to.equal(4);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('open sales assistant');
    stack().org.resetCounters();
    const first = await talk.say("what's in commit for the team");
    expect(stack().org.counters().dataApiCalls, 'totals and the first page in one composite call').to.equal(1);
    expect(first.speech).to.match(new RegExp(`^Your team has ${dollars(amountOf(commit))} in commit closing this quarter, from 4 deals\\. The biggest 3: `));
    const at = commit.slice(0, 3).map((o) => first.speech.indexOf(`${listed(o)}: ${figure(Number(o.Amount))}, `));
    expect(at.every((p) => p > 0)).to.equal(true);
    expect(at).to.deep.equal([...at].sort((a, b) => a - b));
    expect(first.speech).to.match(/Want the next 3\?$/);
    const next = await talk.say('next');
    expect(next.speech).to.match(new RegExp(`^Here is the next one: 4th, ${escapeRegExp(listed(commit[3]!))}: `));
    const fourth = await talk.say('tell me more about the fourth one');
    expect(fourth.speech).to.match(new RegExp(`^${escapeRegExp(String(commit[3]!.Name))}`));
  });

  it('lists the slipping deals, biggest first, with how late they are', async () => {
    const slipping = byAmount(open(team).filter((o) => String(o.CloseDate) < today()));
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant which deals are slipping');
    expect(speech).to.match(new RegExp(`^${slipping.length} of your team’s deals, worth ${dollars(amountOf(slipping))}, are slipping\\. The biggest 3: ${escapeRegExp(listed(slipping[0]!))}: `));
    expect(speech.match(/, was due /g)).to.have.length(3);
  });

  it('says when a category is empty, and keeps listening', async () => {
    const omitted = inCategory(team, 'Omitted');
    expect(omitted, 'no open deal is omitted in the demo org').to.have.length(0);
    const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant what's in omitted for the team");
    expect(speech).to.equal('Your team has nothing in omitted closing this quarter. What else?');
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('gives a rep their own pipeline when they ask for the team, and says why', async () => {
    const rep = new Set([demoUser(stack(), 'rep').id]);
    const quarter = open(rep).filter((o) => closesIn(o, quarterRange(today(), 1)));
    const { speech } = await talkTo(stack(), { accessToken: tokens().rep }).say("ask sales assistant how is my team's pipeline next quarter");
    expect(speech).to.match(/^No one reports to you in Salesforce, so here are your own\. /);
    expect(speech).to.contain(`You have ${dollars(amountOf(quarter))} open, closing next quarter`);
  });

  it('reads the slipping deals of one category, and says a period does not change what is slipping', async () => {
    const late = byAmount(open(team).filter((o) => String(o.CloseDate) < today()));
    expect(late.length, 'the team has slipping deals').to.be.at.least(2);
    stack().org.store.update('Opportunity', late[0]!.Id, { ForecastCategoryName: 'Commit' });
    const inCommit = byAmount(open(team).filter((o) => String(o.CloseDate) < today() && o.ForecastCategoryName === 'Commit'));
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const commit = await talk.say("ask sales assistant what's slipping in commit");
    expect(commit.speech).to.match(new RegExp(`^${inCommit.length} of your team’s deals in commit, worth ${dollars(amountOf(inCommit))}, ${inCommit.length === 1 ? 'is' : 'are'} slipping\\.`));
    const later = await talk.say('and last quarter?');
    expect(later.speech).to.match(/^Slipping deals are the ones already late, whatever the period\. /);
    expect(later.speech).to.contain(`in commit, worth ${dollars(amountOf(inCommit))}`);
  });

  it('says so when the org is out of API requests', async () => {
    await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how is the pipeline');
    stack().org.injectFault({ status: 403, errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.', path: /\/composite$/ });
    const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how is the pipeline');
    expect(speech).to.match(/^Your Salesforce org has used up its API requests for today/);
    expect(response.response.shouldEndSession).to.equal(true);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
