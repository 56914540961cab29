/**
 * Deals by name and "it", through the simulator, the skill, jsforce and the local org. What each answer must
 * say comes from the org's store: which accounts have one or two open deals, their next steps, owners, amounts.
 */
import { expect } from 'chai';
import type { IntentRequest } from 'ask-sdk-model';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { byAmount, dollars, ssmlEscaped, todayIn } from '../support/orgFacts';

const TZ = 'America/New_York';

describe('a deal by its name, and "it"', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;

  const opportunities = () => store().all('Opportunity');
  const dealsOf = (account: SObjectRecord) => opportunities().filter((o) => o.AccountId === account.Id);
  const openOf = (account: SObjectRecord) => dealsOf(account).filter((o) => o.IsClosed === false);
  /** Accounts whose names are plain words, as a user would say them. */
  const sayable = () => store().all('Account').filter((a) => /^[A-Za-z]+( [A-Za-z]+)*$/.test(String(a.Name)));

  /** An account with exactly one open deal and at least one closed one: its name names the open deal. */
  function accountWithOneOpenDeal(): { account: SObjectRecord; deal: SObjectRecord } {
    const account = sayable().find((a) => openOf(a).length === 1 && dealsOf(a).some((o) => o.IsClosed === true));
    expect(account, 'the demo org has an account with one open and some closed deals').to.not.equal(undefined);
    return { account: account!, deal: openOf(account!)[0]! };
  }

  const spoken = (name: unknown) => String(name).toLowerCase().replace(/ - /g, ' ');
  const ownerOf = (deal: SObjectRecord) => {
    const owner = store().get('User', String(deal.OwnerId))!;
    return owner.Id === demoUser(stack(), 'manager').id ? 'is yours.' : `is owned by ${owner.FirstName} ${owner.LastName}.`;
  };
  const intentOf = (talk: ReturnType<typeof talkTo>) => (talk.simulator.invocations.at(-1)!.request.request as IntentRequest).intent.name;
  const manager = () => talkTo(stack(), { accessToken: tokens().manager });

  /** The full details of a deal lead with its name, amount and stage. */
  function expectDetails(speech: string, deal: SObjectRecord) {
    expect(speech.startsWith(`${deal.Name}`), speech).to.equal(true);
    expect(speech).to.contain(`${dollars(Number(deal.Amount))}, ${deal.StageName}, `);
    expect(speech).to.match(/What else would you like to know about it, or about another deal\?$/);
  }


  it('tells two reps’ deals of the same name apart by their owners, and takes "the second one"', async () => {
    const open = opportunities().filter((o) => o.IsClosed === false);
    const twin = open.find((o) => open.filter((p) => p.Name === o.Name).length === 2)!;
    expect(twin, 'two open deals with one name').to.not.equal(undefined);
    const owners = open.filter((o) => o.Name === twin.Name).map((o) => ({ deal: o, owner: String(store().get('User', String(o.OwnerId))!.Name) }));
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const which = await talk.say(`ask sales assistant what's the status of the ${String(twin.Name).toLowerCase().replace(/ - /g, ' ')} deal`);
    const offered = /^Which one: (.+), (.+)’s or (.+), (.+)’s\?$/.exec(which.speech);
    expect(offered, which.speech).to.not.equal(null);
    expect([offered![2], offered![4]].sort()).to.deep.equal(owners.map((o) => o.owner).sort());
    const second = owners.find((o) => o.owner === offered![4])!;
    expect((await talk.say('the second one')).speech).to.match(new RegExp(`It’s owned by ${second.owner}\\.`));
  });

  it('answers each kind of question about a deal named by its account, leading with what was asked', async () => {
    const { account, deal } = accountWithOneOpenDeal();
    const name = spoken(account.Name);
    const closing = String(deal.CloseDate) < todayIn(TZ) ? 'was due to close' : 'is closing';
    const asks: [string, (speech: string) => void][] = [
      [`what's the status of the ${name} deal`, (s) => expectDetails(s, deal)],
      [`how is the ${name} opportunity going`, (s) => expectDetails(s, deal)],
      [`where are we with ${name}`, (s) => expectDetails(s, deal)],
      [`tell me about the ${spoken(deal.Name)}`, (s) => expectDetails(s, deal)],
      [`what's the next step on the ${name} deal`, (s) => expect(s).to.match(new RegExp(`^The next step on ${escapeRegExp(String(deal.Name))} is: ${escapeRegExp(String(deal.NextStep))}\\. `))],
      [`when does the ${name} deal close`, (s) => expect(s.startsWith(`${deal.Name} ${closing} `), s).to.equal(true)],
      [`who owns the ${name} deal`, (s) => expect(s.startsWith(`${deal.Name} ${ownerOf(deal)} `), s).to.equal(true)],
      [`how much is the ${name} deal worth`, (s) => expect(s.startsWith(`${deal.Name} is worth ${dollars(Number(deal.Amount))}, at ${deal.StageName}.`), s).to.equal(true)],
    ];
    for (const [utterance, check] of asks) {
      const { speech, response } = await manager().say(`ask sales assistant ${utterance}`);
      check(speech);
      expect(response.response.shouldEndSession, utterance).to.equal(false);
    }
  });

  it('asks which one when two accounts share the name, and the answer — a position or a name — picks it', async () => {
    // Accounts sharing a first word ("Acme Logistics", "Acme Robotics"), with one open deal each.
    const byFirstWord = new Map<string, SObjectRecord[]>();
    for (const a of sayable()) byFirstWord.set(String(a.Name).split(' ')[0]!, [...(byFirstWord.get(String(a.Name).split(' ')[0]!) ?? []), a]);
    const [word, accounts] = [...byFirstWord].find(([, list]) => list.length === 2 && list.every((a) => openOf(a).length === 1))!;
    const open = accounts.flatMap(openOf);

    const talk = manager();
    const choice = await talk.say(`ask sales assistant who owns the ${word.toLowerCase()} deal`);
    const offered = /^Which one: (.+) or (.+)\?$/.exec(choice.speech);
    expect(offered, choice.speech).to.not.equal(null);
    expect(offered!.slice(1, 3).sort()).to.deep.equal(open.map((o) => String(o.Name)).sort());
    expect(choice.response.response.shouldEndSession).to.equal(false);

    const second = open.find((o) => o.Name === offered![2])!;
    expect((await talk.say('the second one')).speech.startsWith(`${second.Name} ${ownerOf(second)} `)).to.equal(true);

    const again = manager();
    await again.say(`ask sales assistant what's the next step on the ${word.toLowerCase()} opportunity`);
    const first = open.find((o) => o.Name === offered![1])!;
    const named = await again.say(spoken(accounts.find((a) => a.Id === first.AccountId)!.Name));
    expect(named.speech).to.match(new RegExp(`^The next step on ${escapeRegExp(String(first.Name))} is: `));

    // "When does it close" while the choice is open: "it" is one of the two, so the choice is asked again.
    const pending = manager();
    await pending.say(`ask sales assistant what's the next step on the ${word.toLowerCase()} opportunity`);
    expect((await pending.say('when does it close')).speech).to.match(/^Which one: .+ or .+\?$/);

    // "The robotics one": the second word of an account's name, said as people point at a choice.
    const third = manager();
    await third.say(`ask sales assistant who owns the ${word.toLowerCase()} deal`);
    const pointed = accounts.find((a) => a.Id === second.AccountId)!;
    const by = await third.say(`the ${String(pointed.Name).split(' ')[1]!.toLowerCase()} one`);
    expect(by.speech.startsWith(`${second.Name} ${ownerOf(second)} `)).to.equal(true);
  });

  it('"and the <account> one?" asks about that deal what was just asked about another; with nothing asked, its details', async () => {
    const accounts = sayable().filter((a) => openOf(a).length === 1);
    const [a, b, c] = accounts.map((account) => ({ account, deal: openOf(account)[0]! }));
    expect(c, 'three accounts with one open deal each').to.not.equal(undefined);
    const closing = (deal: SObjectRecord) => (String(deal.CloseDate) < todayIn(TZ) ? 'was due to close' : 'is closing');

    const talk = manager();
    await talk.say(`ask sales assistant when does the ${spoken(a!.account.Name)} deal close`);
    const next = await talk.say(`and the ${spoken(b!.account.Name)} one`);
    expect(next.speech.startsWith(`${b!.deal.Name} ${closing(b!.deal)} `), next.speech).to.equal(true);
    await talk.say(`who owns the ${spoken(a!.account.Name)} deal`);
    const owner = await talk.say(`what about the ${spoken(c!.account.Name)} deal`);
    expect(owner.speech.startsWith(`${c!.deal.Name} ${ownerOf(c!.deal)} `), owner.speech).to.equal(true);

    expectDetails((await manager().say(`ask sales assistant what about the ${spoken(a!.account.Name)} deal`)).speech, a!.deal);
  });

  it('"and the <account> one" said when asked which deal is taken for the name, not the words around it', async () => {
    const { account, deal } = accountWithOneOpenDeal();
    const talk = manager();
    const which = await talk.say("ask sales assistant what's the next step on the zebra deal");
    expect(which.speech).to.equal('I couldn’t find a deal called zebra. Which deal do you mean?');
    const { speech } = await talk.say(`and the ${spoken(account.Name)} one`);
    expect(speech).to.match(new RegExp(`^The next step on ${escapeRegExp(String(deal.Name))} is: `));
  });

  it('says what it heard and asks again when no deal has that name', async () => {
    const all = [...opportunities(), ...store().all('Account')].map((r) => String(r.Name).toLowerCase());
    expect(all.some((n) => n.includes('zebra')), 'no record is called zebra').to.equal(false);
    const { speech, response } = await manager().say("ask sales assistant what's the next step on the zebra deal");
    expect(speech).to.equal('I couldn’t find a deal called zebra. Which deal do you mean?');
    expect(response.response.shouldEndSession).to.equal(false);
    expect(response.response.directives?.[0]).to.include({ type: 'Dialog.ElicitSlot', slotToElicit: 'deal' });
  });

  it('leaves other questions alone: "what\'s my quota" is not a deal called "my quota"', async () => {
    const talk = manager();
    await talk.say('open sales assistant');
    await talk.say("what's my quota");
    expect(intentOf(talk)).to.not.match(/^Deal/);
  });

  it('prefers the open deal of an account, and finds a closed one only by a name no open deal has', async () => {
    const { account, deal } = accountWithOneOpenDeal();
    expectDetails((await manager().say(`ask sales assistant tell me about the ${spoken(account.Name)} deal`)).speech, deal);

    const openNames = new Set(opportunities().filter((o) => o.IsClosed === false).map((o) => spoken(o.Name)));
    const closed = sayable().flatMap(dealsOf).find((o) => o.IsClosed === true && !openNames.has(spoken(o.Name))
      && opportunities().filter((x) => spoken(x.Name) === spoken(o.Name)).length === 1)!;
    const { speech } = await manager().say(`ask sales assistant tell me about the ${spoken(closed.Name)}`);
    expect(speech.startsWith(`${closed.Name}`), speech).to.equal(true);
    expect(speech).to.contain(closed.IsWon === true ? ', won ' : ', lost ');
  });

  it('takes "it" as the deal just picked from a list, in this session and in a new one', async () => {
    const userId = 'amzn1.ask.account.DEAL-IT-LIST';
    const second = byAmount(opportunities().filter((o) => o.IsClosed === false))[1]!;
    const talk = talkTo(stack(), { accessToken: tokens().manager, userId });
    await talk.say("ask sales assistant for everyone's top three deals");
    await talk.say('tell me more about the second one');
    expect((await talk.say('who owns it')).speech.startsWith(`${second.Name} ${ownerOf(second)} `)).to.equal(true);

    const later = talkTo(stack(), { accessToken: tokens().manager, userId });
    const { speech } = await later.say("ask sales assistant what's the next step on it");
    expect(speech).to.match(new RegExp(`^The next step on ${escapeRegExp(String(second.Name))} is: ${escapeRegExp(String(second.NextStep))}\\.`));
  });

  it('takes "it" as the deal just named; after a list of several, asks which', async () => {
    const { account, deal } = accountWithOneOpenDeal();
    const talk = manager();
    await talk.say(`ask sales assistant how much is the ${spoken(account.Name)} deal worth`);
    expect((await talk.say('tell me more about it')).speech.startsWith(`${deal.Name}: `)).to.equal(true);
    await talk.say("everyone's top three deals");
    const which = await talk.say('who owns that deal');
    expect(which.speech).to.equal('Which deal do you mean? Say its name or its account’s name.');
    expect(which.response.response.shouldEndSession).to.equal(false);
  });

  it('takes "it" after "my biggest deal" as that deal, though more were on offer, and after "next" as the next', async () => {
    const me = demoUser(stack(), 'manager').id;
    const [biggest, next] = byAmount(opportunities().filter((o) => o.IsClosed === false && o.OwnerId === me));
    const talk = manager();
    expect((await talk.say("ask sales assistant what's my biggest deal")).speech).to.match(/Want the next one\?$/);
    expect((await talk.say('who owns it')).speech.startsWith(`${biggest!.Name} is yours.`)).to.equal(true);
    expect(next, 'the manager has a second open deal').to.not.equal(undefined);
    await talk.say('my biggest deal');
    await talk.say('next');
    expect((await talk.say('who owns it')).speech.startsWith(`${next!.Name} is yours.`)).to.equal(true);
    // A page of three read out: "it" would be a guess, so the skill asks.
    await talk.say('my top three deals');
    expect((await talk.say('when does it close')).speech).to.equal('Which deal do you mean? Say its name or its account’s name.');
  });

  it('asks which deal when none was spoken of yet', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager, userId: 'amzn1.ask.account.DEAL-NOTHING-YET' });
    const { speech } = await talk.say('ask sales assistant when does it close');
    expect(speech).to.equal('Which deal do you mean? Say its name or its account’s name.');
  });

  it('escapes names from the data exactly once, in an answer and in a choice', async () => {
    const account = store().all('Account').find((a) => a.Name === 'Smith & Sons')!;
    const [deal] = openOf(account);
    expect(openOf(account), 'Smith & Sons has one open deal').to.have.length(1);
    const one = await manager().say("ask sales assistant what's the next step on the smith and sons deal");
    expect(one.ssml).to.contain(`The next step on ${ssmlEscaped(String(deal!.Name))} is:`);
    expect(one.ssml).to.not.contain('&amp;amp;');

    const tricky = store().insert('Opportunity', {
      Name: `Smith & Sons - Tom's "Rush" <Order>`, AccountId: account.Id, Amount: 1000, StageName: 'Prospecting',
      CloseDate: todayIn(TZ, new Date(Date.now() + 86_400_000 * 30)), OwnerId: demoUser(stack(), 'rep').id,
    });
    try {
      const choice = await manager().say('ask sales assistant who owns the smith and sons deal');
      expect(choice.ssml).to.contain(ssmlEscaped(String(deal!.Name))).and.contain(ssmlEscaped(String(tricky.Name)));
      expect(choice.ssml).to.not.contain('&amp;amp;');
    } finally {
      store().delete('Opportunity', tricky.Id);
    }
  });

  it('does not take a whole sentence for a deal’s name while it waits for one', async () => {
    const talk = manager();
    const which = await talk.say("ask sales assistant what's the status of the zebra deal");
    expect(which.response.response.directives?.map((d) => d.type)).to.include('Dialog.ElicitSlot');
    const { speech, response } = await talk.say('how many deals did the whole team win in the last three months of the year');
    expect(response.response.directives?.map((d) => d.type) ?? [], speech).to.not.include('Dialog.ElicitSlot');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
