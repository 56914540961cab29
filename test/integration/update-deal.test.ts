/**
 * Updating a deal through the simulator, the skill, jsforce and the local org: each kind of update, what
 * Salesforce refuses, a record someone else changed since the user heard it, an unknown stage, cancel, and a
 * "yes" said twice. What each answer must say, and what the record must hold after, come from the org's store.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { dollars, todayIn } from '../support/orgFacts';

const TZ = 'America/New_York';

describe('update a deal', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;
  const manager = () => talkTo(stack(), { accessToken: tokens().manager });
  const opportunity = (id: string) => store().get('Opportunity', id)!;

  /** Accounts whose names are plain words with exactly one open deal; each test takes its own. */
  const used = new Set<string>();
  function freshDeal(): { name: string; deal: SObjectRecord } {
    const open = store().all('Opportunity').filter((o) => o.IsClosed === false);
    const account = store().all('Account').find((a) =>
      !used.has(a.Id) && /^[A-Za-z]+( [A-Za-z]+)*$/.test(String(a.Name)) && open.filter((o) => o.AccountId === a.Id).length === 1);
    expect(account, 'an account with one open deal is left').to.not.equal(undefined);
    used.add(account!.Id);
    return { name: String(account!.Name).toLowerCase(), deal: open.find((o) => o.AccountId === account!.Id)! };
  }
  const esc = (s: unknown) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it('moves a deal to another stage of the org, confirming from and to, and reads back what Salesforce holds', async () => {
    const { name, deal } = freshDeal();
    const target = deal.StageName === 'Negotiation/Review' ? 'Proposal/Price Quote' : 'Negotiation/Review';
    const spokenTarget = target === 'Negotiation/Review' ? 'negotiation' : 'proposal';
    const talk = manager();
    const ask = await talk.say(`ask sales assistant to move the ${name} deal to ${spokenTarget}`);
    expect(ask.speech).to.equal(`Move ${deal.Name} from ${deal.StageName} to ${target}?`);
    const done = await talk.say('yes');
    expect(opportunity(deal.Id).StageName).to.equal(target);
    expect(done.speech).to.equal(`Done. ${deal.Name} is at ${target} now. What else can I do for you?`);
    // The same update again: answered from the record, nothing written.
    const modified = opportunity(deal.Id).LastModifiedDate;
    const again = await talk.say(`move the ${name} deal to ${spokenTarget}`);
    expect(again.speech).to.equal(`It’s already at ${target}. What else can I do for you?`);
    expect(opportunity(deal.Id).LastModifiedDate).to.equal(modified);
  });
});
