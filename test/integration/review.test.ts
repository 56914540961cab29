/**
 * The guided pipeline review through the simulator, the skill, jsforce and the local org: which deals it goes
 * through and in what order (worked out here from the org's store), one deal a turn with what needs attention,
 * an update of the deal in focus inside it, "how many are left", "next" after the update, and the summary.
 * Every step makes at most one Salesforce call.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { figure, listedDeal, quarterRange, teamOf, todayIn } from '../support/orgFacts';

const TZ = 'America/New_York';
const DAY = 86_400_000;

describe('pipeline review', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;
  const today = () => todayIn(TZ);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  /** The review's deals, worked out from the store: commit this quarter, then slipping, then best case this quarter. */
  function expectedReview(owners: Set<string>, only?: string): { deal: SObjectRecord; part: string }[] {
    const [from, to] = quarterRange(today());
    const open = store().all('Opportunity').filter((o) => o.IsClosed === false && owners.has(String(o.OwnerId)) && (!only || o.ForecastCategoryName === only));
    const biggestFirst = (a: SObjectRecord, b: SObjectRecord) =>
      (b.Amount == null ? -1 : Number(b.Amount)) - (a.Amount == null ? -1 : Number(a.Amount)) ||
      String(a.CloseDate).localeCompare(String(b.CloseDate)) || String(a.Id).localeCompare(String(b.Id));
    const inQuarter = (o: SObjectRecord) => String(o.CloseDate) >= from && String(o.CloseDate) <= to;
    const commit = open.filter((o) => o.ForecastCategoryName === 'Commit' && inQuarter(o));
    const slipping = open.filter((o) => String(o.CloseDate) < today() && !commit.includes(o));
    const bestCase = open.filter((o) => o.ForecastCategoryName === 'Best Case' && inQuarter(o) && !slipping.includes(o));
    return [
      ...commit.sort(biggestFirst).map((deal) => ({ deal, part: 'commit' })),
      ...slipping.sort(biggestFirst).map((deal) => ({ deal, part: 'slipping' })),
      ...bestCase.sort(biggestFirst).map((deal) => ({ deal, part: 'best case' })),
    ];
  }

  /** The line a deal is said in, as a pattern: the day is the skill's to say, the rest is known. */
  function line(deal: SObjectRecord): string {
    const attention: string[] = [];
    if (!deal.NextStep) attention.push('no next step');
    if (!deal.LastActivityDate) attention.push('no activity logged');
    else {
      const days = Math.round((Date.parse(`${today()}T00:00:00Z`) - Date.parse(`${String(deal.LastActivityDate)}T00:00:00Z`)) / DAY);
      if (days >= 14) attention.push(`no activity for ${days} days`);
    }
    const amount = deal.Amount == null ? 'no amount' : figure(Number(deal.Amount));
    const when = String(deal.CloseDate) < today() ? 'was due' : 'closing';
    return `${esc(listedDeal(deal, store().all('Account')))}, ${esc(amount)}, ${when} [^;.]+${attention.map((a) => `; ${a}`).join('')}`;
  }

  it('goes through the team’s commit, slipping and best-case deals, one a turn, with an update of "it" inside', async () => {
    const team = teamOf(store().all('User'), demoUser(stack(), 'manager').id);
    const review = expectedReview(team);
    expect(review.length, 'deals to review in the demo org').to.be.at.least(4);
    expect(new Set(review.map((r) => r.deal.Id)).size).to.equal(review.length);
    const n = review.length;
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('open sales assistant');

    stack().org.resetCounters();
    const first = await talk.say('start the pipeline review');
    expect(stack().org.counters().dataApiCalls, 'one query for the whole review').to.equal(1);
    expect(first.speech).to.match(new RegExp(`^First of ${n}, ${review[0]!.part}: ${line(review[0]!.deal)}\\. Say next, or change it\\.$`));

    stack().org.resetCounters();
    const second = await talk.say('next');
    expect(stack().org.counters().dataApiCalls).to.equal(1);
    expect(second.speech).to.match(new RegExp(`^2 of ${n}, ${review[1]!.part}: ${line(review[1]!.deal)}\\.$`));

    stack().org.resetCounters();
    const left = await talk.say('how many are left');
    expect(stack().org.counters().dataApiCalls).to.equal(0);
    expect(left.speech).to.equal(`${n - 2} left after this one. Say next, change the deal, or wrap up.`);

    // "It" is the deal in focus.
    const focus = review[1]!.deal;
    const ask = await talk.say('next step send the revised quote by friday');
    expect(ask.speech).to.equal(`Set the next step on ${focus.Name} to: Send the revised quote by friday?`);
    await talk.say('yes');
    expect(store().get('Opportunity', focus.Id)!.NextStep).to.equal('Send the revised quote by friday');

    // After the update, "next" (and "skip") go on with the review.
    stack().org.resetCounters();
    const third = await talk.say('next');
    expect(stack().org.counters().dataApiCalls).to.equal(1);
    expect(third.speech).to.match(new RegExp(`^3 of ${n}, ${review[2]!.part}: ${line(review[2]!.deal)}\\.$`));
    const fourth = await talk.say('skip');
    expect(fourth.speech).to.match(new RegExp(`^4 of ${n}, ${review[3]!.part}: ${line(review[3]!.deal)}\\.$`));

    stack().org.resetCounters();
    const summary = await talk.say('wrap up');
    expect(stack().org.counters().dataApiCalls).to.equal(0);
    expect(summary.speech).to.equal(`You reviewed 4 of ${n} deals. Changes: 1 with a new next step. What else can I do for you?`);
    // The review is over: "next" is no longer its business.
    expect((await talk.say('how many are left')).speech).to.match(/^There’s no review going on\./);
  });

  it('reviews a rep’s own deals to the end, each once, and sums up', async () => {
    const rep = demoUser(stack(), 'rep').id;
    const review = expectedReview(new Set([rep]));
    expect(review.length, 'the rep has deals to review').to.be.at.least(1);
    const talk = talkTo(stack(), { accessToken: tokens().rep });
    const said: string[] = [(await talk.say("ask sales assistant let's review the pipeline")).speech];
    for (let i = 1; i < review.length; i++) {
      stack().org.resetCounters();
      said.push((await talk.say('next')).speech);
      expect(stack().org.counters().dataApiCalls).to.be.at.most(1);
    }
    review.forEach((r, i) => expect(said[i]).to.match(new RegExp(`^(First|${i + 1}) of ${review.length}, ${r.part}: ${line(r.deal)}\\.`)));
    stack().org.resetCounters();
    const end = await talk.say('next');
    expect(stack().org.counters().dataApiCalls).to.equal(0);
    expect(end.speech).to.equal(`That was the last one. You reviewed ${review.length} deal${review.length === 1 ? '' : 's'}. Nothing was changed. What else can I do for you?`);
  });

  it('"review commit" and "review Lena’s deals" narrow the review', async () => {
    const manager = demoUser(stack(), 'manager').id;
    const team = teamOf(store().all('User'), manager);
    const commit = expectedReview(team, 'Commit');
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    expect(commit.length, 'the demo team has commit deals this quarter').to.be.at.least(1);
    const c = await talk.say('ask sales assistant to review commit');
    expect(c.speech).to.match(new RegExp(`^First of ${commit.length}, ${commit[0]!.part}: ${line(commit[0]!.deal)}\\.`));
    const lena = store().all('User').find((u) => u.FirstName === 'Lena')!;
    const hers = expectedReview(new Set([lena.Id]));
    expect(hers.length, 'Lena has deals to review').to.be.at.least(1);
    const l = await talk.say('review lena\'s deals');
    expect(l.speech).to.match(new RegExp(`^First of ${hers.length}, ${hers[0]!.part}: ${line(hers[0]!.deal)}\\.`));
    // Said the way people start it: the same review.
    const walk = await talkTo(stack(), { accessToken: tokens().manager }).say("ask sales assistant to walk me through lena's pipeline");
    expect(walk.speech).to.equal(l.speech);
  });

  it('"let\'s go through the pipeline" starts the team’s review; "how many left" counts what follows', async () => {
    const review = expectedReview(teamOf(store().all('User'), demoUser(stack(), 'manager').id));
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const first = await talk.say("ask sales assistant let's go through the pipeline");
    expect(first.speech).to.match(new RegExp(`^First of ${review.length}, ${review[0]!.part}: ${line(review[0]!.deal)}\\.`));
    expect((await talk.say('how many left')).speech).to.match(new RegExp(`^${review.length - 1} left after this one\\.`));
  });
});
