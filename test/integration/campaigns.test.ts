import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';
import { dollars, ssmlEscaped } from '../support/orgFacts';

describe('campaigns, through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  let accessToken: string;

  before(async () => {
    const manager = demoUser(stack(), 'manager');
    accessToken = (await stack().link(manager.username)).accessToken;
    // Campaigns whose names a spoken "spring" cannot tell apart, one that needs SSML escaping, and enough
    // active ones for a second page.
    const today = new Date().toISOString().slice(0, 10);
    for (const [Name, StartDate] of [['Spring Promo', '2025-03-01'], ['Spring Clearance', '2025-04-01'], ['Smith & Sons <Spring> Summit', '2024-05-01']] as const) {
      stack().org.store.insert('Campaign', { Name, Status: 'In Progress', IsActive: true, StartDate, EndDate: today, OwnerId: manager.id });
    }
  });
  afterEach(() => stack().org.clearFaults());

  const campaigns = () => stack().org.store.all('Campaign');
  const named = (name: string) => campaigns().find((c) => c.Name === name)!;
  /** Active campaigns, newest start first: the order the skill reads them in. */
  const active = () =>
    campaigns()
      .filter((c) => c.IsActive === true)
      .sort((a, b) => String(b.StartDate).localeCompare(String(a.StartDate)) || String(a.Id).localeCompare(String(b.Id)));

  function expectReport(speech: string, c: SObjectRecord) {
    expect(speech).to.match(new RegExp(`^${String(c.Name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is ${String(c.Status).toLowerCase()}: it `));
    expect(speech).to.contain(`It has ${c.NumberOfLeads} lead${c.NumberOfLeads === 1 ? '' : 's'}, ${c.NumberOfConvertedLeads} converted,`);
    expect(speech).to.contain(`and ${c.NumberOfOpportunities} opportunit${c.NumberOfOpportunities === 1 ? 'y' : 'ies'}`);
    if (Number(c.NumberOfWonOpportunities) > 0) expect(speech).to.contain(`${c.NumberOfWonOpportunities} won for ${dollars(Number(c.AmountWonOpportunities))}.`);
    else expect(speech).to.contain('none won yet.');
  }

  it('reports on the campaign the user names: leads, converted, opportunities, won amount, status and dates', async () => {
    const spring = named('Spring Launch');
    expect(Number(spring.NumberOfLeads), 'the demo campaign has leads').to.be.greaterThan(0);
    const { speech, response } = await talkTo(stack(), { accessToken }).say('ask sales assistant how is the spring launch campaign doing');
    expectReport(speech, spring);
    expect(speech).to.match(/started .+ and ends .+\./);
    expect(speech).to.match(/What else\?$/);
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('asks which one when several match, listens for the name, then reports on the one said', async () => {
    const talk = talkTo(stack(), { accessToken });
    const ask = await talk.say('ask sales assistant how is the spring campaign doing');
    expect(ask.speech).to.match(/^Did you mean .+ or .+\?$/);
    for (const name of ['Spring Launch', 'Spring Promo', 'Spring Clearance']) expect(ask.speech).to.contain(name);
    expect(ask.response.response.directives?.[0]).to.deep.include({ type: 'Dialog.ElicitSlot', slotToElicit: 'campaign' });
    expect(ask.response.response.shouldEndSession).to.equal(false);
    const answer = await talk.say('spring promo');
    expectReport(answer.speech, named('Spring Promo'));
  });

  it('escapes a campaign name from the data exactly once', async () => {
    const { ssml } = await talkTo(stack(), { accessToken }).say('ask sales assistant how is the smith and sons summit campaign doing');
    expect(ssml).to.contain(ssmlEscaped('Smith & Sons <Spring> Summit'));
    expect(ssml).to.not.contain('&amp;amp;');
  });

  it('says when no campaign matches and offers the active ones, which "yes" reads', async () => {
    const talk = talkTo(stack(), { accessToken });
    const none = await talk.say('ask sales assistant how is the banana split campaign doing');
    expect(none.speech).to.equal('I couldn’t find a campaign called banana split. Want to hear which campaigns are active?');
    const yes = await talk.say('yes');
    expect(yes.speech).to.match(new RegExp(`^Here are the active campaigns, newest first: 1st, ${active()[0]!.Name}\\.`));
  });

  it('asks which campaign when none was named, and takes the name alone as the answer', async () => {
    const talk = talkTo(stack(), { accessToken });
    const ask = await talk.say('ask sales assistant for a campaign report');
    expect(ask.speech).to.equal('Which campaign would you like to hear about?');
    expect(ask.response.response.shouldEndSession).to.equal(false);
    expectReport((await talk.say('customer loyalty webinars')).speech, named('Customer Loyalty Webinars'));
  });

  it('lists the active campaigns newest first, five at a time, and reports on one picked by its number', async () => {
    const list = active();
    expect(list.length, 'more active campaigns than a page').to.be.greaterThan(5);
    const talk = talkTo(stack(), { accessToken });
    const first = await talk.say('ask sales assistant which campaigns are active');
    const names = list.slice(0, 5).map((c) => ssmlEscaped(String(c.Name)));
    const at = names.map((n) => first.ssml.indexOf(n));
    expect(at.every((p) => p > 0), first.ssml).to.equal(true);
    expect(at).to.deep.equal([...at].sort((a, b) => a - b));
    expect(first.speech).to.match(/Want the next 5\?$/);
    const next = await talk.say('next');
    expect(next.speech).to.match(new RegExp(`^Here (is the next one|are the next \\d): 6th, `));
    const sixth = await talk.say('tell me more about the sixth one');
    expectReport(sixth.speech, list[5]!);
    expect((await talk.say('go back')).ssml).to.contain(`Going back, here are numbers 1 to 5: 1st, ${names[0]}`);
  });

  it('uses one Salesforce call on the warm path for a report and for the list', async () => {
    const talk = talkTo(stack(), { accessToken });
    await talk.say('ask sales assistant how is the spring launch campaign doing');
    stack().org.resetCounters();
    await talk.say('how is the loyalty webinars campaign doing');
    expect(stack().org.counters()).to.deep.include({ dataApiCalls: 1, byPath: { '/services/data/v66.0/search': 1 } });
    stack().org.resetCounters();
    await talk.say('which campaigns are active');
    expect(stack().org.counters()).to.deep.include({ dataApiCalls: 1, byPath: { '/services/data/v66.0/query': 1 } });
  });

  it('says so when Salesforce fails', async () => {
    await talkTo(stack(), { accessToken }).say('ask sales assistant which campaigns are active');
    stack().org.injectFault({ status: 503, errorCode: 'SERVER_UNAVAILABLE', message: 'Service unavailable', path: /\/search$/ });
    const { speech, response } = await talkTo(stack(), { accessToken }).say('ask sales assistant how is the spring launch campaign doing');
    expect(speech).to.match(/^Salesforce isn’t answering right now/);
    expect(response.response.shouldEndSession).to.equal(true);
  });

  it('takes "and what about the … campaign" after a campaign’s results as that campaign’s', async () => {
    const talk = talkTo(stack(), { accessToken });
    await talk.say('ask sales assistant how is the spring launch campaign doing');
    const { speech } = await talk.say('and what about the fall roadshow campaign');
    const roadshow = stack().org.store.all('Campaign').find((c) => String(c.Name).toLowerCase().includes('roadshow'))!;
    expect(speech.startsWith(String(roadshow.Name))).to.equal(true);
  });
});

describe('active campaigns filling their last page exactly', () => {
  const stack = useLocalStack();

  it('offers no more after a last page that is exactly full, and "next" says the list is over', async () => {
    const manager = demoUser(stack(), 'manager');
    const store = stack().org.store;
    // Ten active campaigns: two pages of five, the second one full.
    const activeNow = () => store.all('Campaign').filter((c) => c.IsActive === true);
    for (const extra of activeNow().slice(10)) store.update('Campaign', extra.Id, { IsActive: false }, { trusted: true, actingUserId: manager.id });
    for (let n = activeNow().length; n < 10; n++) {
      store.insert('Campaign', { Name: `Filler Campaign ${n}`, Status: 'In Progress', IsActive: true, StartDate: '2020-01-01', OwnerId: manager.id }, { trusted: true, actingUserId: manager.id });
    }
    expect(activeNow()).to.have.length(10);
    const talk = talkTo(stack(), { accessToken: (await stack().link(manager.username)).accessToken });
    expect((await talk.say('ask sales assistant which campaigns are active')).speech).to.match(/Want the next 5\?$/);
    const last = await talk.say('next');
    expect(last.speech).to.match(/^Here are the next 5: 6th, /);
    expect(last.speech).to.contain('10th, ').and.not.match(/Want the next/);
    expect((await talk.say('next')).speech).to.equal('That was the last one. What else would you like to know?');
  });
});
