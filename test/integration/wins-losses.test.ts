import { expect } from 'chai';
import type { IntentRequest } from 'ask-sdk-model';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { type Range, amountOf, byAmount, closesIn, deals, dollars, figure, monthRange, quarterRange, teamOf, todayIn } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';

describe('wins and losses, through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);

  afterEach(() => stack().org.clearFaults());

  const opportunities = () => stack().org.store.all('Opportunity');
  const users = () => stack().org.store.all('User');

  /** What the answer must say, from the store: counts, amounts, win rate, biggest win and loss. */
  function expected(owners: Set<string>, range: Range) {
    const closed = opportunities().filter((o) => o.IsClosed === true && owners.has(String(o.OwnerId)) && closesIn(o, range));
    const won = closed.filter((o) => o.IsWon === true);
    const lost = closed.filter((o) => o.IsWon === false);
    return { won, lost, rate: closed.length ? Math.round((100 * won.length) / closed.length) : undefined, biggestWin: byAmount(won)[0], biggestLoss: byAmount(lost)[0] };
  }

  function expectFigures(speech: string, e: ReturnType<typeof expected>) {
    // The currency is said with the first amount only.
    const won = e.won.length ? `${deals(e.won.length)} worth ${dollars(amountOf(e.won))}` : 'no deals';
    const lostAmount = e.won.length ? figure(amountOf(e.lost)) : dollars(amountOf(e.lost));
    const lost = e.lost.length ? `${deals(e.lost.length)} worth ${lostAmount}` : 'no deals';
    expect(speech).to.contain(`won ${won} and lost ${lost} `);
    expect(speech).to.contain(`. Win rate: ${e.rate} percent.`);
    // The biggest deal's amount, unless it is the only one and its amount was just said.
    const biggest = (deal: SObjectRecord, of: SObjectRecord[]) => `${deal.Name}${of.length > 1 ? `, ${figure(Number(deal.Amount))}` : ''}`;
    if (e.biggestWin) expect(speech).to.contain(`Biggest win: ${biggest(e.biggestWin, e.won)}`);
    if (e.biggestLoss) expect(speech).to.contain(`Biggest loss: ${biggest(e.biggestLoss, e.lost)}`);
  }

  it('answers "how did we do last quarter" for a manager’s team: counts, amounts, win rate, biggest win and loss', async () => {
    const me = demoUser(stack(), 'manager').id;
    const e = expected(teamOf(users(), me), quarterRange(todayIn(NEW_YORK), -1));
    expect(e.won.length + e.lost.length, 'the demo org closed deals last quarter').to.be.greaterThan(0);
    const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how did we do last quarter');
    expect(speech).to.match(/^Your team won /);
    expect(speech).to.contain(' last quarter. ');
    expectFigures(speech, e);
    expect(speech).to.match(/What else\?$/);
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('defaults the period to this quarter', async () => {
    const me = demoUser(stack(), 'manager').id;
    const e = expected(teamOf(users(), me), quarterRange(todayIn(NEW_YORK)));
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant what are the latest wins and losses');
    expect(speech).to.contain(' this quarter. ');
    expectFigures(speech, e);
  });

  it('takes the scope and period said: "wins and losses this month for the team", and everyone’s this year', async () => {
    const me = demoUser(stack(), 'manager').id;
    const month = expected(teamOf(users(), me), monthRange(todayIn(NEW_YORK)));
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const team = await talk.say('ask sales assistant for the wins and losses this month for the team');
    if (month.rate === undefined) expect(team.speech).to.match(/^Your team has no closed deals this month\./);
    else expectFigures(team.speech, month);
    const everyone = new Set(users().map((u) => u.Id));
    const year = todayIn(NEW_YORK).slice(0, 4);
    const all = expected(everyone, [`${year}-01-01`, `${year}-12-31`]);
    const { speech } = await talk.say("what are everyone's wins and losses this year");
    expect(speech).to.match(/^Your org won /);
    expectFigures(speech, all);
  });

  it('gives a rep their own figures, saying no one reports to them when they ask for the team', async () => {
    const rep = demoUser(stack(), 'rep').id;
    const e = expected(new Set([rep]), quarterRange(todayIn(NEW_YORK), -1));
    const { speech } = await talkTo(stack(), { accessToken: tokens().rep }).say('ask sales assistant how did the team do last quarter');
    expect(speech).to.match(/^No one reports to you in Salesforce, so here are your own\. You won /);
    expectFigures(speech, e);
    // A rep's own deals carry no "by …": they are all theirs.
    expect(speech).to.not.match(/, by \w+ \w+\./);
  });

  it('names who won the biggest deal in a team answer', async () => {
    const me = demoUser(stack(), 'manager').id;
    const e = expected(teamOf(users(), me), quarterRange(todayIn(NEW_YORK), -1));
    const owner = users().find((u) => u.Id === e.biggestWin!.OwnerId)!;
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how did my team do last quarter');
    const ownerWords = owner.Id === me ? ', one of yours.' : `, by ${owner.FirstName} ${owner.LastName}.`;
    expect(speech).to.contain(`Biggest win: ${e.biggestWin!.Name}`);
    expect(speech.slice(speech.indexOf('Biggest win'))).to.contain(ownerWords);
  });

  it('says there are no closed deals, and keeps listening, when nothing closed in the period', async () => {
    const newcomer = stack().org.store.insert('User', {
      Username: 'wendy.new@summitpeak.demo', FirstName: 'Wendy', LastName: 'New', Email: 'wendy.new@summitpeak.demo', Alias: 'wnew',
      TimeZoneSidKey: NEW_YORK, LocaleSidKey: 'en_US', LanguageLocaleKey: 'en_US', IsActive: true,
    });
    const token = stack().org.issueTokens(String(newcomer.Username)).access_token;
    const { speech, response } = await talkTo(stack(), { accessToken: token }).say('ask sales assistant how did i do last quarter');
    expect(speech).to.equal('You have no closed deals last quarter. What else?');
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('falls back to this quarter for a period it does not know', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const { speech } = await talk.say('ask sales assistant for my wins and losses in the winter');
    const request = talk.simulator.invocations.at(-1)!.request.request as IntentRequest;
    expect(request.intent.name).to.equal('WinsLossesIntent');
    expect(request.intent.slots!.period!.resolutions!.resolutionsPerAuthority![0]!.status.code).to.equal('ER_SUCCESS_NO_MATCH');
    const e = expected(new Set([demoUser(stack(), 'manager').id]), quarterRange(todayIn(NEW_YORK)));
    expect(speech).to.contain(' this quarter. ');
    expectFigures(speech, e);
  });

  it('is one Salesforce call on the warm path (one composite request)', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant how did we do last quarter');
    stack().org.resetCounters();
    await talk.say('how did we do this quarter');
    const counters = stack().org.counters();
    expect(counters.dataApiCalls).to.equal(1);
    expect(Object.keys(counters.byPath)).to.deep.equal(['/services/data/v66.0/composite']);
  });

  it('says so briefly when Salesforce fails, and ends the turn cleanly', async () => {
    await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how did we do last quarter');
    stack().org.injectFault({ status: 503, errorCode: 'SERVER_UNAVAILABLE', message: 'Service unavailable', path: /\/composite$/ });
    const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how did we do last quarter');
    expect(speech).to.match(/^Salesforce isn’t answering right now/);
    expect(response.response.shouldEndSession).to.equal(true);
  });
  describe('only the losses or only the wins, and "the year"', () => {
    /** "Your team lost 3 deals worth 666 thousand dollars last quarter." and its biggest deal, from the store. */
    function expectOnly(speech: string, subject: string, deals: SObjectRecord[], verb: 'won' | 'lost', period: string) {
      const what = deals.length ? `${deals.length === 1 ? '1 deal' : `${deals.length} deals`} worth ${dollars(amountOf(deals))}` : 'no deals';
      expect(speech).to.match(new RegExp(`^${subject} ${verb} `));
      expect(speech).to.contain(`${subject} ${verb} ${what} ${period}.`);
      expect(speech).to.not.contain('Win rate');
      expect(speech).to.not.contain(verb === 'lost' ? 'Biggest win' : 'Biggest loss');
      const top = byAmount(deals)[0];
      if (top) expect(speech).to.contain(`Biggest ${verb === 'lost' ? 'loss' : 'win'}: ${top.Name}`);
    }
    const team = () => teamOf(users(), demoUser(stack(), 'manager').id);
    const thisYear = (): Range => {
      const year = todayIn(NEW_YORK).slice(0, 4);
      return [`${year}-01-01`, `${year}-12-31`];
    };

    for (const line of ['and lost?', 'what did we lose', 'just the losses', 'and the losses']) {
      it(`answers "${line}" after "how did we do last quarter" with last quarter's losses alone`, async () => {
        const e = expected(team(), quarterRange(todayIn(NEW_YORK), -1));
        expect(e.lost.length, 'the team lost deals last quarter').to.be.greaterThan(0);
        const talk = talkTo(stack(), { accessToken: tokens().manager });
        await talk.say('ask sales assistant how did we do last quarter');
        const { speech } = await talk.say(line);
        expectOnly(speech, 'Your team', e.lost, 'lost', 'last quarter');
      });
    }

    it('keeps to the losses when the period or person changes, then the wins, then both again', async () => {
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      await talk.say('ask sales assistant how did we do last quarter');
      await talk.say('and lost?');
      const year = expected(team(), thisYear());
      expectOnly((await talk.say('what about this year')).speech, 'Your team', year.lost, 'lost', 'this year');
      expectOnly((await talk.say('and the wins')).speech, 'Your team', year.won, 'won', 'this year');
      const lena = users().find((u) => u.FirstName === 'Lena')!;
      const hers = expected(new Set([String(lena.Id)]), thisYear());
      expectOnly((await talk.say('and for Lena')).speech, `${lena.FirstName} ${lena.LastName}`, hers.won, 'won', 'this year');
      const both = await talk.say('and the wins and losses');
      expect(both.speech).to.match(new RegExp(`^${lena.FirstName} ${lena.LastName} (won|has no closed deals)`));
      if (hers.rate !== undefined) expect(both.speech).to.contain(`. Win rate: ${hers.rate} percent.`);
    });

    it('answers "what did we lose" on its own for this quarter', async () => {
      const e = expected(team(), quarterRange(todayIn(NEW_YORK)));
      const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant what did we lose');
      if (e.rate === undefined) expect(speech).to.match(/^Your team has no closed deals this quarter\./);
      else expectOnly(speech, 'Your team', e.lost, 'lost', 'this quarter');
    });

    for (const line of ['how about the year', 'what about this year', 'and for the year']) {
      it(`takes "${line}" after a quarter as this calendar year`, async () => {
        const talk = talkTo(stack(), { accessToken: tokens().manager });
        await talk.say('ask sales assistant how did we do last quarter');
        const { speech } = await talk.say(line);
        expect(speech).to.not.contain('I don’t know which dates');
        expect(speech).to.contain(' this year. ');
        expectFigures(speech, expected(team(), thisYear()));
      });
    }

    it('says an open-deal list cannot be split into wins and losses', async () => {
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      await talk.say('ask sales assistant for my top three opportunities');
      const { speech } = await talk.say('and the losses');
      expect(speech).to.match(/^Only closed deals are won or lost, so this answer isn’t split that way\. Your top /);
    });
  });
});
