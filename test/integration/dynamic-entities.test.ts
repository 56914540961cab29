/**
 * The names a speaker uses, sent to Alexa once a session as dynamic entities (people and their likeliest deals),
 * and resolved through them: a deal named that way is read with one Salesforce call, no search. Expectations come
 * from the org's store.
 */
import { expect } from 'chai';
import type { dialog } from 'ask-sdk-model';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { byAmount, teamOf } from '../support/orgFacts';

describe('dynamic entities: the people and deals a speaker names', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);

  it('sends the team’s biggest open deals with the people, and finds a deal named by them without a search', async () => {
    const team = teamOf(stack().org.store.all('User'), demoUser(stack(), 'manager').id);
    const expected = byAmount(stack().org.store.all('Opportunity').filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)))).slice(0, 50);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const { response } = await talk.say('open sales assistant');
    const update = response.response.directives?.find((d) => d.type === 'Dialog.UpdateDynamicEntities') as dialog.DynamicEntitiesDirective;
    const deals = update.types!.find((t) => t.name === 'DealName')!.values!;
    expect(deals.map((v) => v.id)).to.deep.equal(expected.map((o) => o.Id));
    const people = update.types!.find((t) => t.name === 'Person')!.values!;
    expect(people.length + deals.length, 'Alexa takes at most 100 dynamic values').to.be.at.most(100);

    // A deal whose account has no other open deal: its account's name alone names it.
    const byAccount = new Map<string, number>();
    for (const o of expected) byAccount.set(String(o.AccountId), (byAccount.get(String(o.AccountId)) ?? 0) + 1);
    const deal = expected.find((o) => byAccount.get(String(o.AccountId)) === 1 && /^[A-Za-z ]+ - [A-Za-z ]+$/.test(String(o.Name)))!;
    expect(deal, 'a deal named "<Account> - <What>" that is its account’s only open deal').to.not.equal(undefined);
    const account = String(deal.Name).split(' - ')[0]!.toLowerCase();
    stack().org.resetCounters();
    const { speech } = await talk.say(`what's the status of the ${account} deal`);
    expect(stack().org.counters().dataApiCalls, 'the details by id, no search').to.equal(1);
    expect(speech.startsWith(String(deal.Name))).to.equal(true);
  });
});
