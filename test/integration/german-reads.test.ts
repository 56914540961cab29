/**
 * The read conversations in German (a de-DE device), through the simulator, the skill, jsforce and the local org:
 * forecast, quota, leaderboard, deal counts and averages, my day, campaigns, Einstein's insights and scores. Every
 * figure is worked out here from the org's store and said the German way by the tests' own helpers ("1,5 Millionen
 * Dollar", "745 Tausend", "8.500"), dates with Intl's German ("am 11. Januar 2027"), clock times on the 24-hour clock.
 */
import { expect } from 'chai';
import { GERMAN_LABELS } from '../../local/org/schema';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';
import { type Range, amountOf, closesIn, dollarsDe, figureDe, periodQuarter, quarterRange, teamOf, todayIn } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';
/** Text matched literally inside a RegExp. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the read conversations in German (de-DE)', () => {
  const stack = useLocalStack();
  const store = () => stack().org.store;
  const users = () => store().all('User');
  const userNamed = (first: string) => users().find((u) => u.FirstName === first) as SObjectRecord;
  const maria = () => demoUser(stack(), 'manager');
  const today = () => todayIn(NEW_YORK);

  /** A German device talking for a demo user, linked through the org's OAuth pages. */
  async function german(username: string) {
    return talkTo(stack(), { accessToken: (await stack().link(username)).accessToken, locale: 'de-DE', timeZone: BERLIN });
  }
  const asMaria = () => german(maria().username);
  const asLena = () => german(String(userNamed('Lena').Username));

  const quotaOf = (userId: string, [from]: Range) =>
    Number(store().all('ForecastingQuota').find((q) => q.QuotaOwnerId === userId && q.StartDate === from)?.QuotaAmount);
  const wonBy = (owners: Set<string>, range: Range) => store().all('Opportunity').filter((o) => o.IsWon === true && owners.has(String(o.OwnerId)) && closesIn(o, range));
  const percent = (part: number, whole: number) => Math.round((100 * part) / whole);
  const listDe = (items: string[]) => new Intl.ListFormat('de-DE', { style: 'long', type: 'conjunction' }).format(items);

  describe('forecast', () => {
    const quarter = (offset = 0): Range => periodQuarter(store().all('Period'), today(), offset, true);
    /** A user and everyone below them, at any depth: whose deals a forecast rolls up. */
    function below(userId: string): Set<string> {
      const seen = new Set([userId]);
      for (let grew = true; grew;) {
        grew = false;
        for (const u of users()) if (typeof u.ManagerId === 'string' && seen.has(u.ManagerId) && !seen.has(u.Id)) grew = Boolean(seen.add(u.Id));
      }
      return seen;
    }
    function said(whose: string, period: string, owners: Set<string>, range: Range, quota: number): string {
      const deals = store().all('Opportunity').filter((o) => owners.has(String(o.OwnerId)) && closesIn(o, range));
      const inCategory = (name: string) => amountOf(deals.filter((o) => o.ForecastCategoryName === name));
      const [closed, commit, bestCase] = [inCategory('Closed'), inCategory('Commit'), inCategory('Best Case')];
      return (
        `${whose} ${period} liegt bei ${dollarsDe(closed + commit)}, Closed plus Commit: ` +
        `${closed > 0 ? `${figureDe(closed)} abgeschlossen` : 'noch nichts abgeschlossen'} und ${commit > 0 ? `${figureDe(commit)} im Commit` : 'nichts im Commit'}. ` +
        `Das sind ${percent(closed + commit, quota)} Prozent der Quote von ${figureDe(quota)}. ` +
        `${bestCase > 0 ? `Best Case bringt ${figureDe(bestCase)} mehr.` : 'Im Best Case ist nichts.'} Was noch?`
      );
    }

    it('gives the manager her forecast, her team’s rolled up, follows up with "und nächstes Quartal", and gives a rep’s by name', async () => {
      const talk = await asMaria();
      const team = below(maria().id);
      expect((await talk.say('frag sales assistent wie sieht mein forecast aus')).speech).to.equal(said('Dein Forecast', 'in diesem Quartal', team, quarter(), quotaOf(maria().id, quarter())));
      expect((await talk.say('und für das team')).speech).to.equal(said('Der Forecast deines Teams', 'in diesem Quartal', team, quarter(), quotaOf(maria().id, quarter())));
      expect((await talk.say('und nächstes quartal')).speech).to.equal(said('Der Forecast deines Teams', 'im nächsten Quartal', team, quarter(1), quotaOf(maria().id, quarter(1))));
      const lena = userNamed('Lena');
      expect((await talk.say('was ist der forecast von Lena Fischer')).speech).to.equal(said('Der Forecast von Lena Fischer', 'in diesem Quartal', new Set([lena.Id]), quarter(), quotaOf(lena.Id, quarter())));
    });
  });

  describe('quota', () => {
    const quarter = (): Range => periodQuarter(store().all('Period'), today());

    it('gives the manager the team’s attainment, then each rep’s, highest first, joined the German way', async () => {
      const range = quarter();
      const won = amountOf(wonBy(teamOf(users(), maria().id), range));
      const quota = quotaOf(maria().id, range);
      const reps = users()
        .filter((u) => u.ManagerId === maria().id)
        .map((u) => ({ first: String(u.FirstName), name: String(u.Name), pct: percent(amountOf(wonBy(new Set([u.Id]), range)), quotaOf(u.Id, range)) }))
        .sort((a, b) => b.pct - a.pct || a.name.localeCompare(b.name));
      const { speech } = await (await asMaria()).say('frag sales assistent wie ist die quotenerreichung vom team dieses quartal');
      expect(speech).to.equal(
        `Dein Team steht in diesem Quartal bei ${percent(won, quota)} Prozent der Quote: ${dollarsDe(won)} gewonnen bei einer Quote von ${dollarsDe(quota)}. ` +
          `Nach Reps: ${listDe(reps.map((r) => `${r.first} ${r.pct} Prozent`))}. Was noch?`,
      );
    });

    it('gives a rep her own attainment, as "du"', async () => {
      const lena = userNamed('Lena');
      const range = quarter();
      const won = amountOf(wonBy(new Set([lena.Id]), range));
      const { speech } = await (await asLena()).say('frag sales assistent wo stehe ich bei meiner quote');
      expect(speech).to.equal(`Du stehst in diesem Quartal bei ${percent(won, quotaOf(lena.Id, range))} Prozent deiner Quote: ${dollarsDe(won)} gewonnen bei einer Quote von ${dollarsDe(quotaOf(lena.Id, range))}. Was noch?`);
    });
  });

  it('ranks the manager’s team by closed-won amount, with German ordinals and figures, calling her "du"', async () => {
    const won = wonBy(teamOf(users(), maria().id), quarterRange(today()));
    const byOwner = new Map<string, number>();
    for (const o of won) byOwner.set(String(o.OwnerId), (byOwner.get(String(o.OwnerId)) ?? 0) + Number(o.Amount ?? 0));
    const board = [...byOwner.entries()].sort((a, b) => b[1] - a[1]);
    expect(board.length, 'the demo team won deals this quarter').to.be.within(2, 5);
    expect(new Set(board.map(([, amount]) => amount)).size, 'no ties in the demo data').to.equal(board.length);
    const entries = board.map(([id, amount], i) => `${i + 1}.: ${id === maria().id ? 'du' : String(users().find((u) => u.Id === id)?.Name)}, ${figureDe(amount)}.`);
    const { speech } = await (await asMaria()).say('frag sales assistent zeig mir die rangliste');
    expect(speech).to.equal(
      ['Die Rangliste deines Teams in diesem Quartal, nach gewonnenem Umsatz in Dollar:', ...entries, 'Das sind alle in deinem Team, die in diesem Quartal einen Deal gewonnen haben.', 'Was noch?'].join(' '),
    );
  });

  describe('deal counts and averages', () => {
    it('counts the manager’s open deals and their total', async () => {
      const mine = store().all('Opportunity').filter((o) => o.IsClosed === false && o.OwnerId === maria().id);
      expect(mine.every((o) => typeof o.Amount === 'number'), 'every one with an amount').to.equal(true);
      const { speech } = await (await asMaria()).say('frag sales assistent wie viele offene deals habe ich');
      expect(speech).to.equal(`Du hast ${mine.length} offene Deals im Wert von ${dollarsDe(amountOf(mine))}. Was noch?`);
    });

    it('gives a rep’s average won deal last quarter, in the past ("lag bei")', async () => {
      const wins = wonBy(new Set([userNamed('Lena').Id]), quarterRange(today(), -1));
      expect(wins.length, 'Lena won deals last quarter').to.be.greaterThan(1);
      const talk = await asMaria();
      // The first turn of a session teaches Alexa the team's names (dynamic entities); a name is heard after it.
      await talk.say('öffne sales assistent');
      const { speech } = await talk.say('was ist die durchschnittliche dealgröße letztes quartal von Lena Fischer');
      expect(speech).to.equal(`Der durchschnittliche gewonnene Deal von Lena Fischer im letzten Quartal lag bei ${dollarsDe(amountOf(wins) / wins.length)}, gerechnet über ${wins.length} Deals. Was noch?`);
    });
  });

  describe('my day', () => {
    const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    /** The day an instant falls on in `timeZone`. */
    const dayOf = (iso: string, timeZone: string) => todayIn(timeZone, new Date(iso));
    /** "14:30", as a German clock says it in `timeZone`. */
    const clock = (iso: string, timeZone: string) => new Intl.DateTimeFormat('de-DE', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

    /** The user's timed meetings on their today: owned or invited (not declined), by start. */
    function meetingsToday(userId: string, timeZone: string): SObjectRecord[] {
      const invited = new Set(store().all('EventRelation').filter((r) => r.RelationId === userId && r.IsInvitee === true && r.Status !== 'Declined').map((r) => r.EventId));
      return store().all('Event')
        .filter((e) => (e.OwnerId === userId || invited.has(e.Id)) && e.IsAllDayEvent !== true && dayOf(String(e.StartDateTime), timeZone) === todayIn(timeZone))
        .sort((a, b) => Date.parse(String(a.StartDateTime)) - Date.parse(String(b.StartDateTime)));
    }

    it('counts the manager’s meetings with the first on the 24-hour clock, and her tasks due and overdue', async () => {
      const meetings = meetingsToday(maria().id, NEW_YORK);
      expect(meetings.some((m) => Number(clock(String(m.StartDateTime), NEW_YORK).slice(0, 2)) >= 13), 'an afternoon meeting').to.equal(true);
      const open = store().all('Task').filter((t) => t.OwnerId === maria().id && t.Status !== 'Completed');
      const due = open.filter((t) => t.ActivityDate === today()).length;
      const overdue = open.filter((t) => String(t.ActivityDate) < today()).length;
      expect([due, overdue], 'tasks due today and overdue in the demo data').to.deep.equal([2, 1]);
      const talk = await asMaria();
      const day = await talk.say('frag sales assistent wie sieht mein tag aus');
      const first = meetings[0]!;
      expect(day.speech).to.match(new RegExp(`^Du hast heute ${meetings.length} Termine, den ersten um ${clock(String(first.StartDateTime), NEW_YORK)} Uhr: ${first.Subject}\\. ${due} Aufgaben sind fällig, ${overdue} überfällig\\. `));
      const list = await talk.say('meine termine');
      const items = meetings.slice(0, 4).map((m) => `um ${clock(String(m.StartDateTime), NEW_YORK)} Uhr, ${m.Subject}`);
      expect(list.speech).to.equal(`Du hast heute ${meetings.length} Termine: ${items.join('; ')}. Was noch?`);
    });

    it('counts a German rep’s deals this week from Monday to Sunday, the week of her Salesforce locale (de_DE)', async () => {
      const lena = userNamed('Lena');
      expect(lena.LocaleSidKey).to.equal('de_DE');
      const now = todayIn(String(lena.TimeZoneSidKey));
      // ISO weekday: Monday 1 … Sunday 7; the week ends on Sunday.
      const sunday = addDays(now, 7 - (new Date(`${now}T12:00:00Z`).getUTCDay() || 7));
      const open = store().all('Opportunity').filter((o) => o.IsClosed === false && o.OwnerId === lena.Id);
      const week = open.filter((o) => String(o.CloseDate) >= now && String(o.CloseDate) <= sunday).length;
      const onDay = open.filter((o) => o.CloseDate === now).length;
      const sentence =
        week === 0 ? 'Keiner von deinen Deals schließt diese Woche ab.'
          : `${week} von deinen Deals ${week === 1 ? 'schließt' : 'schließen'} diese Woche ab${onDay ? `, ${onDay} davon heute` : ''}.`;
      const { speech } = await (await asLena()).say('frag sales assistent wie sieht mein tag aus');
      expect(speech).to.contain(sentence);
    });
  });

  it('briefs the manager on a rep’s deals: his stage change with the stage as the org labels it in German', async () => {
    const james = userNamed('James');
    const since = Date.now() - 86_400_000;
    const rows = store().all('OpportunityFieldHistory').filter((r) =>
      Date.parse(String(r.CreatedDate)) >= since && String(store().get('Opportunity', String(r.OpportunityId))!.OwnerId) === james.Id && String(r.OldValue) !== String(r.NewValue));
    expect(rows.map((r) => r.Field), 'the seed’s one change on James’s deals').to.deep.equal(['StageName']);
    const stage = String(rows[0]!.NewValue);
    expect(GERMAN_LABELS[stage], stage).to.be.a('string').and.not.equal(stage);
    const deal = store().get('Opportunity', String(rows[0]!.OpportunityId))!;
    const talk = await asMaria();
    // The first turn of a session teaches Alexa the team's names (dynamic entities); a name is heard after it.
    await talk.say('öffne sales assistent');
    const { speech } = await talk.say('was hat sich bei den deals von James Carter geändert');
    expect(speech).to.match(new RegExp(`^In den letzten 24 Stunden hat sich 1 von James Carters Deals geändert: James hat ${escaped(String(deal.Name))} auf ${escaped(GERMAN_LABELS[stage]!)} gesetzt\\. `));
  });

  it('briefs the manager: the team’s deals changed in the last 24 hours, the latest with who made it, and the day ahead', async () => {
    const james = userNamed('James');
    const priya = await stack().link('priya.rep@summitpeak.demo');
    const deal = store().all('Opportunity').find((o) => o.OwnerId === james.Id && o.IsClosed === false && String(o.CloseDate) > today() && typeof o.Amount === 'number')!;
    const before = Number(deal.Amount);
    const res = await fetch(`${stack().org.url}/services/data/v66.0/sobjects/Opportunity/${deal.Id}`, {
      method: 'PATCH', headers: { authorization: `Bearer ${priya.accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ Amount: before + 25_000 }),
    });
    expect(res.status).to.be.below(300);
    // Deals of the team with a stage, amount or close date changed by someone else in the last day (none of the demo's are new or lost).
    const since = Date.now() - 86_400_000;
    const team = teamOf(users(), maria().id);
    const changed = new Set(
      store().all('OpportunityFieldHistory')
        .filter((r) => Date.parse(String(r.CreatedDate)) >= since && r.CreatedById !== maria().id && ['StageName', 'Amount', 'CloseDate'].includes(String(r.Field)))
        .filter((r) => team.has(String(store().get('Opportunity', String(r.OpportunityId))!.OwnerId)) && String(r.OldValue) !== String(r.NewValue))
        .map((r) => String(r.OpportunityId)),
    );
    expect(changed.size, 'the seeded changes and the raise').to.be.at.least(2);
    const open = store().all('Opportunity').filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)));
    // Maria's Salesforce locale is en_US: her week (THIS_WEEK in SOQL) runs Sunday to Saturday.
    const saturday = new Date(Date.parse(`${today()}T12:00:00Z`) + (6 - new Date(`${today()}T12:00:00Z`).getUTCDay()) * 86_400_000).toISOString().slice(0, 10);
    const week = open.filter((o) => String(o.CloseDate) >= today() && String(o.CloseDate) <= saturday).length;
    const slipping = open.filter((o) => String(o.CloseDate) < today()).length;
    const meetings = store().all('Event').filter((e) => e.OwnerId === maria().id || store().all('EventRelation').some((r) => r.EventId === e.Id && r.RelationId === maria().id && r.Status !== 'Declined'))
      .filter((e) => e.IsAllDayEvent !== true && todayIn(NEW_YORK, new Date(String(e.StartDateTime))) === today()).length;
    const weekSaid = week === 0 ? 'Kein Deal deines Teams schließt diese Woche ab' : `${week} ${week === 1 ? 'Deal deines Teams schließt' : 'Deals deines Teams schließen'} diese Woche ab`;

    const { speech } = await (await asMaria()).say('frag sales assistent was gibt es neues');
    expect(speech).to.equal(
      `In den letzten 24 Stunden haben sich ${changed.size} Deals deines Teams geändert. Zuletzt: Priya hat ${deal.Name} von ${dollarsDe(before)} auf ${dollarsDe(before + 25_000)} geändert. ` +
        `Du hast heute ${meetings} Termine. ${weekSaid}${slipping ? `, und ${slipping} ${slipping === 1 ? 'ist' : 'sind'} überfällig` : ''}. Was noch?`,
    );
  });

  it('reports on a campaign: German dates, its leads, deals and the won amount', async () => {
    const spring = store().all('Campaign').find((c) => c.Name === 'Spring Launch')!;
    const days = (date: unknown) => Math.abs(Date.parse(`${String(date)}T12:00:00Z`) - Date.parse(`${today()}T12:00:00Z`)) / 86_400_000;
    expect(days(spring.StartDate) > 6 && days(spring.EndDate) > 6, 'dates said as dates, not weekdays').to.equal(true);
    const german = (date: unknown) => {
      const d = new Date(`${String(date)}T12:00:00Z`);
      const sameYear = String(date).slice(0, 4) === today().slice(0, 4);
      return new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }), timeZone: 'UTC' }).format(d);
    };
    const past = (date: unknown) => String(date) < today();
    const n = (field: string) => Number(spring[field]);
    const talk = await asMaria();
    const { speech } = await talk.say('frag sales assistent wie läuft die spring launch kampagne');
    expect(speech).to.equal(
      // The status as the org labels it in German (describe with Accept-Language: de), not the stored value.
      `Spring Launch hat den Status ${GERMAN_LABELS[String(spring.Status)]}, Start ${past(spring.StartDate) ? 'war' : 'ist'} am ${german(spring.StartDate)}, Ende ${past(spring.EndDate) ? 'war' : 'ist'} am ${german(spring.EndDate)}. ` +
        `Sie hat ${n('NumberOfLeads')} Leads, ${n('NumberOfConvertedLeads')} davon konvertiert, und ${n('NumberOfOpportunities')} Deals, ${n('NumberOfWonOpportunities')} davon gewonnen, im Wert von ${dollarsDe(n('AmountWonOpportunities'))}. Was noch?`,
    );
  });

  describe('Einstein', () => {
    const sentence = (title: unknown) => (/[.!?]$/.test(String(title)) ? String(title) : `${String(title)}.`);

    it('names the team’s biggest deals at risk with German amounts', async () => {
      const team = teamOf(users(), maria().id);
      const atRisk = new Map<string, { deal: SObjectRecord; title: string }>();
      for (const i of store().all('OpportunityInsight').filter((r) => r.TrendType === 'Negative').sort((a, b) => b.Id.localeCompare(a.Id))) {
        const deal = store().get('Opportunity', String(i.OpportunityId))!;
        if (deal.IsClosed !== true && team.has(String(deal.OwnerId)) && !atRisk.has(deal.Id)) atRisk.set(deal.Id, { deal, title: String(i.Title) });
      }
      const list = [...atRisk.values()].sort((a, b) => Number(b.deal.Amount ?? -1) - Number(a.deal.Amount ?? -1) || a.deal.Id.localeCompare(b.deal.Id));
      expect(list.length).to.be.greaterThan(2);
      const line = ({ deal, title }: { deal: SObjectRecord; title: string }) => {
        const account = store().get('Account', String(deal.AccountId));
        const forAccount = account && !String(deal.Name).toLowerCase().includes(String(account.Name).toLowerCase()) ? ` für ${account.Name}` : '';
        return `${deal.Name}${forAccount}, ${dollarsDe(Number(deal.Amount))}: ${sentence(title)}`;
      };
      const { speech } = await (await asMaria()).say('frag sales assistent gibt es gefährdete deals');
      expect(speech).to.equal(`Einstein sieht ${list.length} offene Deals deines Teams gefährdet. Die größten: ${list.slice(0, 2).map(line).join(' ')} Was noch?`);
    });

    it('reads the team’s best-scored deals this quarter, each with its German figure and score', async () => {
      const team = teamOf(users(), maria().id);
      const scoreOf = (deal: SObjectRecord) => {
        const row = store().all('ScoreIntelligence').find((s) => s.BaseId === deal.Id);
        return row ? Number(row.Score) : undefined;
      };
      const best = store().all('Opportunity')
        .filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)) && closesIn(o, quarterRange(today())) && scoreOf(o) !== undefined)
        .sort((a, b) => scoreOf(b)! - scoreOf(a)! || Number(b.Amount ?? -1) - Number(a.Amount ?? -1) || a.Id.localeCompare(b.Id))
        .slice(0, 3);
      expect(best).to.have.length(3);
      const listName = (deal: SObjectRecord) => {
        const account = String(store().get('Account', String(deal.AccountId))?.Name ?? '');
        const name = String(deal.Name);
        return account && name.startsWith(`${account} - `) ? `${account}, ${name.slice(account.length + 3)}` : name;
      };
      const { speech } = await (await asMaria()).say('frag sales assistent welche deals haben die besten chancen');
      expect(speech).to.equal(
        `Die besten Chancen laut Einstein, von euren offenen Deals mit Abschluss in diesem Quartal, in Dollar: ${best.map((d) => `${listName(d)}: ${figureDe(Number(d.Amount))}, Score ${scoreOf(d)}.`).join(' ')} Was noch?`,
      );
    });
  });
});
