import { expect } from 'chai';
import { winsAndLosses } from '../../local/org/reports/wins-losses';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';
import { amountOf, byAmount, closesIn, deals, dollars, figure, quarterRange, todayIn } from '../support/orgFacts';

describe('wins and losses from a saved report (WINS_LOSSES_REPORT_ID)', () => {
  const stack = useLocalStack({ env: { WINS_LOSSES_REPORT_ID: winsAndLosses.id } });
  let accessToken: string;

  before(async () => {
    accessToken = (await stack().link(demoUser(stack(), 'manager').username)).accessToken;
  });
  afterEach(() => stack().org.clearFaults());

  it('answers "the latest wins and losses" from the report: its summary, then only the deals of the largest amounts', async () => {
    // The demo report: every closed deal this quarter, grouped by Won.
    const closed = stack().org.store.all('Opportunity').filter((o) => o.IsClosed === true && closesIn(o, quarterRange(todayIn('America/New_York'))));
    const won = closed.filter((o) => o.IsWon === true);
    const lost = closed.filter((o) => o.IsWon === false);
    expect(closed.length, 'closed deals this quarter in the demo org').to.be.greaterThan(0);
    const talk = talkTo(stack(), { accessToken });
    await talk.say('open sales assistant');
    stack().org.resetCounters();
    const { speech } = await talk.say('what are the latest wins and losses');
    // The currency is said with the first amount only.
    const wonPart = won.length ? `${deals(won.length)} worth ${dollars(amountOf(won))}` : 'no deals';
    const lostPart = lost.length ? `${deals(lost.length)} worth ${won.length ? figure(amountOf(lost)) : dollars(amountOf(lost))}` : 'no deals';
    expect(speech).to.match(new RegExp(`^From your report ${winsAndLosses.name}: ${wonPart} won and ${lostPart} lost\\. Win rate: ${Math.round((100 * won.length) / closed.length)} percent\\.`));
    if (won.length) expect(speech).to.contain(`Biggest win: ${byAmount(won)[0]!.Name}`);
    if (lost.length) expect(speech).to.contain(`Biggest loss: ${byAmount(lost)[0]!.Name}`);
    expect(stack().org.counters()).to.deep.include({ dataApiCalls: 2, byPath: { [`/services/data/v66.0/analytics/reports/${winsAndLosses.id}`]: 2 } });
  });

  it('still answers a question with a period or a scope through SOQL', async () => {
    const talk = talkTo(stack(), { accessToken });
    await talk.say('open sales assistant');
    stack().org.resetCounters();
    const { speech } = await talk.say('how did we do last quarter');
    expect(speech).to.match(/^Your team won /);
    expect(stack().org.counters().byPath).to.deep.equal({ '/services/data/v66.0/composite': 1 });
  });

  it('names the biggest loss even when the won deals alone pass the 2,000 detail rows the API returns', async () => {
    const today = todayIn('America/New_York');
    const account = stack().org.store.all('Account')[0]!.Id;
    for (let i = 0; i < 2001; i++) {
      stack().org.store.insert('Opportunity', { Name: `Small win ${i}`, AccountId: account, StageName: 'Closed Won', Amount: 10 + (i % 7), CloseDate: today });
    }
    const closed = stack().org.store.all('Opportunity').filter((o) => o.IsClosed === true && closesIn(o, quarterRange(today)));
    const lost = closed.filter((o) => o.IsWon === false);
    expect(lost.length, 'lost deals this quarter in the demo org').to.be.greaterThan(0);
    const { speech } = await talkTo(stack(), { accessToken }).say('ask sales assistant for the latest wins and losses');
    expect(speech).to.contain(`Biggest win: ${byAmount(closed.filter((o) => o.IsWon === true))[0]!.Name}`);
    expect(speech).to.contain(`Biggest loss: ${byAmount(lost)[0]!.Name}`);
  });

  it('says something went wrong when the report cannot be run', async () => {
    stack().org.injectFault({ status: 404, errorCode: 'NOT_FOUND', message: 'The requested resource does not exist', path: /\/analytics\/reports\// });
    const { speech, response } = await talkTo(stack(), { accessToken }).say('ask sales assistant for the latest wins and losses');
    expect(speech).to.match(/^Sorry, something went wrong while I was checking Salesforce/);
    expect(response.response.shouldEndSession).to.equal(true);
  });
});
