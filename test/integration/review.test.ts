/**
 * The guided pipeline review through the simulator, the skill, jsforce and the local org: which deals it goes
 * through and in what order (worked out here from the org's store: rep by rep for a team), one deal a turn with
 * what needs attention, an update of the deal in focus inside it, "how many are left", "next" after the update,
 * "go back", "next rep", a pause and a resume from the state table, and the summary with the new totals and the
 * next review scheduled. Every step makes at most one Salesforce call.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { amountOf, deals, dollars, figure, listedDeal, quarterRange, teamOf, todayIn } from '../support/orgFacts';

const TZ = 'America/New_York';
const DAY = 86_400_000;

describe('pipeline review', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;
  const today = () => todayIn(TZ);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  /**
   * The review's deals, worked out from the store: commit this quarter (or `range`), then slipping (when the range
   * holds today), then best case in the range.
   */
  function expectedReview(owners: Set<string>, only?: string, range = quarterRange(today())): { deal: SObjectRecord; part: string }[] {
    const [from, to] = range;
    const open = store().all('Opportunity').filter((o) => o.IsClosed === false && owners.has(String(o.OwnerId)) && (!only || o.ForecastCategoryName === only));
    const biggestFirst = (a: SObjectRecord, b: SObjectRecord) =>
      (b.Amount == null ? -1 : Number(b.Amount)) - (a.Amount == null ? -1 : Number(a.Amount)) ||
      String(a.CloseDate).localeCompare(String(b.CloseDate)) || String(a.Id).localeCompare(String(b.Id));
    const inQuarter = (o: SObjectRecord) => String(o.CloseDate) >= from && String(o.CloseDate) <= to;
    const commit = open.filter((o) => o.ForecastCategoryName === 'Commit' && inQuarter(o));
    const holdsToday = from <= today() && today() <= to;
    const slipping = holdsToday ? open.filter((o) => String(o.CloseDate) < today() && !commit.includes(o)) : [];
    const bestCase = open.filter((o) => o.ForecastCategoryName === 'Best Case' && inQuarter(o) && !slipping.includes(o));
    const ordered = [
      ...commit.sort(biggestFirst).map((deal) => ({ deal, part: 'commit' })),
      ...slipping.sort(biggestFirst).map((deal) => ({ deal, part: 'slipping' })),
      ...bestCase.sort(biggestFirst).map((deal) => ({ deal, part: 'best case' })),
    ];
    // More than one person's deals: rep by rep, reps by name and the manager's own last, the parts' order kept within each.
    if (new Set(ordered.map((r) => r.deal.OwnerId)).size < 2) return ordered;
    const self = demoUser(stack(), 'manager').id;
    const reps = [...new Set(ordered.map((r) => String(r.deal.OwnerId)))].sort((a, b) => Number(a === self) - Number(b === self) || ownerName(a).localeCompare(ownerName(b)));
    return reps.flatMap((rep) => ordered.filter((r) => r.deal.OwnerId === rep));
  }

  const ownerName = (id: string) => String(store().get('User', id)!.Name);

  /** "Lena Fischer, 3 deals. " ("Your own, 2 deals. ") before the first of each rep's deals in a review that goes rep by rep. */
  function intro(review: { deal: SObjectRecord }[], i: number): string {
    const byRep = new Set(review.map((r) => r.deal.OwnerId)).size > 1;
    const rep = String(review[i]!.deal.OwnerId);
    if (!byRep || (i > 0 && review[i - 1]!.deal.OwnerId === rep)) return '';
    const count = review.filter((r) => r.deal.OwnerId === rep).length;
    const who = rep === demoUser(stack(), 'manager').id ? 'Your own' : esc(ownerName(rep));
    return `${who}, ${count} deal${count === 1 ? '' : 's'}\\. `;
  }

  /** The open commit and best case closing this quarter (or `range`), as the summary says them. */
  function totalsNow(owners: Set<string>, [from, to] = quarterRange(today()), period = 'this quarter'): string {
    const of = (category: string) => {
      const open = store().all('Opportunity').filter((o) => o.IsClosed === false && owners.has(String(o.OwnerId)) && o.ForecastCategoryName === category && String(o.CloseDate) >= from && String(o.CloseDate) <= to);
      return open.length === 0 ? 'nothing' : `${dollars(amountOf(open))} in ${deals(open.length)}`;
    };
    return `Open commit closing ${period} is now ${of('Commit')}; best case ${of('Best Case')}.`;
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
    expect(first.speech).to.match(new RegExp(`^${intro(review, 0)}First of ${n}, ${review[0]!.part}: ${line(review[0]!.deal)}\\. Say next, or change it\\.$`));

    stack().org.resetCounters();
    const second = await talk.say('next');
    expect(stack().org.counters().dataApiCalls).to.equal(1);
    expect(second.speech).to.match(new RegExp(`^${intro(review, 1)}2 of ${n}, ${review[1]!.part}: ${line(review[1]!.deal)}\\.$`));

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
    expect(third.speech).to.match(new RegExp(`^${intro(review, 2)}3 of ${n}, ${review[2]!.part}: ${line(review[2]!.deal)}\\.$`));
    const fourth = await talk.say('skip');
    expect(fourth.speech).to.match(new RegExp(`^${intro(review, 3)}4 of ${n}, ${review[3]!.part}: ${line(review[3]!.deal)}\\.$`));

    stack().org.resetCounters();
    const summary = await talk.say('wrap up');
    expect(stack().org.counters().dataApiCalls, 'one aggregate query for the new totals').to.equal(1);
    expect(summary.speech).to.equal(`You reviewed 4 of ${n} deals. Changes: 1 with a new next step. ${totalsNow(team)} Shall I schedule the next review?`);
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
    expect(stack().org.counters().dataApiCalls).to.equal(1);
    expect(end.speech).to.equal(`That was the last one. You reviewed ${deals(review.length)}. Nothing was changed. ${totalsNow(new Set([rep]))} Shall I schedule the next review?`);
  });

  it('"review commit" and "review Lena’s deals" narrow the review', async () => {
    const manager = demoUser(stack(), 'manager').id;
    const team = teamOf(store().all('User'), manager);
    const commit = expectedReview(team, 'Commit');
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    expect(commit.length, 'the demo team has commit deals this quarter').to.be.at.least(1);
    const c = await talk.say('ask sales assistant to review commit');
    expect(c.speech).to.match(new RegExp(`^${intro(commit, 0)}First of ${commit.length}, ${commit[0]!.part}: ${line(commit[0]!.deal)}\\.`));
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
    expect(first.speech).to.match(new RegExp(`^${intro(review, 0)}First of ${review.length}, ${review[0]!.part}: ${line(review[0]!.deal)}\\.`));
    expect((await talk.say('how many left')).speech).to.match(new RegExp(`^${review.length - 1} left after this one\\.`));
  });

  it('"next rep" moves to the next person’s first deal, "go back" returns one deal, and neither goes past an end', async () => {
    const review = expectedReview(teamOf(store().all('User'), demoUser(stack(), 'manager').id));
    const reps = [...new Set(review.map((r) => String(r.deal.OwnerId)))];
    expect(reps.length, 'the demo team review has several reps').to.be.at.least(3);
    const firstOf = (rep: string) => review.findIndex((r) => r.deal.OwnerId === rep);
    const n = review.length;
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant to start the pipeline review');
    expect((await talk.say('go back')).speech).to.equal('This is the first one. Say next, change the deal, or wrap up.');

    stack().org.resetCounters();
    const second = firstOf(reps[1]!);
    const nextRep = await talk.say('next rep');
    expect(stack().org.counters().dataApiCalls).to.equal(1);
    expect(nextRep.speech).to.match(new RegExp(`^${intro(review, second)}${second + 1} of ${n}, ${review[second]!.part}: ${line(review[second]!.deal)}\\.$`));

    stack().org.resetCounters();
    const back = await talk.say('go back');
    expect(stack().org.counters().dataApiCalls).to.equal(1);
    expect(back.speech).to.match(new RegExp(`^${intro(review, second - 1)}${second} of ${n}, ${review[second - 1]!.part}: ${line(review[second - 1]!.deal)}\\.$`));
    // "Move on to the next person" from the rep before is that rep again; from the last rep, the summary.
    expect((await talk.say('move on to the next person')).speech).to.match(new RegExp(`^${intro(review, second)}${second + 1} of ${n},`));
    // "Jump to <name>": that rep's first deal, wherever it is; said of someone not in it, that is said.
    const last = reps.at(-1)!;
    const firstName = String(store().get('User', last)!.FirstName);
    const jump = await talk.say(`jump to ${firstName.toLowerCase()}`);
    expect(jump.speech).to.match(new RegExp(`^${intro(review, firstOf(last))}${firstOf(last) + 1} of ${n},`));
    expect((await talk.say('back up')).speech).to.match(new RegExp(`^${intro(review, firstOf(last) - 1)}${firstOf(last)} of ${n},`));
    expect((await talk.say('skip this one')).speech).to.match(new RegExp(`^${intro(review, firstOf(last))}${firstOf(last) + 1} of ${n},`));
    await talk.say(`jump to ${String(store().get('User', reps[1]!)!.FirstName).toLowerCase()}`);
    for (let i = 2; i < reps.length; i++) await talk.say('next rep');
    const reviewed = firstOf(reps.at(-1)!) + 1;
    const count = reviewed === n ? `${n} deals` : `${reviewed} of ${n} deals`;
    expect((await talk.say('next rep')).speech).to.match(new RegExp(`^That was the last one\\. You reviewed ${count}\\.`));
  });

  it('a paused or dropped review is picked up in a new session where it stopped, from the state table', async () => {
    const review = expectedReview(teamOf(store().all('User'), demoUser(stack(), 'manager').id));
    const n = review.length;
    const first = talkTo(stack(), { accessToken: tokens().manager });
    await first.say('ask sales assistant to start the pipeline review');
    await first.say('next');
    await first.say('next');
    const paused = await first.say('pause the review');
    expect(paused.speech).to.equal(`Paused at 3 of ${n}. To pick it up today or tomorrow, say: ask Sales Assistant to continue the review.`);
    expect(paused.response.response.shouldEndSession, 'a pause ends the session').to.equal(true);

    // Another Echo, a new session: the review is the Salesforce user's, kept in the table.
    stack().org.resetCounters();
    const second = talkTo(stack(), { accessToken: tokens().manager, userId: 'amzn1.ask.account.KITCHEN' });
    const resumed = await second.say('ask sales assistant to continue the review');
    expect(stack().org.counters().dataApiCalls, 'the deal in focus, read again').to.equal(1);
    expect(resumed.speech).to.match(new RegExp(`^Picking up where you left off\\. ${intro(review, 2)}3 of ${n}, ${review[2]!.part}: ${line(review[2]!.deal)}\\.$`));
    const fourth = await second.say('next');
    expect(fourth.speech).to.match(new RegExp(`^${intro(review, 3)}4 of ${n}, ${review[3]!.part}: ${line(review[3]!.deal)}\\.$`));
    // Dropped without a pause (the session just ended): picked up at the deal it was on.
    const third = talkTo(stack(), { accessToken: tokens().manager });
    expect((await third.say('ask sales assistant to pick up the review where we left off')).speech).to.match(new RegExp(`^Picking up where you left off\\. ${intro(review, 3)}4 of ${n},`));
    // Wrapped up, it is over: nothing to pick up, for this Echo or another.
    await third.say('wrap up');
    const fourthSession = talkTo(stack(), { accessToken: tokens().manager });
    expect((await fourthSession.say('ask sales assistant to continue the review')).speech).to.equal('There’s no review to pick up. You can say: start the pipeline review.');
    // Someone else's review is not the manager's, and the other way round.
    const rep = talkTo(stack(), { accessToken: tokens().rep });
    await rep.say("ask sales assistant let's review the pipeline");
    expect((await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant to continue the review')).speech).to.match(/^There’s no review to pick up\./);
  });

  it('sums up what changed inside the review, says the new commit and best-case totals, and schedules the next review with the team', async () => {
    const manager = demoUser(stack(), 'manager').id;
    const team = teamOf(store().all('User'), manager);
    const review = expectedReview(team, 'Best Case');
    expect(review.length, 'the team has best case deals to review').to.be.at.least(2);
    const [a, b] = [review[0]!.deal, review[1]!.deal];
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant to review best case');
    expect((await talk.say('move it to commit')).speech).to.equal(`Put ${a.Name} in Commit instead of Best Case?`);
    expect((await talk.say('yes')).speech).to.match(/ Say next to go on\.$/);
    await talk.say('next');
    await talk.say('push it a week');
    await talk.say('yes');
    await talk.say('add a note saying they want a pilot first');
    await talk.say('yes');
    expect(store().get('Opportunity', String(a.Id))!.ForecastCategoryName).to.equal('Commit');
    const pushed = new Date(Date.parse(`${String(b.CloseDate)}T00:00:00Z`) + 7 * DAY).toISOString().slice(0, 10);
    expect(store().get('Opportunity', String(b.Id))!.CloseDate).to.equal(pushed);

    const summary = await talk.say('wrap up');
    // The totals are read after the changes, from the store as it is now.
    expect(summary.speech).to.equal(`You reviewed 2 of ${review.length} deals. Changes: 1 moved to commit, 1 pushed, and 1 note added. ${totalsNow(team)} Shall I schedule the next review?`);

    const before = new Set(store().all('Event').map((e) => e.Id));
    expect((await talk.say('yes')).speech).to.equal('For which day?');
    expect((await talk.say('next tuesday at 10 am')).speech).to.match(/^Schedule a pipeline review .+ at 10 AM for 30 minutes, with .+\?$/);
    const done = await talk.say('yes');
    const events = store().all('Event').filter((e) => !before.has(e.Id));
    expect(events.map((e) => e.Subject)).to.deep.equal(['Pipeline review']);
    const invited = store().all('EventRelation').filter((r) => r.EventId === events[0]!.Id).map((r) => String(r.RelationId)).sort();
    expect(invited).to.deep.equal([...team].filter((id) => id !== manager).sort());
    expect(done.speech).to.match(new RegExp(`^Done\\. The pipeline review is on your calendar .+ at 10 AM, and I invited ${invited.length} people\\.`));
  });

  it('help and stop inside a review speak of the review; after "stop" it is picked up again', async () => {
    const review = expectedReview(new Set([demoUser(stack(), 'rep').id]));
    const talk = talkTo(stack(), { accessToken: tokens().rep });
    await talk.say("ask sales assistant let's review the pipeline");
    expect((await talk.say('help')).speech).to.match(/^You’re in a pipeline review\. Say next, go back, next rep,/);
    const stop = await talk.say('stop');
    expect(stop.speech).to.equal('Okay. Your review is saved: to pick it up today or tomorrow, say: ask Sales Assistant to continue the review. Goodbye.');
    const again = await talkTo(stack(), { accessToken: tokens().rep }).say('ask sales assistant to continue the review');
    expect(again.speech).to.match(new RegExp(`^Picking up where you left off\\. 1 of ${review.length}, ${review[0]!.part}: ${line(review[0]!.deal)}\\.$`));
    // Help outside a review is the general help.
    expect((await talkTo(stack(), { accessToken: tokens().rep }).say('ask sales assistant for help')).speech).to.match(/^I read and update your Salesforce pipeline\./);
  });

  it('reviews the period said, without the slipping deals of today, and sums it up for that period', async () => {
    const team = teamOf(store().all('User'), demoUser(stack(), 'manager').id);
    const next = quarterRange(today(), 1);
    const review = expectedReview(team, undefined, next);
    expect(review.length, 'the team has commit or best case deals next quarter').to.be.at.least(1);
    expect(review.every((r) => r.part !== 'slipping')).to.equal(true);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const first = await talk.say("ask sales assistant to review next quarter's deals");
    expect(first.speech).to.match(new RegExp(`^${intro(review, 0)}First of ${review.length}, ${review[0]!.part}: ${line(review[0]!.deal)}\\.`));
    const end = await talk.say('wrap up');
    expect(end.speech).to.equal(`You reviewed 1 of ${review.length} deals. Nothing was changed. ${totalsNow(team, next, 'next quarter')} Shall I schedule the next review?`.replace('1 of 1 deals', '1 deal'));
  });

  it('"review the slipping deals" goes through only those, whatever their category', async () => {
    const team = teamOf(store().all('User'), demoUser(stack(), 'manager').id);
    const slipping = expectedReview(team).filter((r) => String(r.deal.CloseDate) < today());
    const late = store().all('Opportunity').filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)) && String(o.CloseDate) < today());
    // A commit deal already late is in the review's commit part; here every late deal is a slipping one.
    expect(late.length).to.be.at.least(slipping.length);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const first = await talk.say('ask sales assistant to review the slipping deals');
    expect(first.speech).to.match(new RegExp(`First of ${late.length}, slipping: `));
    expect((await talk.say('how many are left')).speech).to.equal(`${late.length - 1} left after this one. Say next, change the deal, or wrap up.`);
  });

  it('says a deal closed during the review as closed when the review comes back to it', async () => {
    const review = expectedReview(new Set([demoUser(stack(), 'rep').id]));
    const talk = talkTo(stack(), { accessToken: tokens().rep });
    await talk.say("ask sales assistant let's review the pipeline");
    await talk.say('mark it won');
    await talk.say('yes');
    const won = review[0]!.deal;
    const amount = won.Amount == null ? 'no amount' : figure(Number(won.Amount));
    expect((await talk.say('continue the review')).speech).to.equal(`1 of ${review.length}, ${review[0]!.part}: ${listedDeal(won, store().all('Account'))}, ${amount}, closed won now.`);
  });

  it('"no" to scheduling the next review declines only that', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().rep });
    await talk.say("ask sales assistant let's review the pipeline");
    await talk.say('wrap up');
    const no = await talk.say('no');
    expect(no.speech).to.equal('Okay. What else would you like to know?');
    expect(no.response.response.shouldEndSession).to.not.equal(true);
  });
});

describe('pipeline review with a change said twice', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);

  it('counts a write once in the summary when it is said again and only repeated, not made again', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say("ask sales assistant let's review the pipeline");
    const notes = () => stack().org.store.all('ContentNote').length;
    const before = notes();
    for (let i = 0; i < 2; i++) {
      await talk.say('add a note saying they want a pilot first');
      await talk.say('yes');
    }
    expect(notes(), 'the second time is a repeat: no second note').to.equal(before + 1);
    expect((await talk.say('wrap up')).speech).to.match(/^You reviewed 1 of \d+ deals\. Changes: 1 note added\. /);
  });
});

describe('pipeline review, a day later', () => {
  let clock = new Date();
  const stack = useLocalStack({ now: () => clock });
  const tokens = linkDemoUsers(stack);

  it('is no longer picked up after a day: its deals have moved on', async () => {
    clock = new Date();
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant to start the pipeline review');
    await talk.say('pause the review');
    clock = new Date(clock.getTime() + 23 * 3600_000);
    expect((await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant to continue the review')).speech).to.match(/^Picking up where you left off\./);
    await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant to pause the review');
    clock = new Date(clock.getTime() + 24 * 3600_000 + 60_000);
    expect((await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant to continue the review')).speech).to.equal('There’s no review to pick up. You can say: start the pipeline review.');
  });
});

describe('pipeline review, in an org whose fiscal year starts in February', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  before(() => {
    // Before anyone's first request, so the identity reads the org as it is.
    const org = stack().org.store.organization();
    stack().org.store.update('Organization', org.Id, { FiscalYearStartMonth: 2 }, { trusted: true });
  });

  it('goes through the fiscal quarter the team is measured by, not the calendar one', async () => {
    const store = stack().org.store;
    const today = todayIn(TZ);
    const [y, m] = today.split('-').map(Number) as [number, number];
    // Fiscal quarters from February: Feb–Apr, May–Jul, Aug–Oct, Nov–Jan.
    const startMonth = ((Math.floor(((m - 2 + 12) % 12) / 3) * 3 + 1) % 12) + 1;
    const startYear = startMonth > m ? y - 1 : y;
    const iso = (yy: number, mm: number, dd: number) => new Date(Date.UTC(yy, mm - 1, dd)).toISOString().slice(0, 10);
    const [from, to] = [iso(startYear, startMonth, 1), iso(startYear, startMonth + 3, 0)];
    const team = teamOf(store.all('User'), demoUser(stack(), 'manager').id);
    const open = store.all('Opportunity').filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)));
    const inQuarter = (o: SObjectRecord) => String(o.CloseDate) >= from && String(o.CloseDate) <= to;
    const count = open.filter((o) => String(o.CloseDate) < today || (inQuarter(o) && (o.ForecastCategoryName === 'Commit' || o.ForecastCategoryName === 'Best Case'))).length;
    const calendar = quarterRange(today);
    expect([from, to], 'the fiscal quarter differs from the calendar one').to.not.deep.equal(calendar);
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const first = await talk.say('ask sales assistant to start the pipeline review');
    expect(first.speech).to.match(new RegExp(`First of ${count}, `));
    const end = await talk.say('wrap up');
    expect(end.speech).to.match(/Open commit closing this fiscal quarter is now /);
  });
});
