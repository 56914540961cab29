/**
 * The reading conversations in French (fr-FR) — my day, the forecast, quota attainment, the leaderboard, deal stats —
 * through the simulator, jsforce and the local org, as Maria hears them on an Echo set to French. Every figure,
 * clock time, rank and count is worked out here from the org's records with this file's and orgFacts' own
 * arithmetic ("3,9 millions de dollars", "550 mille", "14 h 30"), not with the skill's queries or speaking/ helpers.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { type Range, amountOf, closesIn, frenchDollars, frenchFigure, periodQuarter, teamOf, todayIn } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';

/** The speech as compared here: any run of white space (the narrow no-break space of "12 000" too) one space, none before a colon or a question mark. */
const said = (text: string) => text.replace(/\s+/g, ' ').replace(/ ([:;?!])/g, '$1');

/** A French clock time: "10 h", "14 h 30" (24 hours, "h" between hours and minutes, no minutes on the hour). */
function frenchClock(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const hour = Number(parts.find((p) => p.type === 'hour')!.value);
  const minute = parts.find((p) => p.type === 'minute')!.value;
  return minute === '00' ? `${hour} h` : `${hour} h ${minute}`;
}

/** "1er", "2e", "3e": French ordinals. */
const rank = (place: number) => (place === 1 ? '1er' : `${place}e`);

describe('the reading conversations in French (fr-FR), through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;
  const users = () => store().all('User');
  const userNamed = (first: string) => users().find((u) => u.FirstName === first) as SObjectRecord;
  const french = () => talkTo(stack(), { accessToken: tokens().manager, locale: 'fr-FR', timeZone: NEW_YORK });
  const today = () => todayIn(NEW_YORK);

  const quotaOf = (userId: string, [from]: Range) =>
    Number(store().all('ForecastingQuota').find((q) => q.QuotaOwnerId === userId && q.StartDate === from)?.QuotaAmount);
  const wonBy = (owners: Set<string>, range: Range) =>
    store().all('Opportunity').filter((o) => o.IsWon === true && owners.has(String(o.OwnerId)) && closesIn(o, range));
  const percent = (part: number, whole: number) => Math.round((100 * part) / whole);

  it('reads her meetings today with French clock times, each at its own time in her time zone', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const invited = new Set(store().all('EventRelation').filter((r) => r.RelationId === maria && r.IsInvitee === true && r.Status !== 'Declined').map((r) => r.EventId));
    const meetings = store()
      .all('Event')
      .filter((e) => (e.OwnerId === maria || invited.has(e.Id)) && e.IsAllDayEvent !== true && todayIn(NEW_YORK, new Date(String(e.StartDateTime))) === today())
      .sort((a, b) => Date.parse(String(a.StartDateTime)) - Date.parse(String(b.StartDateTime)));
    expect(meetings.length, 'the demo org gives Maria two to four timed meetings today').to.be.within(2, 4);
    expect(meetings.some((m) => frenchClock(String(m.StartDateTime), NEW_YORK).includes(' h ')), 'one starts on the half hour').to.equal(true);
    const items = meetings.map((m) => `à ${frenchClock(String(m.StartDateTime), NEW_YORK)}, ${m.Subject}`).join('; ');
    const { speech } = await french().say('demande à assistant commercial mes réunions');
    expect(said(speech)).to.equal(`Vous avez ${meetings.length} réunions aujourd'hui: ${items}. Autre chose?`);
  });

  it('says her forecast (her team’s, rolled up) with French figures: "millions de dollars", "mille", the decimal comma', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const range = periodQuarter(store().all('Period'), today(), 0, true);
    const deals = store().all('Opportunity').filter((o) => teamOf(users(), maria).has(String(o.OwnerId)) && closesIn(o, range));
    const inCategory = (name: string) => amountOf(deals.filter((o) => o.ForecastCategoryName === name));
    const [closed, commit, bestCase] = [inCategory('Closed'), inCategory('Commit'), inCategory('Best Case')];
    expect(closed + commit, 'the demo team forecasts over a million').to.be.greaterThan(1e6);
    expect([closed, commit, bestCase].every((n) => n > 0), 'closed, commit and best case all have deals').to.equal(true);
    const quota = quotaOf(maria, range);
    const { speech } = await french().say('demande à assistant commercial quelles sont mes prévisions');
    expect(said(speech)).to.equal(
      said(
        `Vos prévisions ce trimestre sont de ${frenchDollars(closed + commit)}, signé plus commit: ${frenchFigure(closed)} signés et ${frenchFigure(commit)} en commit. ` +
          `Cela fait ${percent(closed + commit, quota)} pour cent de l'objectif de ${frenchFigure(quota)}. Le best case ajoute encore ${frenchFigure(bestCase)}. Autre chose?`,
      ),
    );
    expect(speech).to.match(/\d,\d+ millions? de dollars/);
  });

  it('tells Lena’s attainment by name: her closed won against her quota, in dollars the French way', async () => {
    const lena = userNamed('Lena');
    const range = periodQuarter(store().all('Period'), today());
    const won = amountOf(wonBy(new Set([lena.Id]), range));
    const quota = quotaOf(lena.Id, range);
    const talk = french();
    // The first turn of a session teaches Alexa the team's names (dynamic entities); a name is heard after it.
    await talk.say('ouvre assistant commercial');
    const { speech } = await talk.say('est-ce que Lena Fischer a atteint son quota');
    expect(said(speech)).to.equal(
      said(`Lena Fischer est à ${percent(won, quota)} pour cent de son objectif ce trimestre: ${frenchDollars(won)} signés pour un objectif de ${frenchDollars(quota)}. Autre chose?`),
    );
  });

  it('ranks the team by closed-won amount this quarter with French ordinals, "vous" for her, the currency said once', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const team = teamOf(users(), maria);
    const won = wonBy(team, periodQuarter(store().all('Period'), today()));
    const board = [...team]
      .map((id) => ({ id, name: String(users().find((u) => u.Id === id)?.Name), amount: amountOf(won.filter((o) => o.OwnerId === id)) }))
      .filter((l) => won.some((o) => o.OwnerId === l.id))
      .sort((a, b) => b.amount - a.amount);
    expect(board.length, 'the demo team won deals this quarter').to.be.within(2, 5);
    expect(new Set(board.map((l) => l.amount)).size, 'no ties in the demo data').to.equal(board.length);
    const entries = board.map((l, i) => `${rank(i + 1)}, ${l.id === maria ? 'vous' : l.name}, ${frenchFigure(l.amount)}.`);
    const { speech } = await french().say('demande à assistant commercial montre-moi le classement');
    expect(said(speech)).to.equal(
      said(['Le classement de votre équipe ce trimestre, par montant signé en dollars:', ...entries, 'Ce sont tous ceux de votre équipe qui ont gagné une affaire ce trimestre.', 'Autre chose?'].join(' ')),
    );
  });

  it('numbers the active campaigns with feminine ordinals, as "la première" it asks for: "1re", not "1er"', async () => {
    const active = store()
      .all('Campaign')
      .filter((c) => c.IsActive === true)
      .sort((a, b) => String(b.StartDate ?? '').localeCompare(String(a.StartDate ?? '')) || String(a.Id).localeCompare(String(b.Id)));
    expect(active.length, 'the demo org has two or three active campaigns').to.be.within(2, 3);
    const items = active.map((c, i) => `${i === 0 ? '1re' : `${i + 1}e`}, ${c.Name}.`);
    const { speech } = await french().say('demande à assistant commercial comment vont les campagnes');
    expect(said(speech)).to.match(new RegExp(`^Voici les campagnes actives, de la plus récente à la plus ancienne: ${items.join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
  });

  it('says "1 affaire sur …" in the singular when the review ends after one deal', async () => {
    const talk = french();
    await talk.say('ouvre assistant commercial');
    await talk.say('lance la revue de pipeline');
    const { speech } = await talk.say('termine la revue');
    expect(said(speech)).to.match(/^Vous avez passé en revue 1 affaire sur \d+\./);
  });

  it('takes "j\'ai" and "de mes" as hers, not her team\'s, as English takes "do I have" and "my"', async () => {
    const maria = demoUser(stack(), 'manager').id;
    const open = store().all('Opportunity').filter((o) => o.OwnerId === maria && o.IsClosed === false);
    expect(open.length, 'Maria has several open deals of her own').to.be.greaterThan(3);
    const { speech } = await french().say("demande à assistant commercial combien d'affaires ouvertes j'ai");
    expect(said(speech)).to.equal(said(`Vous avez ${open.length} affaires ouvertes, pour un total de ${frenchDollars(amountOf(open))}. Autre chose?`));
    const top = await french().say('demande à assistant commercial le top cinq de mes affaires');
    expect(said(top.speech)).to.match(/^Je vous les lis 3 par 3\. Vos 5 plus grosses affaires ouvertes, en dollars: /);
  });

  it('counts Lena’s open deals in commit and adds up what they are worth', async () => {
    const lena = userNamed('Lena');
    const open = store().all('Opportunity').filter((o) => o.OwnerId === lena.Id && o.IsClosed === false && o.ForecastCategoryName === 'Commit');
    expect(open.length, 'Lena has several open deals in commit').to.be.greaterThan(1);
    const talk = french();
    await talk.say('ouvre assistant commercial');
    const { speech } = await talk.say("combien d'affaires ouvertes a Lena Fischer en commit");
    expect(said(speech)).to.equal(said(`Lena Fischer a ${open.length} affaires ouvertes en commit, pour un total de ${frenchDollars(amountOf(open))}. Autre chose?`));
  });
});
