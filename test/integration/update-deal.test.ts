/**
 * Updating a deal through the simulator, the skill, jsforce and the local org: each kind of update, what
 * Salesforce refuses, a record someone else changed since the user heard it, an unknown stage, cancel, and a
 * "yes" said twice. What each answer must say, and what the record must hold after, come from the org's store.
 */
import { expect } from 'chai';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { exactDollars, todayIn } from '../support/orgFacts';
import { customPicklistField } from '../../local/org/schema';

const TZ = 'America/New_York';

const escRe = (s: unknown) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How a close-date change is confirmed: a move to a later day, or pulling the deal in to an earlier one. */
const closeDateQuestion = (deal: SObjectRecord, to: string, said: string) =>
  to < String(deal.CloseDate)
    ? `^Pull ${escRe(deal.Name)} in, from closing (?!on )\\S.* to closing ${escRe(said)}(, \\d{4})?, earlier\\?$`
    : `^Move ${escRe(deal.Name)} from closing (?!on )\\S.* to closing ${escRe(said)}(, \\d{4})?\\?$`;

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
  const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
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
    // Salesforce gives the deal its new stage's forecast category; a change to the forecast is said.
    const category = store().all('OpportunityStage').find((st) => st.MasterLabel === target)!.ForecastCategoryName;
    const followed = category === deal.ForecastCategoryName ? '' : ` With that stage, Salesforce moved it from ${deal.ForecastCategoryName} to ${category} in the forecast.`;
    expect(done.speech).to.equal(`Done. ${deal.Name} is at ${target} now.${followed} What else can I do for you?`);
    // The same update again: answered from the record, nothing written.
    const modified = opportunity(deal.Id).LastModifiedDate;
    stack().org.resetCounters();
    const again = await talk.say(`move the ${name} deal to ${spokenTarget}`);
    // The deal named is one of the session's dynamic entities: one read of it, no search.
    expect(stack().org.counters().dataApiCalls).to.equal(1);
    expect(again.speech).to.equal(`It’s already at ${target}. What else can I do for you?`);
    expect(opportunity(deal.Id).LastModifiedDate).to.equal(modified);
  });

  /** The deal "it" means after its details were heard. */
  async function heardAbout(talk: ReturnType<typeof manager>, name: string) {
    await talk.say(`ask sales assistant what's the status of the ${name} deal`);
  }

  it('pushes "it" to next month, to the end of that month, and a second time answers "It\'s already closing…"', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    await heardAbout(talk, name);
    const today = todayIn(TZ);
    const next = new Date(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1);
    const last = new Date(next.getFullYear(), next.getMonth() + 1, 0);
    const close = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}-${String(last.getDate()).padStart(2, '0')}`;
    const ask = await talk.say('push it to next month');
    // "from April 26th to May 31st": the days follow "from" and "to" without an "on" of their own.
    const said = `${last.toLocaleString('en-US', { month: 'long' })} ${ordinal(last.getDate())}${last.getFullYear() === Number(today.slice(0, 4)) ? '' : `, ${last.getFullYear()}`}`;
    expect(ask.speech).to.match(new RegExp(closeDateQuestion(deal, close, said)));
    const done = await talk.say('yes');
    expect(opportunity(deal.Id).CloseDate).to.equal(close);
    expect(done.speech).to.match(new RegExp(`^Done\\. ${esc(deal.Name)} is closing on .+ now\\.`));
    const again = await talk.say('push it to next month');
    expect(again.speech).to.match(/^It’s already closing on \w+ \d+(st|nd|rd|th)(, \d{4})?\. What else can I do for you\?$/);
  });

  it('says a stage change that moves the deal in the forecast, and a "push" to an earlier day as pulling it in', async () => {
    const stages = store().all('OpportunityStage');
    const categoryOf = (label: unknown) => stages.find((st) => st.MasterLabel === label)!.ForecastCategoryName;
    const open = store().all('Opportunity').filter((o) => o.IsClosed === false && o.ForecastCategoryName === 'Best Case' && categoryOf('Negotiation/Review') !== 'Best Case');
    const deal = open.find((o) => o.StageName !== 'Negotiation/Review')!;
    expect(deal, 'a best case deal not at negotiation').to.not.equal(undefined);
    const talk = manager();
    await talk.say(`ask sales assistant what's the status of the ${String(deal.Name).toLowerCase().replace(/ - /g, ' ')} deal`);
    await talk.say('move it to negotiation');
    const done = await talk.say('yes');
    expect(done.speech).to.equal(`Done. ${deal.Name} is at Negotiation/Review now. With that stage, Salesforce moved it from Best Case to ${categoryOf('Negotiation/Review')} in the forecast. What else can I do for you?`);
    // Next month's end is before a close date further out: the confirmation says the deal is pulled in.
    const today = todayIn(TZ);
    const endOfNextMonth = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) + 1, 0)).toISOString().slice(0, 10);
    const later = store().all('Opportunity').find((o) => o.IsClosed === false && String(o.CloseDate) > endOfNextMonth && o.Id !== deal.Id && /^[A-Za-z]/.test(String(o.Name)))!;
    await talk.say(`what's the status of the ${String(later.Name).toLowerCase().replace(/ - /g, ' ')} deal`);
    expect((await talk.say('push it to next month')).speech).to.match(new RegExp(`^Pull ${esc(later.Name)} in, from closing .+ to closing .+, earlier\\?$`));
  });

  it('hears "drop it to pipeline" and "take it out of the forecast" as forecast categories, and says a category it does not know', async () => {
    const deal = store().all('Opportunity').find((o) => o.IsClosed === false && o.ForecastCategoryName === 'Commit' && /^[A-Za-z][A-Za-z -]+$/.test(String(o.Name)))!;
    expect(deal, 'an open commit deal').to.not.equal(undefined);
    const talk = manager();
    await heardAbout(talk, String(deal.Name).toLowerCase().replace(/ - /g, ' '));
    expect((await talk.say('drop it to pipeline')).speech).to.equal(`Put ${deal.Name} in Pipeline instead of Commit?`);
    await talk.say('no');
    expect((await talk.say('take it out of the forecast')).speech).to.equal(`Put ${deal.Name} in Omitted instead of Commit?`);
    await talk.say('no');
    expect((await talk.say('put it in bananas')).speech).to.equal('There’s no forecast category called bananas. Which forecast category: pipeline, best case, commit or omitted?');
    expect(opportunity(deal.Id).ForecastCategoryName).to.equal(deal.ForecastCategoryName);
  });

  it('pushes a deal a week from its close date (AMAZON.DURATION)', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    const before = String(deal.CloseDate);
    const week = new Date(`${before}T12:00:00Z`);
    week.setUTCDate(week.getUTCDate() + 7);
    const expected = week.toISOString().slice(0, 10);
    const ask = await talk.say(`ask sales assistant to push the ${name} deal a week`);
    expect(ask.speech).to.match(new RegExp(`^Move ${esc(deal.Name)} from closing `));
    await talk.say('yes');
    expect(opportunity(deal.Id).CloseDate).to.equal(expected);
  });

  it('changes the amount, the next step (dictated) and the forecast category of "it"', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    await heardAbout(talk, name);
    const amount = Number(deal.Amount) === 250000 ? 260000 : 250000;
    const ask = await talk.say(`make that deal ${amount === 250000 ? 'two hundred fifty thousand' : 'two hundred sixty thousand'} dollars`);
    expect(ask.speech).to.equal(`Change the amount of ${deal.Name} from ${exactDollars(Number(deal.Amount))} to ${exactDollars(amount)}?`);
    expect((await talk.say('yes')).speech).to.equal(`Done. ${deal.Name} is worth ${exactDollars(amount)} now. What else can I do for you?`);
    expect(opportunity(deal.Id).Amount).to.equal(amount);

    const step = await talk.say('next step send the revised quote by friday');
    expect(step.speech).to.equal(`Set the next step on ${deal.Name} to: Send the revised quote by friday?`);
    await talk.say('yes');
    expect(opportunity(deal.Id).NextStep).to.equal('Send the revised quote by friday');

    const category = deal.ForecastCategoryName === 'Commit' ? 'best case' : 'commit';
    const put = await talk.say(`put it in ${category}`);
    expect(put.speech).to.match(new RegExp(`^Put ${esc(deal.Name)} in (Commit|Best Case) instead of ${esc(opportunity(deal.Id).ForecastCategoryName)}\\?$`));
    const done = await talk.say('yes');
    const held = category === 'commit' ? 'Commit' : 'Best Case';
    expect(opportunity(deal.Id).ForecastCategoryName).to.equal(held);
    expect(done.speech).to.equal(`Done. ${deal.Name} is in ${held} now. What else can I do for you?`);
  });

  it('"make it 80 thousand" right after hearing about a deal changes its amount; after a list of several, asks which deal', async () => {
    // An account of its own, so the other tests' accounts stay theirs.
    const account = store().insert('Account', { Name: 'Zephyr Analytics', OwnerId: demoUser(stack(), 'manager').id });
    const deal = store().insert('Opportunity', {
      Name: 'Zephyr Analytics - Dashboards', AccountId: account.Id, Amount: 42000, StageName: 'Prospecting',
      CloseDate: todayIn(TZ, new Date(Date.now() + 86_400_000 * 40)), OwnerId: demoUser(stack(), 'manager').id,
    });
    const talk = manager();
    await heardAbout(talk, 'zephyr analytics');
    const amount = 80000;
    const ask = await talk.say('make it eighty thousand');
    expect(ask.speech).to.equal(`Change the amount of ${deal.Name} from ${exactDollars(Number(deal.Amount))} to ${exactDollars(amount)}?`);
    await talk.say('yes');
    expect(opportunity(deal.Id).Amount).to.equal(amount);

    const before = store().all('Opportunity').map((o) => [o.Id, o.Amount]);
    await talk.say('my top three deals');
    const { speech } = await talk.say('make it seventy thousand');
    // Which of the three is "it" would be a guess: the skill asks, and writes nothing yet.
    expect(speech).to.equal('Which deal? Say its name or its account’s name.');
    expect(store().all('Opportunity').map((o) => [o.Id, o.Amount])).to.deep.equal(before);
  });

  it('marks a deal won and another lost, at the org\'s closed stages', async () => {
    const won = freshDeal();
    const lost = freshDeal();
    const talk = manager();
    const ask = await talk.say(`ask sales assistant to mark the ${won.name} deal as won`);
    expect(ask.speech).to.equal(`Mark ${won.deal.Name} as won today, moving it from ${won.deal.StageName} to Closed Won?`);
    expect((await talk.say('yes')).speech).to.equal(`Done. ${won.deal.Name} is Closed Won. Congratulations! What else can I do for you?`);
    // Closed today: its close date says so, so this quarter's wins count it.
    expect(opportunity(won.deal.Id)).to.include({ StageName: 'Closed Won', IsWon: true, IsClosed: true, CloseDate: todayIn(TZ) });
    const askLost = await talk.say(`we lost ${lost.name} to a competitor`);
    // The demo org keeps no loss reason: the reason heard is said to go nowhere, and the deal is only closed.
    expect(askLost.speech).to.equal(`Salesforce keeps no loss reason here, so I’ll only close it. Mark ${lost.deal.Name} as lost today, moving it from ${lost.deal.StageName} to Closed Lost?`);
    await talk.say('yes');
    expect(opportunity(lost.deal.Id)).to.include({ StageName: 'Closed Lost', IsWon: false, IsClosed: true, CloseDate: todayIn(TZ) });
  });

  it('says a stage the org lacks, offers a few it has, and takes one of them', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    const ask = await talk.say(`ask sales assistant to move the ${name} deal to contract signing`);
    expect(ask.speech).to.match(/^Salesforce has no stage called contract signing\. You can say .+, or .+\. Which stage\?$/);
    const [spoken, target] = deal.StageName === 'Negotiation/Review' ? ['proposal', 'Proposal/Price Quote'] : ['negotiation', 'Negotiation/Review'];
    const confirm = await talk.say(spoken);
    expect(confirm.speech).to.equal(`Move ${deal.Name} from ${deal.StageName} to ${target}?`);
    await talk.say('yes');
    expect(opportunity(deal.Id).StageName).to.equal(target);
  });

  it('when someone changed the deal since the confirmation, says so instead of overwriting, and goes ahead on "yes"', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    const amount = Number(deal.Amount) + 1000;
    await talk.say(`ask sales assistant to make the ${name} deal ${amount} dollars`);
    // Someone else edits the record between the question and the "yes".
    const later = new Date(Date.now() + 5000).toISOString();
    store().update('Opportunity', deal.Id, { NextStep: 'Changed by someone else', LastModifiedDate: later }, { trusted: true });
    const stale = await talk.say('yes');
    expect(stale.speech).to.match(new RegExp(`^Someone changed ${esc(deal.Name)} since I read it to you: it’s now at ${esc(deal.StageName)}, .+\\. Change the amount of ${esc(deal.Name)} from .+ to ${esc(exactDollars(amount))}\\?$`));
    expect(opportunity(deal.Id).Amount).to.equal(deal.Amount);
    expect((await talk.say('yes')).speech).to.match(/^Done\./);
    expect(opportunity(deal.Id)).to.include({ Amount: amount, NextStep: 'Changed by someone else' });
  });

  it("speaks a value Salesforce refuses and asks for it again", async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    await talk.say(`ask sales assistant to make the ${name} deal 90 dollars`);
    stack().org.injectFault({ status: 400, errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Amount must be at least 1,000.', path: /\/composite$/, fields: ['Amount'] });
    const refused = await talk.say('yes');
    expect(refused.speech).to.equal('Salesforce didn’t accept that: Amount must be at least 1,000. What should the amount be?');
    expect(opportunity(deal.Id).Amount).to.equal(deal.Amount);
    expect((await talk.say('five thousand')).speech).to.equal(`Change the amount of ${deal.Name} from ${exactDollars(Number(deal.Amount))} to ${exactDollars(5000)}?`);
    await talk.say('yes');
    expect(opportunity(deal.Id).Amount).to.equal(5000);
  });

  it('says so when the user may not edit the field, and asks nothing more', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    const category = deal.ForecastCategoryName === 'Commit' ? 'best case' : 'commit';
    await talk.say(`ask sales assistant to put the ${name} deal in ${category}`);
    // The org's field-level security leaves the field read-only for the manager: Salesforce refuses the write itself.
    stack().org.restrictField(demoUser(stack(), 'manager').username, 'Opportunity.ForecastCategoryName', 'read');
    try {
      const refused = await talk.say('yes');
      expect(refused.speech).to.equal(`Salesforce doesn’t let you change the forecast category of ${deal.Name}, so I left it as it is. What else can I do for you?`);
    } finally {
      stack().org.clearFieldRestrictions();
    }
    expect(opportunity(deal.Id)).to.deep.equal(deal);
  });

  it('says so when field-level security keeps the next step read-only, and writes nothing', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    stack().org.restrictField(demoUser(stack(), 'manager').username, 'Opportunity.NextStep', 'read');
    try {
      await heardAbout(talk, name);
      const ask = await talk.say('next step send the revised quote by friday');
      expect(ask.speech).to.equal(`Set the next step on ${deal.Name} to: Send the revised quote by friday?`);
      const refused = await talk.say('yes');
      expect(refused.speech).to.equal(`Salesforce doesn’t let you change the next step of ${deal.Name}, so I left it as it is. What else can I do for you?`);
    } finally {
      stack().org.clearFieldRestrictions();
    }
    expect(opportunity(deal.Id)).to.deep.equal(deal);
  });

  it('moves a deal picked by its place in the list just heard', async () => {
    const talk = manager();
    await talk.say('ask sales assistant for my top three opportunities');
    const list = talk.simulator.invocations.at(-1)!.response!.sessionAttributes as { list?: { itemIds: string[] } };
    const second = opportunity(list.list!.itemIds[1]!);
    const [spoken, target] = second.StageName === 'Negotiation/Review' ? ['proposal', 'Proposal/Price Quote'] : ['negotiation', 'Negotiation/Review'];
    expect((await talk.say(`move the second one to ${spoken}`)).speech).to.equal(`Move ${second.Name} from ${second.StageName} to ${target}?`);
    await talk.say('yes');
    expect(opportunity(second.Id).StageName).to.equal(target);
  });

  it('answers "Which one?" by position too', async () => {
    const talk = manager();
    const which = await talk.say('ask sales assistant to mark the acme deal as lost');
    const names = /^Which one: (.+)\?$/.exec(which.speech)?.[1]?.split(/, or |, | or /);
    expect(names, which.speech).to.have.length.above(1);
    const second = store().all('Opportunity').find((o) => o.Name === names![1] && o.IsClosed === false)!;
    expect((await talk.say('the second one')).speech).to.equal(`Mark ${second.Name} as lost today, moving it from ${second.StageName} to Closed Lost?`);
    await talk.say('yes');
    expect(opportunity(second.Id).StageName).to.equal('Closed Lost');
  });

  it('writes on "yes" in one Salesforce call: the guarded PATCH and the read-back in one composite request', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    const [spoken, target] = deal.StageName === 'Negotiation/Review' ? ['proposal', 'Proposal/Price Quote'] : ['negotiation', 'Negotiation/Review'];
    await talk.say(`ask sales assistant to move the ${name} deal to ${spoken}`);
    stack().org.resetCounters();
    await talk.say('yes');
    const counters = stack().org.counters();
    expect(counters.dataApiCalls).to.equal(1);
    expect(Object.keys(counters.byPath)).to.deep.equal(['/services/data/v66.0/composite']);
    expect(opportunity(deal.Id).StageName).to.equal(target);
  });

  it('writes nothing on "no" or "cancel"', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    await talk.say(`ask sales assistant to move the ${name} deal to proposal`);
    expect((await talk.say('no')).speech).to.equal('Okay, I didn’t change the deal. What else can I do for you?');
    await talk.say(`mark the ${name} deal as won`);
    expect((await talk.say('cancel')).speech).to.match(/^Okay, I didn’t change the deal\./);
    expect(opportunity(deal.Id)).to.include({ StageName: deal.StageName, LastModifiedDate: deal.LastModifiedDate });
  });

  it('writes once when the confirmed request comes twice (a Lambda retry)', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    await talk.say(`ask sales assistant to push the ${name} deal two weeks`);
    const done = await talk.say('yes');
    expect(done.speech).to.match(/^Done\./);
    const modified = opportunity(deal.Id).LastModifiedDate;
    const confirmed = talk.simulator.invocations.at(-1)!.request as RequestEnvelope;
    const retried = await stack().app.skill.invoke({ ...confirmed, request: { ...confirmed.request, timestamp: new Date().toISOString() } });
    expect(JSON.stringify(retried.response.outputSpeech)).to.contain('already closing');
    expect(opportunity(deal.Id).LastModifiedDate).to.equal(modified);
  });
});

describe('update a deal: lost, in an org with a loss-reason picklist', () => {
  const stack = useLocalStack({
    orgCustomFields: { Opportunity: [customPicklistField('Loss_Reason__c', 'Loss Reason', ['Price', 'Lost to Competitor', 'No Budget', 'No Decision'])] },
  });
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;
  const openDealsOf = (account: string) =>
    store().all('Opportunity').filter((o) => o.IsClosed === false && store().get('Account', String(o.AccountId))?.Name === account);

  it('writes the reason said with the loss, matched to the org\'s own values, and reads it back', async () => {
    const [deal] = openDealsOf('Globex Corporation');
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const ask = await talk.say('ask sales assistant we lost the globex forklift lease deal to a competitor');
    expect(ask.speech).to.equal(`Mark ${deal!.Name} as lost today, loss reason Lost to Competitor, moving it from ${deal!.StageName} to Closed Lost?`);
    const done = await talk.say('yes');
    expect(store().get('Opportunity', deal!.Id)).to.include({ StageName: 'Closed Lost', Loss_Reason__c: 'Lost to Competitor' });
    expect(done.speech).to.equal(`Done. ${deal!.Name} is Closed Lost, loss reason Lost to Competitor. What else can I do for you?`);
  });

  it('asks for the reason when none was said, offering the org\'s values, and asks again for one it lacks', async () => {
    const account = store().all('Account').find((a) => /^[A-Za-z]+( [A-Za-z]+)*$/.test(String(a.Name)) && openDealsOf(String(a.Name)).length === 1)!;
    const [deal] = openDealsOf(String(account.Name)) as [SObjectRecord];
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    expect((await talk.say(`ask sales assistant to mark the ${String(account.Name).toLowerCase()} deal as lost`)).speech).to.equal('Why was it lost: Price, Lost to Competitor, No Budget, or No Decision?');
    expect((await talk.say('timing')).speech).to.equal('Salesforce has no loss reason called timing. Was it Price, Lost to Competitor, No Budget, or No Decision?');
    expect((await talk.say('no budget')).speech).to.equal(`Mark ${deal.Name} as lost today, loss reason No Budget, moving it from ${deal.StageName} to Closed Lost?`);
    await talk.say('yes');
    expect(store().get('Opportunity', deal.Id)).to.include({ StageName: 'Closed Lost', Loss_Reason__c: 'No Budget' });
  });
});

describe('update a deal: the ways people say it', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;
  const manager = () => talkTo(stack(), { accessToken: tokens().manager });
  const opportunity = (id: string) => store().get('Opportunity', id)!;
  const esc = (s: unknown) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const used = new Set<string>();
  /** An account whose name is plain words with exactly one open deal, a different one each time; the deal as it is now. */
  function freshDeal(): { name: string; deal: SObjectRecord } {
    const open = store().all('Opportunity').filter((o) => o.IsClosed === false);
    const account = store().all('Account').find((a) => !used.has(a.Id) && /^[A-Za-z]+( [A-Za-z]+)*$/.test(String(a.Name)) && open.filter((o) => o.AccountId === a.Id).length === 1);
    expect(account, 'an account with one open deal').to.not.equal(undefined);
    used.add(account!.Id);
    return { name: String(account!.Name).toLowerCase(), deal: { ...open.find((o) => o.AccountId === account!.Id)! } };
  }
  /** "January 9th" for a day `days` from today in New York, and its ISO date. */
  function dayAhead(days: number): { said: string; iso: string } {
    const date = new Date(Date.parse(`${todayIn(TZ)}T12:00:00Z`) + days * 86_400_000);
    const n = date.getUTCDate();
    const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
    return { said: `${date.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${n}${suffix}`, iso: date.toISOString().slice(0, 10) };
  }

  it('hears the ways a rep says an update with the bare account name or without "the … deal", and confirms before writing', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    await talk.say('open sales assistant');
    const [spoken, stage] = deal.StageName === 'Proposal/Price Quote' ? ['negotiation', 'Negotiation/Review'] : ['proposal', 'Proposal/Price Quote'];
    const category = deal.ForecastCategoryName === 'Commit' ? ['best case', 'Best Case'] : ['commit', 'Commit'];
    const amount = Number(deal.Amount) === 1_200_000 ? 1_300_000 : 1_200_000;
    const asked: [said: string, confirmation: string][] = [
      [`bump the ${name} deal to ${spoken}`, `Move ${deal.Name} from ${deal.StageName} to ${stage}?`],
      [`set ${name} to ${spoken}`, `Move ${deal.Name} from ${deal.StageName} to ${stage}?`],
      [`${name} is closed won`, `Mark ${deal.Name} as won today, moving it from ${deal.StageName} to Closed Won?`],
      [`mark ${name} as won`, `Mark ${deal.Name} as won today, moving it from ${deal.StageName} to Closed Won?`],
      [`we closed the ${name} deal`, `Mark ${deal.Name} as won today, moving it from ${deal.StageName} to Closed Won?`],
      [`the ${name} deal is lost`, `Mark ${deal.Name} as lost today, moving it from ${deal.StageName} to Closed Lost?`],
      [`update the amount on ${name} to ${amount === 1_200_000 ? '1.2' : '1.3'} million`, `Change the amount of ${deal.Name} from ${exactDollars(Number(deal.Amount))} to ${exactDollars(amount)}?`],
      [`change the ${name} amount to ${amount === 1_200_000 ? '1.2' : '1.3'} million`, `Change the amount of ${deal.Name} from ${exactDollars(Number(deal.Amount))} to ${exactDollars(amount)}?`],
      [`set ${name} to ${category[0]}`, `Put ${deal.Name} in ${category[1]} instead of ${deal.ForecastCategoryName}?`],
      [`move ${name} to ${category[0]}`, `Put ${deal.Name} in ${category[1]} instead of ${deal.ForecastCategoryName}?`],
    ];
    for (const [said, confirmation] of asked) {
      expect((await talk.say(said)).speech, said).to.equal(confirmation);
      expect((await talk.say('no')).speech, `no, after ${said}`).to.equal('Okay, I didn’t change the deal. What else can I do for you?');
    }
    expect(opportunity(deal.Id)).to.include({ StageName: deal.StageName, Amount: deal.Amount, LastModifiedDate: deal.LastModifiedDate });
    // "Slide the close date on … out two weeks": two weeks from the close date the deal had.
    const shifted = new Date(`${String(deal.CloseDate)}T12:00:00Z`);
    shifted.setUTCDate(shifted.getUTCDate() + 14);
    expect((await talk.say(`slide the close date on ${name} out two weeks`)).speech).to.match(new RegExp(`^Move ${esc(deal.Name)} from closing (?!on )\\S.* to closing (?!on )\\S.*\\?$`));
    expect((await talk.say('yes')).speech).to.match(/^Done\./);
    expect(opportunity(deal.Id).CloseDate).to.equal(shifted.toISOString().slice(0, 10));
  });

  it('takes "no, make it …" at the confirmation as a new value for the same deal, whichever write\'s phrase Alexa heard', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    // "Make it 260 thousand" is also the new opportunity's correction; here it changes the amount being confirmed.
    const first = Number(deal.Amount) === 250_000 ? 240_000 : 250_000;
    await talk.say(`ask sales assistant to make the ${name} deal ${first} dollars`);
    expect((await talk.say('no make it 260 thousand')).speech).to.equal(`Change the amount of ${deal.Name} from ${exactDollars(Number(deal.Amount))} to ${exactDollars(260_000)}?`);
    await talk.say('yes');
    expect(opportunity(deal.Id).Amount).to.equal(260_000);

    // "Make it proposal" is heard as a case's priority elsewhere; "no wait, negotiation" had no intent at all.
    const [firstStage, spoken, stage] = deal.StageName === 'Proposal/Price Quote'
      ? ['qualification', 'negotiation', 'Negotiation/Review'] : ['negotiation', 'proposal', 'Proposal/Price Quote'];
    await talk.say(`move the ${name} deal to ${firstStage}`);
    expect((await talk.say(`no make it ${spoken}`)).speech).to.equal(`Move ${deal.Name} from ${deal.StageName} to ${stage}?`);
    expect((await talk.say(`no wait ${spoken}`)).speech).to.equal(`Move ${deal.Name} from ${deal.StageName} to ${stage}?`);
    expect((await talk.say('no')).speech).to.equal('Okay, I didn’t change the deal. What else can I do for you?');
    expect(store().all('Case').filter((c) => c.Priority === spoken)).to.have.length(0);

    // "Make it <a day>" is also the reminder's correction; here it is the close date being confirmed.
    const [one, two] = [dayAhead(40), dayAhead(50)];
    await talk.say(`push the ${name} deal to ${one.said}`);
    expect((await talk.say(`make it ${two.said}`)).speech).to.match(new RegExp(closeDateQuestion(deal, two.iso, two.said)));
    await talk.say('yes');
    expect(opportunity(deal.Id)).to.include({ CloseDate: two.iso, StageName: deal.StageName });
  });

  it('takes "make it 80 thousand" right after hearing about a deal as that deal\'s new amount, confirmed first', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    await talk.say(`ask sales assistant what's the status of the ${name} deal`);
    const amount = Number(deal.Amount) === 80_000 ? 90_000 : 80_000;
    expect((await talk.say(`make it ${amount / 1000} thousand`)).speech).to.equal(`Change the amount of ${deal.Name} from ${exactDollars(Number(deal.Amount))} to ${exactDollars(amount)}?`);
    expect((await talk.say('no')).speech).to.equal('Okay, I didn’t change the deal. What else can I do for you?');
    expect(opportunity(deal.Id)).to.include({ Amount: deal.Amount, LastModifiedDate: deal.LastModifiedDate });
    // Said in words Alexa may give to a case's "make it {priority}": the deal's amount too, never a new case.
    const cases = store().all('Case').length;
    expect((await talk.say('make it one point two million')).speech).to.equal(`Change the amount of ${deal.Name} from ${exactDollars(Number(deal.Amount))} to ${exactDollars(1_200_000)}?`);
    await talk.say('no');
    expect(store().all('Case')).to.have.length(cases);
    // With no deal spoken of, it is still a correction with nothing to correct.
    const fresh = manager();
    await fresh.say('open sales assistant');
    expect((await fresh.say('make it 80 thousand')).speech).to.equal('There’s nothing being scheduled or created right now to change. What would you like?');
  });

  it('takes "it" where a deal\'s name goes for the deal just heard, and says back a field named there instead of searching for a deal called "the close date"', async () => {
    const { name, deal } = freshDeal();
    const talk = manager();
    await talk.say(`ask sales assistant what's the status of the ${name} deal`);
    const category = deal.ForecastCategoryName === 'Commit' ? ['best case', 'Best Case'] : ['commit', 'Commit'];
    expect((await talk.say(`set it to ${category[0]}`)).speech).to.equal(`Put ${deal.Name} in ${category[1]} instead of ${deal.ForecastCategoryName}?`);
    await talk.say('no');
    expect((await talk.say('update it to send the proposal')).speech).to.match(/^Salesforce has no stage called send the proposal\. You can say .+\. Which stage\?$/);
    await talk.say('cancel');
    expect((await talk.say('change the close date to the end of the quarter')).speech).to.equal(
      'I heard the close date, but I can’t use the end of the quarter for it, so I changed nothing. Name a day, like: push it to March 15th. What else can I do for you?');
    expect((await talk.say('update the amount to a lot')).speech).to.match(/^I heard the amount, but I can’t use a lot for it, so I changed nothing\. /);
    expect(opportunity(deal.Id)).to.include({ CloseDate: deal.CloseDate, Amount: deal.Amount, ForecastCategoryName: deal.ForecastCategoryName, LastModifiedDate: deal.LastModifiedDate });
  });
});
