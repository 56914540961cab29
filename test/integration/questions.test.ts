/**
 * Questions as people ask them: whose deals ("my", "I", a name), which period (relative, a named quarter or
 * month), which stage or size, how many — and follow-ups that change one of those and keep the rest. Every
 * expectation is computed from the org's store, not by the skill's queries.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { type Range, amountOf, byAmount, closesIn, deals, dollars, figure, quarterRange, teamOf, todayIn } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';

describe('questions as people ask them, and follow-ups, through the simulator and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);

  const opportunities = () => stack().org.store.all('Opportunity');
  const users = () => stack().org.store.all('User');
  const userNamed = (first: string) => users().find((u) => u.FirstName === first)!;
  const open = (owners: Set<string>) => byAmount(opportunities().filter((o) => o.IsClosed === false && owners.has(String(o.OwnerId))));
  const closed = (owners: Set<string>, range: Range) => opportunities().filter((o) => o.IsClosed === true && owners.has(String(o.OwnerId)) && closesIn(o, range));
  const today = () => todayIn(NEW_YORK);
  const manager = () => demoUser(stack(), 'manager').id;
  const listIds = (response: { sessionAttributes?: Record<string, unknown> }) => (response.sessionAttributes!.list as { itemIds: string[] }).itemIds;
  const ids = (records: readonly SObjectRecord[]) => records.map((r) => r.Id);

  /** "won 3 deals worth 1.2 million dollars and lost 1 deal worth 90,000", as the store says it (the currency once). */
  function winsLossesWords(records: readonly SObjectRecord[]): string {
    const won = records.filter((o) => o.IsWon === true);
    const lost = records.filter((o) => o.IsWon === false);
    const side = (r: readonly SObjectRecord[], said: boolean) =>
      r.length === 0 ? 'no deals' : `${deals(r.length)} worth ${said ? figure(amountOf(r)) : dollars(amountOf(r))}`;
    return `won ${side(won, false)} and lost ${side(lost, won.length > 0)}`;
  }

  describe('whose deals', () => {
    it('"my five biggest deals" reads the speaker’s own, even for a manager', async () => {
      const { response, speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant what are my five biggest deals');
      expect(speech).to.match(/^I’ll read them 3 at a time\. Your top 5 open deals, in dollars:/);
      expect(listIds(response)).to.deep.equal(ids(open(new Set([manager()])).slice(0, 3)));
    });

    it('"how did I do last quarter" answers for the speaker, not the team', async () => {
      const lastQuarter = quarterRange(today(), -1);
      const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how did i do last quarter');
      expect(speech).to.contain(`You ${winsLossesWords(closed(new Set([manager()]), lastQuarter))} last quarter`);
    });

    it('"biggest deals for Lena" and "how did James do last quarter" answer for that person', async () => {
      const lena = userNamed('Lena');
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      const top = await talk.say('ask sales assistant for the biggest deals for lena');
      expect(top.speech).to.match(new RegExp(`^${lena.Name}’s top 3 open deals, in dollars:`));
      expect(listIds(top.response)).to.deep.equal(ids(open(new Set([lena.Id])).slice(0, 3)));
      const james = userNamed('James');
      const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how did james do last quarter');
      expect(speech).to.contain(`${james.Name} ${winsLossesWords(closed(new Set([james.Id]), quarterRange(today(), -1)))} last quarter`);
    });

    it('"he", "she", "her" mean the person the last question was about, and are asked about before any', async () => {
      const priya = userNamed('Priya');
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      await talk.say('open sales assistant');
      const asked = await talk.say('how many deals has she got open');
      expect(asked.speech).to.equal('Whose deals would you like?');
      await talk.say('how many deals does priya have');
      const slipping = open(new Set([priya.Id])).filter((o) => String(o.CloseDate) < today());
      expect(slipping.length, 'Priya has a slipping deal in the demo org').to.be.at.least(1);
      const hers = await talk.say('what has she got slipping');
      expect(hers.speech).to.match(new RegExp(`^${slipping.length} of ${priya.Name}’s deals, worth ${dollars(amountOf(slipping))}, ${slipping.length === 1 ? 'is' : 'are'} slipping\\.`));
    });

    it('"her top deals" and "what\'s in Priya\'s pipeline": the person, and all her open deals, not the Pipeline category', async () => {
      const priya = userNamed('Priya');
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      await talk.say('open sales assistant');
      const pipeline = await talk.say("what's in priya's pipeline");
      const quarter = open(new Set([priya.Id])).filter((o) => closesIn(o, quarterRange(today())));
      expect(pipeline.speech).to.match(new RegExp(`^${priya.Name} has ${dollars(amountOf(quarter))} open, closing this quarter, in ${deals(quarter.length)}`));
      const hers = await talk.say('what are her top deals');
      expect(listIds(hers.response)).to.deep.equal(ids(open(new Set([priya.Id])).slice(0, 3)));
    });

    it('asks about a name it cannot place instead of answering for someone else', async () => {
      const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant for the top deals for zelda');
      expect(speech).to.equal('I couldn’t find anyone called zelda you can see in Salesforce. Whose deals would you like?');
      expect(response.sessionAttributes?.list).to.equal(undefined);
      expect(response.response.directives?.[0]).to.deep.include({ type: 'Dialog.ElicitSlot', slotToElicit: 'person' });
    });
  });

  describe('periods, stages, sizes and counts', () => {
    it('a named quarter is the fiscal quarter, and a month names which one it was', async () => {
      const year = Number(today().slice(0, 4));
      const q1: Range = [`${year}-01-01`, `${year}-03-31`];
      const team = teamOf(users(), manager());
      const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant how did we do in q1');
      expect(speech).to.contain(`Your team ${winsLossesWords(closed(team, q1))} in Q1`);
    });

    it('filters by stage and by size, and says so in the intro', async () => {
      const mine = new Set([manager()]);
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      const big = await talk.say('ask sales assistant what are my top deals over one hundred thousand');
      const expected = open(mine).filter((o) => Number(o.Amount) > 100_000);
      expect(big.speech).to.match(/^Your top 3 open deals over 100 thousand dollars, in dollars:/);
      expect(listIds(big.response)).to.deep.equal(ids(expected.slice(0, 3)));
      const team = teamOf(users(), manager());
      const negotiating = open(team).filter((o) => o.StageName === 'Negotiation/Review');
      const staged = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant for the top deals in negotiation');
      expect(listIds(staged.response)).to.deep.equal(ids(negotiating.slice(0, 3)));
    });

    it('"what\'s my biggest deal" is a list of one', async () => {
      const { response, speech } = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant what's my biggest deal");
      expect(speech).to.match(/^Your top open deal, in dollars:/);
      expect(listIds(response)).to.deep.equal(ids(open(new Set([manager()])).slice(0, 1)));
    });

    it('says back a period it cannot place and what it answered instead', async () => {
      const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant what are my top deals closing during the holidays');
      // The sentence takes a deal's place, so the turn stays short enough to hear.
      expect(speech).to.match(/^I don’t know which dates during the holidays means, so this is for any close date\. Your top 2 open deals, in dollars:/);
      expect(listIds(response)).to.deep.equal(ids(open(new Set([manager()])).slice(0, 2)));
    });
  });

  describe('words in a name’s place that name nobody', () => {
    it('"how\'s this pipeline next quarter": "this" is no person to ask about; the team’s pipeline for next quarter', async () => {
      const team = teamOf(users(), manager());
      const next = open(team).filter((o) => closesIn(o, quarterRange(today(), 1)));
      const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant how's this pipeline next quarter");
      expect(speech).to.match(new RegExp(`^Your team has ${dollars(amountOf(next))} open, closing next quarter, in ${deals(next.length)}`));
    });
  });

  describe('two questions in one breath', () => {
    it('answers the first and offers the second, rather than reading it as dates: "top five opportunities and the wins and losses"', async () => {
      const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant for the top five opportunities and the wins and losses');
      expect(speech).to.match(/^One question at a time: ask me about the wins and losses after this\. I’ll read them 3 at a time\. Your team’s top 5 open deals, in dollars:/);
      expect(speech).to.not.contain('dates');
      expect(listIds(response)).to.deep.equal(ids(open(teamOf(users(), manager())).slice(0, 2)));
    });

    it('says the second question back to the listener: "my quota" is "your quota"', async () => {
      const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant what's my pipeline and my quota");
      expect(speech).to.match(/^One question at a time: ask me about your quota after this\. You have /);
    });
  });

  describe('two parts of a question where Alexa put one', () => {
    it('"what\'s Lena got in commit next quarter" honours the person, the category and the period', async () => {
      const lena = userNamed('Lena');
      const [deal] = open(new Set([lena.Id]));
      const next = quarterRange(today(), 1);
      stack().org.store.update('Opportunity', deal!.Id, { CloseDate: next[0].slice(0, 8) + '15', ForecastCategoryName: 'Commit' });
      const expected = open(new Set([lena.Id])).filter((o) => o.ForecastCategoryName === 'Commit' && closesIn(o, next));
      const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant what's lena got in commit next quarter");
      expect(speech).to.match(new RegExp(`^${lena.Name} has ${dollars(amountOf(expected))} in commit closing next quarter, from ${deals(expected.length)}\\.`));
    });

    it('drops words that ask nothing without saying them back', async () => {
      const team = teamOf(users(), manager());
      const { speech, response } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant gimme the biggest deals on the team');
      expect(speech).to.match(/^Your team’s top 3 open deals, in dollars:/);
      expect(listIds(response)).to.deep.equal(ids(open(team).slice(0, 3)));
    });
  });

  describe('follow-ups change one thing and keep the rest', () => {
    /** The middle day of a range: a close date inside it in every time zone. */
    const middle = ([from, to]: Range) => new Date((Date.parse(from) + Date.parse(to)) / 2).toISOString().slice(0, 10);

    before(() => {
      // Lena has a commit deal and a pipeline deal closing next quarter, James a won deal over a million last quarter.
      const lena = userNamed('Lena');
      const [first, second] = open(new Set([lena.Id]));
      const next = middle(quarterRange(today(), 1));
      stack().org.store.update('Opportunity', first!.Id, { CloseDate: next, ForecastCategoryName: 'Commit' });
      stack().org.store.update('Opportunity', second!.Id, { CloseDate: next, ForecastCategoryName: 'Pipeline' });
      const james = userNamed('James');
      const won = opportunities().find((o) => o.OwnerId === james.Id && o.IsWon === true)!;
      stack().org.store.update('Opportunity', won.Id, { CloseDate: middle(quarterRange(today(), -1)), Amount: 1_250_000 });
    });

    it('top deals → next quarter → the team → only Lena’s → just commit', async () => {
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      const next = quarterRange(today(), 1);
      await talk.say('open sales assistant');
      await talk.say('what are my top deals');
      const mine = await talk.say('what about next quarter');
      expect(listIds(mine.response)).to.deep.equal(ids(open(new Set([manager()])).filter((o) => closesIn(o, next)).slice(0, 3)));
      const team = await talk.say('and for the team');
      expect(listIds(team.response)).to.deep.equal(ids(open(teamOf(users(), manager())).filter((o) => closesIn(o, next)).slice(0, 3)));
      const lena = userNamed('Lena');
      const hers = await talk.say("only lena's");
      const lenaNext = open(new Set([lena.Id])).filter((o) => closesIn(o, next));
      expect(lenaNext.length, 'the setup gives Lena two deals next quarter').to.be.at.least(2);
      expect(listIds(hers.response)).to.deep.equal(ids(lenaNext.slice(0, 3)));
      const commit = await talk.say('just the ones in commit');
      const lenaCommit = lenaNext.filter((o) => o.ForecastCategoryName === 'Commit');
      expect(commit.speech).to.match(new RegExp(`^${lena.Name}’s top (\\d )?open deals? in commit closing next quarter, in dollars:`));
      expect(listIds(commit.response)).to.deep.equal(ids(lenaCommit.slice(0, 3)));
    });

    it('wins and losses → and James → over a million: the person and the period carry on', async () => {
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      const lastQuarter = quarterRange(today(), -1);
      await talk.say('open sales assistant');
      await talk.say('how did we do last quarter');
      const james = userNamed('James');
      const his = await talk.say('and james');
      expect(his.speech).to.contain(`${james.Name} ${winsLossesWords(closed(new Set([james.Id]), lastQuarter))} last quarter`);
      const big = await talk.say('over a million');
      const over = closed(new Set([james.Id]), lastQuarter).filter((o) => Number(o.Amount) > 1_000_000);
      expect(over.length, 'the setup gives James a win over a million').to.be.at.least(1);
      expect(big.speech).to.match(/^Counting deals over 1 million dollars: /);
      expect(big.speech).to.contain(`${james.Name} ${winsLossesWords(over)} last quarter`);
    });

    it('does not change a question from before something else was asked', async () => {
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      await talk.say('open sales assistant');
      await talk.say('what are my top deals');
      await talk.say('how is the spring launch campaign doing');
      const { speech } = await talk.say('what about next quarter');
      expect(speech).to.match(/^There’s no question to change yet\./);
    });

    it('says there is nothing to change before any question', async () => {
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      await talk.say('open sales assistant');
      const { speech } = await talk.say('what about next quarter');
      expect(speech).to.match(/^There’s no question to change yet\./);
    });
  });
});
