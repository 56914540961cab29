/**
 * Einstein's insights, through the simulator, the skill, jsforce and the local org: on a deal by name and "it", the
 * deals at risk for a manager's team and a rep, and an org without Einstein. What each answer must say is worked out
 * here from the org's store (the OpportunityInsight rows, the deals, the users), not from the skill's queries.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { dollars, teamOf } from '../support/orgFacts';

const NO_EINSTEIN = 'Einstein insights aren’t turned on in your Salesforce org. What else?';
const spoken = (name: unknown) => String(name).toLowerCase().replace(/ - /g, ' ');
const sayable = (name: unknown) => /^[A-Za-z]+( [A-Za-z]+)*$/.test(String(name));

describe('Einstein insights, with Einstein', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;
  const insights = () => store().all('OpportunityInsight');
  /** A deal's insights newest first (the demo rows share a created date: the later id is the newer). */
  const insightsOf = (deal: SObjectRecord) =>
    insights().filter((i) => i.OpportunityId === deal.Id).sort((a, b) => String(b.CreatedDate).localeCompare(String(a.CreatedDate)) || b.Id.localeCompare(a.Id));
  const openOf = (account: SObjectRecord) => store().all('Opportunity').filter((o) => o.AccountId === account.Id && o.IsClosed === false);

  /** An account said by its plain name whose one open deal has (or has not) insights. */
  function accountWithOneOpenDeal(withInsights: boolean): { account: SObjectRecord; deal: SObjectRecord } {
    const account = store().all('Account').find((a) => sayable(a.Name) && openOf(a).length === 1 && (insightsOf(openOf(a)[0]!).length > 0) === withInsights);
    expect(account, `an account whose one open deal has ${withInsights ? '' : 'no '}insights`).to.not.equal(undefined);
    return { account: account!, deal: openOf(account!)[0]! };
  }

  const sentence = (title: unknown) => (/[.!?]$/.test(String(title)) ? String(title) : `${String(title)}.`);
  const saidInsights = (deal: SObjectRecord) => `Einstein on ${deal.Name}: ${insightsOf(deal).slice(0, 3).map((i) => sentence(i.Title)).join(' ')} What else?`;
  /** What is said about a deal: its insights, or that there are none (from the store). */
  const saidAbout = (deal: SObjectRecord) => (insightsOf(deal).length ? saidInsights(deal) : `Einstein has no insights on ${deal.Name} right now. What else?`);

  /** The open deals of these owners with a Negative insight, biggest first, each with its newest Negative insight. */
  function atRisk(owners: Set<string>): { deal: SObjectRecord; title: string }[] {
    const deals = new Map<string, { deal: SObjectRecord; title: string }>();
    const negative = insights().filter((i) => i.TrendType === 'Negative').sort((a, b) => b.Id.localeCompare(a.Id));
    for (const i of negative) {
      const deal = store().get('Opportunity', String(i.OpportunityId))!;
      if (deal.IsClosed === true || !owners.has(String(deal.OwnerId)) || deals.has(deal.Id)) continue;
      deals.set(deal.Id, { deal, title: String(i.Title) });
    }
    return [...deals.values()].sort((a, b) => Number(b.deal.Amount ?? -1) - Number(a.deal.Amount ?? -1) || a.deal.Id.localeCompare(b.deal.Id));
  }

  function saidAtRisk(list: { deal: SObjectRecord; title: string }[], whose: string): string {
    const line = ({ deal, title }: { deal: SObjectRecord; title: string }) => {
      const account = store().get('Account', String(deal.AccountId));
      const forAccount = account && !String(deal.Name).toLowerCase().includes(String(account.Name).toLowerCase()) ? ` for ${account.Name}` : '';
      return `${deal.Name}${forAccount}, ${dollars(Number(deal.Amount))}: ${sentence(title)}`;
    };
    const lines = list.slice(0, 2).map(line).join(' ');
    return list.length === 1
      ? `Einstein sees 1 of ${whose} open deals at risk: ${lines} What else?`
      : `Einstein sees ${list.length} of ${whose} open deals at risk. The biggest: ${lines} What else?`;
  }

  it('says what Einstein says about a deal named by its account, and about "it"', async () => {
    const { account, deal } = accountWithOneOpenDeal(true);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const { speech, response } = await talk.say(`ask sales assistant what does Einstein say about the ${spoken(account.Name)} deal`);
    expect(speech).to.equal(saidInsights(deal));
    expect(response.response.shouldEndSession).to.equal(false);
    expect((await talk.say('any insights on it')).speech).to.equal(saidInsights(deal));
  });

  it('says when Einstein has nothing on a deal', async () => {
    const { account, deal } = accountWithOneOpenDeal(false);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const { speech } = await talk.say(`ask sales assistant what does Einstein say about the ${spoken(account.Name)} deal`);
    expect(speech).to.equal(`Einstein has no insights on ${deal.Name} right now. What else?`);
  });

  it('answers "any insights on it" with one Salesforce call once the deal is known', async () => {
    const { account, deal } = accountWithOneOpenDeal(true);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say(`ask sales assistant what's the status of the ${spoken(account.Name)} deal`);
    stack().org.resetCounters();
    expect((await talk.say('what does Einstein say about it')).speech).to.equal(saidInsights(deal));
    expect(stack().org.counters().dataApiCalls, 'one composite call: the deal and its insights').to.equal(1);
  });

  it('gives a manager her team’s deals at risk, and a rep his own', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const james = demoUser(stack(), 'rep').id;
    const team = atRisk(teamOf(store().all('User'), maria));
    const own = atRisk(new Set([james]));
    expect(team.length, 'the demo org has deals at risk').to.be.greaterThan(1);
    const manager = talkTo(stack(), { accessToken: tokens().manager });
    expect((await manager.say('ask sales assistant any deals at risk')).speech).to.equal(saidAtRisk(team, 'your team’s'));
    const rep = talkTo(stack(), { accessToken: tokens().rep });
    expect((await rep.say('ask sales assistant which deals are at risk')).speech).to.equal(saidAtRisk(own, 'your'));
  });

  it('gives a manager her own deals at risk when she says "my", and the team’s for "our"', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const hers = atRisk(new Set([maria]));
    const team = atRisk(teamOf(store().all('User'), maria));
    expect(hers.length, 'Maria has deals at risk').to.be.at.least(1);
    expect(hers.length, 'fewer than her team').to.be.lessThan(team.length);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    expect((await talk.say('ask sales assistant which of my deals are at risk')).speech).to.equal(saidAtRisk(hers, 'your'));
    expect((await talk.say('which of our deals are at risk')).speech).to.equal(saidAtRisk(team, 'your team’s'));
  });

  it('answers "Which one?" with the deal picked, by place or by name, among those offered — no new search', async () => {
    const openOf = (account: SObjectRecord) => store().all('Opportunity').filter((o) => o.AccountId === account.Id && o.IsClosed === false);
    const account = store().all('Account').find((a) => openOf(a).length === 2 && openOf(a).every((o) => String(o.Name).startsWith(`${a.Name} - `)))!;
    expect(account, 'an account with two open deals').to.not.equal(undefined);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const which = await talk.say(`ask sales assistant what does Einstein say about the ${spoken(account.Name)} deal`);
    const offered = /^Which one: (.+) or (.+)\?$/.exec(which.speech);
    expect(offered, which.speech).to.not.equal(null);
    const second = openOf(account).find((o) => o.Name === offered![2])!;
    expect(second, 'the second name offered is one of the two').to.not.equal(undefined);
    stack().org.resetCounters();
    expect((await talk.say('the second one')).speech).to.equal(saidAbout(second));
    expect(stack().org.counters().dataApiCalls, 'the deal and its insights, no search').to.equal(1);
    // By the words that tell them apart, among the two offered, though other accounts' deals share them.
    const first = openOf(account).find((o) => o.Name === offered![1])!;
    await talk.say(`what does Einstein say about the ${spoken(account.Name)} deal`);
    const product = String(first.Name).slice(String(account.Name).length + 3).toLowerCase();
    expect((await talk.say(`the ${product} one`)).speech).to.equal(saidAbout(first));
  });

  it('gives one rep’s deals at risk when the manager names him, and "next" after them continues no older list', async () => {
    const oliver = store().all('User').find((u) => u.FirstName === 'Oliver')!;
    const his = atRisk(new Set([oliver.Id]));
    expect(his.length, 'Oliver has deals at risk').to.be.at.least(1);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant for my top five deals');
    expect((await talk.say("are any of oliver's deals at risk")).speech).to.equal(saidAtRisk(his, `${oliver.Name}’s`));
    expect((await talk.say('next')).speech).to.match(/^There’s no list to continue yet\./);
  });

  it('tells about "the second one" of the deals at risk just read', async () => {
    const team = atRisk(teamOf(store().all('User'), demoUser(stack(), 'manager').id));
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant which deals are at risk');
    expect((await talk.say('tell me about the second one')).speech).to.match(new RegExp(`^${String(team[1]!.deal.Name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  });
});

describe('Einstein insights, in an org without Einstein', () => {
  const stack = useLocalStack({ orgEinstein: false });
  const tokens = linkDemoUsers(stack);

  it('has no OpportunityInsight object, and the skill says Einstein is off, never an error', async () => {
    expect(stack().org.store.objects().map((d) => d.name)).to.not.include('OpportunityInsight');
    const store = stack().org.store;
    const openDeals = (a: SObjectRecord) => store.all('Opportunity').filter((o) => o.AccountId === a.Id && o.IsClosed === false).length;
    const account = store.all('Account').find((a) => sayable(a.Name) && openDeals(a) === 1)!;
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const { speech, response } = await talk.say('ask sales assistant any deals at risk');
    expect(speech).to.equal(NO_EINSTEIN);
    expect(response.response.shouldEndSession).to.equal(false);
    expect((await talk.say(`what does Einstein say about the ${spoken(account.Name)} deal`)).speech).to.equal(NO_EINSTEIN);
    expect((await talkTo(stack(), { accessToken: tokens().rep }).say('ask sales assistant what deals are at risk')).speech).to.equal(NO_EINSTEIN);
  });
});
