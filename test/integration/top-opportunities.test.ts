import { expect } from 'chai';
import { format, parseISO } from 'date-fns';
import type { SObjectRecord } from '../../local/org/types';
import type { LocalStack } from '../../local/stack';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { figure, listedDeal, teamOf, todayIn } from '../support/orgFacts';

/** The store's view of open deals, biggest first: computed independently of the skill's query. */
function openDeals(records: readonly SObjectRecord[], owners: (ownerId: string) => boolean): SObjectRecord[] {
  return records
    .filter((o) => o.IsClosed === false && owners(String(o.OwnerId)))
    .sort((a, b) => Number(b.Amount ?? -1) - Number(a.Amount ?? -1) || String(a.CloseDate).localeCompare(String(b.CloseDate)) || String(a.Id).localeCompare(String(b.Id)));
}

/** Positions of the names in the speech, to check the order they were read in. */
function positions(speech: string, names: string[]): number[] {
  return names.map((n) => speech.indexOf(n));
}

describe('top opportunities, through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);


  const opportunities = () => stack().org.store.all('Opportunity');
  const users = () => stack().org.store.all('User');
  const listed = (deal: SObjectRecord) => listedDeal(deal, stack().org.store.all('Account'));

  it('greets the linked user by first name', async () => {
    const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say('open sales assistant');
    const manager = users().find((u) => u.Id === demoUser(stack(), 'manager').id)!;
    expect(speech).to.match(new RegExp(`^Hi ${manager.FirstName}\\.`));
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it("reads the user's own biggest open deals in order, one short breath each: account, name, amount, close date", async () => {
    const me = demoUser(stack(), 'manager').id;
    const expected = openDeals(opportunities(), (owner) => owner === me).slice(0, 3);
    const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant for my top three opportunities');
    // The currency once, in the intro; each deal's figure as people say it; no stage, no owner.
    expect(speech).to.match(/^Your top 3 open deals, in dollars: /);
    const at = positions(speech, expected.map((o) => `${listed(o)}: ${figure(Number(o.Amount))}, `));
    expect(at.every((p) => p >= 0), `all of ${expected.map((o) => o.Name)} in: ${speech}`).to.equal(true);
    expect(at).to.deep.equal([...at].sort((a, b) => a - b));
    expect(speech.match(/dollars/g)).to.have.length(1);
    for (const o of expected) expect(speech).to.not.contain(String(o.StageName));
    expect(speech).to.match(/Want the next 3\?$/);
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('escapes names from the data exactly once in SSML', async () => {
    // The biggest deal in the org, with every character SSML must escape in its name and its account's.
    const account = stack().org.store.all('Account').find((a) => a.Name === 'Smith & Sons')!;
    const biggest = Math.max(...opportunities().map((o) => Number(o.Amount ?? 0)));
    const name = `Tom's "Big" <Rush> & Co`;
    stack().org.store.insert('Opportunity', {
      Name: name, AccountId: account.Id, Amount: biggest + 1000, StageName: 'Prospecting',
      CloseDate: todayIn('America/New_York', new Date(Date.now() + 86_400_000 * 30)), OwnerId: demoUser(stack(), 'rep').id,
    });
    const { ssml, speech } = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant for everyone's top three deals");
    // A name without its account is said after the account.
    expect(speech).to.contain(`in dollars: Smith & Sons, ${name}: `);
    expect(ssml).to.contain('in dollars: Smith &amp; Sons, Tom&apos;s &quot;Big&quot; &lt;Rush&gt; &amp; Co: ');
    expect(ssml).to.not.contain('&amp;amp;');
  });

  it("defaults a manager to the team (their own and their reports' deals), owners left to the details", async () => {
    const me = demoUser(stack(), 'manager').id;
    const team = new Set(users().filter((u) => u.ManagerId === me || u.Id === me).map((u) => u.Id));
    const expected = openDeals(opportunities(), (owner) => team.has(owner)).slice(0, 3);
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant for the top opportunities');
    expect(speech).to.match(/^Your team’s top 3 open deals, in dollars: /);
    expect(positions(speech, expected.map(listed)).every((p) => p >= 0)).to.equal(true);
    for (const u of users().filter((u) => team.has(u.Id))) expect(speech).to.not.contain(String(u.LastName));
  });

  it('gives a rep their own deals, and says so when they ask for a team they do not have', async () => {
    const rep = demoUser(stack(), 'rep').id;
    const expected = openDeals(opportunities(), (owner) => owner === rep)[0]!;
    const plain = await talkTo(stack(), { accessToken: tokens().rep }).say('ask sales assistant for the top deals');
    expect(plain.speech).to.match(/^Your top 3 open deals, in dollars: /);
    expect(plain.speech).to.contain(listed(expected));
    const team = await talkTo(stack(), { accessToken: tokens().rep }).say('ask sales assistant for my team\'s top deals');
    expect(team.speech).to.match(/^No one reports to you in Salesforce, so here are your own\./);
    expect(team.speech).to.contain(listed(expected));
  });

  it('reads three a turn, caps a request above ten and reads the ten a page at a time', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const { speech, response } = await talk.say('ask sales assistant for everyone\'s top twenty deals');
    expect(speech).to.match(/^I can read up to 10\. I’ll read them 3 at a time\. Everyone’s top 10 open deals, in dollars: /);
    expect((response.sessionAttributes!.list as { itemIds: string[] }).itemIds).to.have.length(3);
    expect(speech).to.match(/Want the next 3\?$/);
    for (const turn of ['yes', 'yes']) await talk.say(turn);
    const last = await talk.say('yes');
    expect(last.speech).to.match(/^Here is the next one: 10th, /);
    expect((last.response.sessionAttributes!.list as { itemIds: string[] }).itemIds).to.deep.equal(
      openDeals(opportunities(), () => true).slice(0, 10).map((o) => o.Id),
    );
    const two = await talk.say("everyone's top two deals");
    expect(two.speech).to.match(/^Everyone’s top 2 open deals, in dollars: .+ Want the next 2\?$/);
  });

  it('reads exactly the count asked: seven as three, three and the last one', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const first = await talk.say("ask sales assistant for everyone's top seven deals");
    expect(first.speech).to.match(/^I’ll read them 3 at a time\. Everyone’s top 7 open deals, in dollars:/);
    expect(first.speech).to.match(/Want the next 3\?$/);
    // Of the seven, one is left after the second page: that is what it offers.
    expect((await talk.say('next')).speech).to.match(/^Here are the next 3: 4th, .+ Want the next one\?$/);
    const third = await talk.say('next');
    expect(third.speech).to.match(/^Here is the next one: 7th, /);
    expect((third.response.sessionAttributes!.list as { itemIds: string[] }).itemIds).to.deep.equal(
      openDeals(opportunities(), () => true).slice(0, 7).map((o) => o.Id),
    );
  });

  it('reads ten, the most it reads, without saying it is capped', async () => {
    const first = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant for everyone's top ten deals");
    expect(first.speech).to.match(/^I’ll read them 3 at a time\. Everyone’s top 10 open deals, in dollars:/);
    expect(first.speech).to.not.contain('I can read up to');
  });

  it('says when a deal closes as briefly as it stays clear: no year unless it is far off, "was due" once passed', async () => {
    const day = (offset: number) => todayIn('America/New_York', new Date(Date.now() + 86_400_000 * offset));
    const account = stack().org.store.all('Account').find((a) => a.Name === 'Initech')!;
    const biggest = Math.max(...opportunities().map((o) => Number(o.Amount ?? 0)));
    const owner = demoUser(stack(), 'manager').id;
    // Three deals bigger than any other, closing in 200 days, in 400 days and 40 days ago.
    const made = [200, 400, -40].map((offset, i) =>
      stack().org.store.insert('Opportunity', {
        Name: `Initech - Far Deal ${i}`, AccountId: account.Id, Amount: biggest + 30_000 - i * 10_000, StageName: 'Prospecting', CloseDate: day(offset), OwnerId: owner,
      }),
    );
    try {
      const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant for my top three deals');
      const spokenDate = (date: string, withYear: boolean) => format(parseISO(date), withYear ? 'MMMM do, yyyy' : 'MMMM do');
      expect(speech).to.contain(`Initech, Far Deal 0: ${figure(biggest + 30_000)}, closing ${spokenDate(day(200), false)}.`);
      expect(speech).to.contain(`Initech, Far Deal 1: ${figure(biggest + 20_000)}, closing ${spokenDate(day(400), true)}.`);
      expect(speech).to.contain(`Initech, Far Deal 2: ${figure(biggest + 10_000)}, was due ${spokenDate(day(-40), false)}.`);
    } finally {
      for (const m of made) stack().org.store.delete('Opportunity', m.Id);
    }
  });

  it('keeps only deals closing in the period, in the user’s time zone', async () => {
    const { response } = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant what are everyone's biggest opportunities closing this month");
    const ids = (response.sessionAttributes!.list as { itemIds: string[] }).itemIds;
    expect(ids.length).to.be.greaterThan(0);
    const month = todayIn('America/New_York', new Date()).slice(0, 7);
    for (const id of ids) expect(String(stack().org.store.get('Opportunity', id)!.CloseDate).slice(0, 7)).to.equal(month);
    const expected = openDeals(opportunities(), () => true).filter((o) => String(o.CloseDate).startsWith(month));
    expect(ids).to.deep.equal(expected.slice(0, ids.length).map((o) => o.Id));
  });

  it('says so when nothing matches, and keeps listening', async () => {
    // A new user in the org owns nothing, whatever the demo data's dates are.
    const newcomer = stack().org.store.insert('User', {
      Username: 'nina.new@summitpeak.demo', FirstName: 'Nina', LastName: 'New', Email: 'nina.new@summitpeak.demo', Alias: 'nnew',
      TimeZoneSidKey: 'America/New_York', LocaleSidKey: 'en_US', LanguageLocaleKey: 'en_US', IsActive: true,
    });
    const token = stack().org.issueTokens(String(newcomer.Username)).access_token;
    const { speech, response } = await talkTo(stack(), { accessToken: token }).say('ask sales assistant for my top deals closing this quarter');
    expect(speech).to.equal('You have no open opportunities closing this quarter. What else?');
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('goes on with "next" and "yes", without repeating a deal, and repeats the last turn word for word', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const first = await talk.say("ask sales assistant for everyone's top three deals");
    const next = await talk.say('next');
    expect(next.speech).to.match(/^Here are the next 3: 4th, /);
    const again = await talk.say('repeat that');
    expect(again.speech).to.equal(next.speech);
    const yes = await talk.say('yes');
    expect(yes.speech).to.match(/^Here are the next 3: 7th, /);
    // The list keeps every id heard so far, by spoken position: 3, then 6, then 9.
    const heard = [first, next, yes].map((r) => (r.response.sessionAttributes!.list as { itemIds: string[] }).itemIds);
    expect(heard.map((ids) => ids.length)).to.deep.equal([3, 6, 9]);
    expect(new Set(heard[2]).size).to.equal(9);
    expect(heard[2]).to.deep.equal(openDeals(opportunities(), () => true).slice(0, 9).map((o) => o.Id));
  });

  describe('deals by stage: "what deals are in negotiation", "show me deals in negotiation", and "what about prospecting"', () => {
    /** What a stage list must say, from the store: the owner's open deals in that stage, biggest first, three of them. */
    function expectStageList(speech: string, owners: Set<string>, stage: string, whose: RegExp) {
      const inStage = openDeals(opportunities(), (owner) => owners.has(owner)).filter((o) => o.StageName === stage);
      if (inStage.length === 0) {
        expect(speech).to.match(new RegExp(`has no open opportunities in ${stage.replace(/[./]/g, '\\$&')}\\.`));
        return;
      }
      expect(speech).to.match(whose);
      expect(speech).to.contain(` open deal${inStage.length > 1 ? 's' : ''} in ${stage}, in dollars: `);
      const first = inStage.slice(0, 3).map((o) => `${listed(o)}: ${figure(Number(o.Amount))}`);
      const at = positions(speech, first);
      expect(at.every((p) => p >= 0), `all of ${first} in: ${speech}`).to.equal(true);
      expect(at).to.deep.equal([...at].sort((a, b) => a - b));
    }
    const team = () => teamOf(users(), demoUser(stack(), 'manager').id);
    const lena = () => users().find((u) => u.FirstName === 'Lena')!;

    for (const [line, stage] of [
      ['what deals are in negotiation', 'Negotiation/Review'],
      ['which deals are at the proposal stage', 'Proposal/Price Quote'],
      ['show me deals in negotiation', 'Negotiation/Review'],
      ['which opportunities are in qualification', 'Qualification'],
      ['what is in negotiation', 'Negotiation/Review'],
    ] as const) {
      it(`lists the team's deals for "${line}"`, async () => {
        const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say(`ask sales assistant ${line}`);
        expectStageList(speech, team(), stage, /^Your team’s top \d+ open deals? in /);
      });
    }

    it('lists a person\'s deals in a stage, and changes only the stage on "what about …"', async () => {
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      const owners = new Set([String(lena().Id)]);
      const lenas = /^Lena Fischer’s top (\d+ )?open deals? in /;
      expectStageList((await talk.say("ask sales assistant what's in prospecting for Lena")).speech, owners, 'Prospecting', lenas);
      expectStageList((await talk.say('what about negotiation')).speech, owners, 'Negotiation/Review', lenas);
      expectStageList((await talk.say('and the qualification stage')).speech, owners, 'Qualification', lenas);
    });

    it('takes a bare stage as a follow-up after a count of deals', async () => {
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      await talk.say('ask sales assistant how many deals are in negotiation');
      const inStage = opportunities().filter((o) => o.IsClosed === false && team().has(String(o.OwnerId)) && o.StageName === 'Prospecting');
      expect(inStage.length, 'the team has deals in prospecting').to.be.greaterThan(0);
      const { speech } = await talk.say('what about prospecting');
      expect(speech).to.match(new RegExp(`^Your team has ${inStage.length} open deals? in Prospecting worth `));
    });
  });

  it('goes on with "want the next three", "give me more" and "the next two", reading that many', async () => {
    const all = openDeals(opportunities(), () => true);
    expect(all.length, 'the demo org has over eight open deals').to.be.greaterThan(8);
    const named = (from: number, to: number) => all.slice(from, to).map((o) => `${listed(o)}: `);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say("ask sales assistant for everyone's top three deals");
    const three = await talk.say('want the next three');
    expect(three.speech).to.match(/^Here are the next 3: 4th, /);
    for (const deal of named(3, 6)) expect(three.speech).to.contain(deal);
    const two = await talk.say('the next two');
    expect(two.speech).to.match(/^Here are the next 2: 7th, /);
    for (const deal of named(6, 8)) expect(two.speech).to.contain(deal);
    expect(two.speech).to.not.contain(named(8, 9)[0]);
    const more = await talk.say('give me more');
    expect(more.speech).to.match(/^Here (are the next \d|is the next one): 9th, /);
    expect(more.speech).to.contain(named(8, 9)[0]);
    for (const line of ['give me the next five', 'want the next three', 'show me more']) {
      const fresh = talkTo(stack(), { accessToken: tokens().manager });
      await fresh.say("ask sales assistant for everyone's top three deals");
      const { speech } = await fresh.say(line);
      expect(speech, line).to.match(/^Here are the next 3: 4th, /);
      for (const deal of named(3, 6)) expect(speech, line).to.contain(deal);
    }
  });

  it('picks the list up again in a new session, from DynamoDB, for the same Alexa user only', async () => {
    const userId = 'amzn1.ask.account.NEW-SESSION-TEST';
    await talkTo(stack(), { accessToken: tokens().manager, userId }).say("ask sales assistant for everyone's top two deals");
    const later = await talkTo(stack(), { accessToken: tokens().manager, userId }).say('ask sales assistant for the next ones');
    expect(later.speech).to.match(/^Here are the next 2: 3rd, /);
    const stranger = await talkTo(stack(), { accessToken: tokens().manager, userId: 'amzn1.ask.account.SOMEONE-ELSE' }).say(
      'ask sales assistant for the next ones',
    );
    expect(stranger.speech).to.match(/^There’s no list to continue yet/);
  });

  it("does not give a list to the same Alexa user once linked to another Salesforce user: the state is the Salesforce user's", async () => {
    const userId = 'amzn1.ask.account.RELINKED';
    await talkTo(stack(), { accessToken: tokens().manager, userId }).say("ask sales assistant for everyone's top two deals");
    const relinked = await talkTo(stack(), { accessToken: tokens().rep, userId }).say('ask sales assistant for the next ones');
    expect(relinked.speech).to.match(/^There’s no list to continue yet/);
    const back = await talkTo(stack(), { accessToken: tokens().manager, userId }).say('ask sales assistant for the next ones');
    expect(back.speech).to.match(/^Here are the next 2: 3rd, /);
  });

  it('goes back one page at a time: from the third page to the second, then the first, then says it is the start', async () => {
    const everyone = openDeals(opportunities(), () => true);
    expect(everyone.length, 'more than three pages of deals').to.be.greaterThan(9);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say("ask sales assistant for everyone's top deals");
    await talk.say('next');
    expect((await talk.say('next')).speech).to.match(/^Here are the next 3: 7th, /);
    const second = await talk.say('go back');
    expect(second.speech).to.match(/^Going back, here are numbers 4 to 6: 4th, /);
    expect(second.speech).to.contain(listed(everyone[3]!));
    expect((await talk.say('go back')).speech).to.match(/^Going back, here are numbers 1 to 3: 1st, /);
    expect((await talk.say('go back')).speech).to.match(/^That’s the start of the list\./);
  });

  it('says what the help is for where the user is, and says goodbye on stop', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    expect((await talk.say('open sales assistant')).speech).to.match(/^Hi /);
    const help = (await talk.say('help')).speech;
    expect(help).to.match(/^I read and update your Salesforce pipeline/);
    // Every example the help gives is understood: none of them falls back.
    const examples = help.replace(/^.*You can say: /, '').replace(/\. What would you like\?$/, '').split(/, (?:or )?/);
    expect(examples.length).to.be.at.least(5);
    for (const example of examples) {
      const heard = await talkTo(stack(), { accessToken: tokens().manager }).say(`ask sales assistant ${example}`);
      const request = heard.turns.find((t) => t.request)?.request?.request;
      expect(request?.type === 'IntentRequest' ? request.intent.name : request?.type, example).to.not.equal('AMAZON.FallbackIntent');
    }
    await talk.say('my top three deals');
    expect((await talk.say('help')).speech).to.match(/^You can say next/);
    const bye = await talk.say('stop');
    expect(bye.speech).to.equal('Okay. Goodbye.');
    expect(bye.response.response.shouldEndSession).to.equal(true);
  });

  it('ends on the ways people end a meeting with it: "thanks, that\'s all", "we\'re done", "nothing else"', async () => {
    for (const words of ["thanks that's all", "we're done", 'nothing else thanks', "that's it for now"]) {
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      await talk.say('ask sales assistant for my top three deals');
      const bye = await talk.say(words);
      expect(bye.speech, words).to.equal('Okay. Goodbye.');
      expect(bye.response.response.shouldEndSession, words).to.equal(true);
    }
  });

  it('answers a mumble with what it can do, and a "yes" out of the blue with a question', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('open sales assistant');
    const fallback = await talk.say('order me a pizza with extra cheese');
    // What it says it can do includes the writes and the day, so a rep whose words were not heard is not told they can't be done.
    expect(fallback.speech).to.match(/^Sorry, I can't help with that\. I can read your top deals, wins and losses, pipeline or your day; run a pipeline review; update a deal; log a call, a note or a reminder;/);
    expect(fallback.response.response.shouldEndSession).to.equal(false);
    const yes = await talk.say('yes');
    expect(yes.speech).to.match(/^What would you like\? You can say: my top five opportunities/);
  });
});

/** Leaves the demo rep exactly `n` open deals (closing the rest as lost, adding small ones); the rep's open deals, biggest first. */
function leaveOpenDeals(stack: LocalStack, n: number): SObjectRecord[] {
  const rep = demoUser(stack, 'rep');
  const store = stack.org.store;
  const open = () => openDeals(store.all('Opportunity'), (owner) => owner === rep.id);
  for (const extra of open().slice(n)) store.update('Opportunity', extra.Id, { StageName: 'Closed Lost' }, { trusted: true, actingUserId: rep.id });
  const account = store.all('Account')[0]!;
  for (let i = open().length; i < n; i++) {
    store.insert('Opportunity', { Name: `Filler ${i}`, AccountId: account.Id, Amount: 1000 + i, StageName: 'Prospecting', CloseDate: '2099-01-01', OwnerId: rep.id }, { trusted: true, actingUserId: rep.id });
  }
  expect(open()).to.have.length(n);
  return open();
}

describe('a rep whose open deals fill the last page exactly', () => {
  const stack = useLocalStack();

  it('offers no more after the sixth of six deals, and "next" says the list is over', async () => {
    const open = leaveOpenDeals(stack(), 6); // two pages of three, the second one full
    const talk = talkTo(stack(), { accessToken: (await stack().link(demoUser(stack(), 'rep').username)).accessToken });
    expect((await talk.say('ask sales assistant for the top deals')).speech).to.match(/Want the next 3\?$/);
    const last = await talk.say('next');
    expect(last.speech).to.match(/^Here are the next 3: 4th, /);
    expect(last.speech).to.contain(listedDeal(open[5]!, stack().org.store.all('Account'))).and.not.match(/Want the next/);
    expect((await talk.say('next')).speech).to.equal('That was the last one. What else would you like to know?');
  });
});

describe('a rep with fewer open deals than the count asked', () => {
  const stack = useLocalStack();

  it('offers exactly what is left of them: "my top ten" with five deals offers the next 2, then ends', async () => {
    leaveOpenDeals(stack(), 5);
    const talk = talkTo(stack(), { accessToken: (await stack().link(demoUser(stack(), 'rep').username)).accessToken });
    expect((await talk.say('ask sales assistant for my top ten deals')).speech).to.match(/Want the next 2\?$/);
    const last = await talk.say('next');
    expect(last.speech).to.match(/^Here are the next 2: 4th, /).and.not.match(/Want the next/);
  });
});
