import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { type Range, closesIn, deals, dollars, figure, quarterRange, teamOf, todayIn } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th'];

describe('the leaderboard, through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);

  const store = () => stack().org.store;
  const users = () => store().all('User');

  /** Owners with won deals in the range, biggest closed-won amount first: what the board must say, from the store. */
  function expectedBoard(owners: Set<string>, range: Range) {
    const won = store().all('Opportunity').filter((o) => o.IsWon === true && owners.has(String(o.OwnerId)) && closesIn(o, range));
    const byOwner = new Map<string, SObjectRecord[]>();
    for (const o of won) byOwner.set(String(o.OwnerId), [...(byOwner.get(String(o.OwnerId)) ?? []), o]);
    return [...byOwner.entries()]
      .map(([id, list]) => ({ id, name: String(users().find((u) => u.Id === id)?.Name), amount: list.reduce((s, o) => s + Number(o.Amount ?? 0), 0), count: list.length }))
      .sort((a, b) => b.amount - a.amount || b.count - a.count || a.name.localeCompare(b.name));
  }

  function entries(board: ReturnType<typeof expectedBoard>, me: string): string[] {
    return board.slice(0, 5).map((l, i) => `${ORDINALS[i]}, ${l.id === me ? 'you' : l.name}, ${figure(l.amount)}.`);
  }

  it('ranks a manager’s team by closed-won amount this quarter, calling her "you"', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const board = expectedBoard(teamOf(users(), maria), quarterRange(todayIn(NEW_YORK)));
    expect(board.length, 'the demo team won deals this quarter').to.be.within(2, 5);
    expect(new Set(board.map((l) => l.amount)).size, 'no ties in the demo data').to.equal(board.length);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    for (const said of ['ask sales assistant who closed the most this quarter', 'show me the leaderboard', "who's winning", 'who is leading the team this quarter']) {
      const { speech, response } = await talk.say(said);
      expect(speech, said).to.equal(
        ['Your team’s leaderboard this quarter, by closed-won dollars:', ...entries(board, maria), 'That’s everyone on your team who won a deal this quarter.', 'What else?'].join(' '),
      );
      expect(response.response.shouldEndSession).to.equal(false);
    }
  });

  it('takes the period said: "rank the team by won deals last quarter", and reads only as many as asked', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const board = expectedBoard(teamOf(users(), maria), quarterRange(todayIn(NEW_YORK), -1));
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const { speech } = await talk.say('ask sales assistant to rank the team by won deals last quarter');
    expect(speech).to.match(/^Your team’s leaderboard last quarter, by closed-won dollars: /);
    for (const entry of entries(board, maria)) expect(speech).to.contain(entry);
    const two = await talk.say('who are the top two reps last quarter');
    expect(two.speech).to.equal(['Your team’s leaderboard last quarter, by closed-won dollars:', ...entries(board, maria).slice(0, 2), 'What else?'].join(' '));
  });

  it('ranks a rep among the peers who share their manager, not the manager', async () => {
    const james = demoUser(stack(), 'rep').id;
    const maria = demoUser(stack(), 'manager').id;
    const peers = new Set(users().filter((u) => u.ManagerId === maria).map((u) => u.Id));
    const board = expectedBoard(peers, quarterRange(todayIn(NEW_YORK), -1));
    const { speech } = await talkTo(stack(), { accessToken: tokens().rep }).say('ask sales assistant for the leaderboard last quarter');
    expect(speech).to.equal(
      ['Your team’s leaderboard last quarter, by closed-won dollars:', ...entries(board, james), 'That’s everyone on your team who won a deal last quarter.', 'What else?'].join(' '),
    );
    expect(speech).to.not.contain('Maria');
  });

  it('places one person: "where does Lena rank"', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const board = expectedBoard(teamOf(users(), maria), quarterRange(todayIn(NEW_YORK)));
    const lena = board.findIndex((l) => l.name === 'Lena Fischer');
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('open sales assistant');
    const { speech } = await talk.say('where does Lena rank this quarter');
    const l = board[lena] as (typeof board)[number];
    expect(speech).to.equal(`Lena Fischer is ${ORDINALS[lena]} of ${board.length} on your team’s leaderboard this quarter, with ${dollars(l.amount)} in ${deals(l.count)}. What else?`);
  });

  it('says ties as ties and an empty board as empty', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const range = quarterRange(todayIn(NEW_YORK));
    const before = expectedBoard(teamOf(users(), maria), range);
    const [first, second] = before as [(typeof before)[number], (typeof before)[number]];
    // A win that brings the second to the first's amount, closed yesterday-or-today within the quarter.
    const day = todayIn(NEW_YORK) > range[0] ? todayIn(NEW_YORK) : range[0];
    const tie = store().insert('Opportunity', { Name: 'Tie maker', StageName: 'Closed Won', CloseDate: day, Amount: first.amount - second.amount, OwnerId: second.id });
    try {
      const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant for the leaderboard');
      const who = (id: string, name: string) => (id === maria ? 'you' : name);
      expect(speech).to.contain(`tied for 1st, ${who(first.id, first.name)}, ${figure(first.amount)}.`);
      expect(speech).to.contain(`tied for 1st, ${who(second.id, second.name)}, ${figure(first.amount)}.`);
      expect(speech).to.contain(' 3rd, ');
    } finally {
      store().delete('Opportunity', tie.Id);
    }
    const nextYear = expectedBoard(teamOf(users(), maria), [`${Number(todayIn(NEW_YORK).slice(0, 4)) + 1}-01-01`, `${Number(todayIn(NEW_YORK).slice(0, 4)) + 1}-12-31`]);
    expect(nextYear).to.have.length(0);
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant for the leaderboard next year');
    expect(speech).to.equal('No one on your team has closed a won deal next year. What else?');
  });

  it('reads at most five names, and says so when asked for more', async () => {
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant for the top ten reps this year');
    expect(speech).to.match(/^I read up to 5 names\. Your team’s leaderboard this year/);
    expect(speech.match(/(1st|2nd|3rd|\dth), [^,]+, [\d.,]+( thousand| million)?\./g)?.length).to.equal(5);
  });
});
