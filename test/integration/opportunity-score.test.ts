/**
 * Einstein's opportunity scores, through the simulator, the skill, jsforce and the local org: the deals with the best
 * chance for a manager's team and a rep, a follow-up, one deal's score by name and as "it", and an org without
 * Einstein. What each answer must say is worked out here from the org's store (the ScoreIntelligence rows by the deal
 * they score, the deals, the users), not from the skill's queries nor the deals' lookup to their score.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { type Range, byAmount, closesIn, figure, quarterRange, teamOf, todayIn } from '../support/orgFacts';

const NO_SCORES = 'Einstein opportunity scores aren’t turned on in your Salesforce org. What else?';
const spoken = (name: unknown) => String(name).toLowerCase().replace(/ - /g, ' ');
const sayable = (name: unknown) => /^[A-Za-z]+( [A-Za-z]+)*$/.test(String(name));

describe('Einstein opportunity scores, with Einstein', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;
  const scoreOf = (deal: SObjectRecord): number | undefined => {
    const row = store().all('ScoreIntelligence').find((s) => s.BaseId === deal.Id);
    return row ? Number(row.Score) : undefined;
  };

  /** A deal as a list says it: the account first, then the name without the account it starts with. */
  function listName(deal: SObjectRecord): string {
    const account = deal.AccountId ? String(store().get('Account', String(deal.AccountId))?.Name ?? '') : '';
    const name = String(deal.Name);
    if (!account) return name;
    if (name.toLowerCase().startsWith(account.toLowerCase())) {
      const rest = name.slice(account.length).replace(/^[\s\-–—:,|/]+/, '');
      return rest ? `${account}, ${rest}` : account;
    }
    return name.toLowerCase().includes(account.toLowerCase()) ? name : `${account}, ${name}`;
  }

  /** These owners' open deals closing in the range that Einstein scored, best score first, then the bigger deal. */
  function best(owners: Set<string>, range: Range): SObjectRecord[] {
    return store().all('Opportunity')
      .filter((o) => o.IsClosed === false && owners.has(String(o.OwnerId)) && closesIn(o, range) && scoreOf(o) !== undefined)
      .sort((a, b) => scoreOf(b)! - scoreOf(a)! || Number(b.Amount ?? -1) - Number(a.Amount ?? -1) || a.Id.localeCompare(b.Id))
      .slice(0, 3);
  }

  function saidBest(deals: SObjectRecord[], whose: string, period: string): string {
    const items = deals.map((d) => `${listName(d)}: ${figure(Number(d.Amount))}, score ${scoreOf(d)}.`).join(' ');
    return `Einstein gives these of ${whose} open deals closing ${period} the best chance, in dollars: ${items} What else?`;
  }

  const today = () => todayIn('America/New_York');

  it('scores every open deal from 1 to 99, and no closed one', () => {
    const deals = store().all('Opportunity');
    for (const d of deals) {
      const score = scoreOf(d);
      if (d.IsClosed === true) expect(score, String(d.Name)).to.equal(undefined);
      else expect(score, String(d.Name)).to.be.within(1, 99);
    }
    expect(new Set(deals.filter((d) => d.IsClosed === false).map(scoreOf)).size, 'the scores differ').to.be.greaterThan(5);
  });

  it('gives a manager her team’s deals with the best chance, then next quarter’s', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const team = teamOf(store().all('User'), maria);
    const now = best(team, quarterRange(today()));
    expect(now, 'three scored team deals this quarter').to.have.length(3);
    const biggest = byAmount(store().all('Opportunity').filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)) && closesIn(o, quarterRange(today())))).slice(0, 3);
    expect(now.map((d) => d.Id), 'the best chance is not merely the biggest deals').to.not.deep.equal(biggest.map((d) => d.Id));
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const { speech, response } = await talk.say('ask sales assistant which deals have the best chance this quarter');
    expect(speech).to.equal(saidBest(now, 'your team’s', 'this quarter'));
    expect(response.response.shouldEndSession).to.equal(false);
    expect((await talk.say('and next quarter')).speech).to.equal(saidBest(best(team, quarterRange(today(), 1)), 'your team’s', 'next quarter'));
  });

  it('gives a rep his own best-scored deals, and a manager her own when she says "my"', async () => {
    const james = demoUser(stack(), 'rep').id;
    const rep = talkTo(stack(), { accessToken: tokens().rep });
    const own = best(new Set([james]), quarterRange(today()));
    expect(own.length, 'James has scored deals this quarter').to.be.greaterThan(0);
    const { speech } = await rep.say('ask sales assistant which of my deals are most likely to close');
    expect(speech).to.equal(
      own.length === 1
        ? `Einstein has scored one of your open deals closing this quarter, in dollars: ${listName(own[0]!)}: ${figure(Number(own[0]!.Amount))}, score ${scoreOf(own[0]!)}. What else?`
        : saidBest(own, 'your', 'this quarter'),
    );
    const maria = demoUser(stack(), 'manager').id;
    const manager = talkTo(stack(), { accessToken: tokens().manager });
    const hers = best(new Set([maria]), quarterRange(today()));
    expect(hers.length, 'Maria has three scored deals of her own').to.equal(3);
    expect((await manager.say('ask sales assistant which of my deals have the best chance')).speech).to.equal(saidBest(hers, 'your', 'this quarter'));
  });

  it('says one deal’s score by its account’s name and as "it", with one Salesforce call when warm', async () => {
    const openOf = (account: SObjectRecord) => store().all('Opportunity').filter((o) => o.AccountId === account.Id && o.IsClosed === false);
    const account = store().all('Account').find((a) => sayable(a.Name) && openOf(a).length === 1)!;
    expect(account, 'an account with one open deal').to.not.equal(undefined);
    const deal = openOf(account)[0]!;
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const expected = `Einstein’s score for ${deal.Name} is ${scoreOf(deal)} out of 99. What else?`;
    expect((await talk.say(`ask sales assistant what's the score on the ${spoken(account.Name)} deal`)).speech).to.equal(expected);
    stack().org.resetCounters();
    expect((await talk.say("what's its score")).speech).to.equal(expected);
    expect(stack().org.counters().dataApiCalls, 'one query: the describe is kept').to.equal(1);
  });
});

describe('Einstein opportunity scores, in an org without Einstein', () => {
  const stack = useLocalStack({ orgEinstein: false });
  const tokens = linkDemoUsers(stack);

  it('has no score on Opportunity, and the skill says scores are off in one sentence, never an error', async () => {
    const store = stack().org.store;
    expect(store.objects().map((d) => d.name)).to.not.include('ScoreIntelligence');
    expect(store.describe('Opportunity').fields.map((f) => f.name)).to.not.include('ScoreIntelligenceId');
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    expect((await talk.say('ask sales assistant which deals have the best chance this quarter')).speech).to.equal(NO_SCORES);
    const account = store.all('Account').find((a) => sayable(a.Name))!;
    expect((await talk.say(`what's the score on the ${spoken(account.Name)} deal`)).speech).to.equal(NO_SCORES);
  });
});
