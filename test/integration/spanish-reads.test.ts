/**
 * The read-only conversations in Spanish (es-ES) through the real chain (simulator, skill, jsforce, the local org):
 * my day, the forecast, quota, the leaderboard, deal counts and averages, campaigns and Einstein's scores. Every
 * figure, count, percent and clock time is worked out here from the org's records (test/support/orgFacts.ts), not
 * from the skill's queries or speaking helpers.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { type Range, amountOf, closesIn, periodQuarter, quarterRange, spanishDollars, spanishFigure, teamOf, todayIn } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';

/** "1 oportunidad", "3 oportunidades abiertas". */
const oportunidades = (count: number, adjective = '') =>
  `${count} oportunidad${count === 1 ? '' : 'es'}${adjective ? ` ${adjective}${count === 1 ? '' : 's'}` : ''}`;

/** A clock time as Spain says it, 24-hour with minutes: "9:00", "14:30", in `timeZone`. */
function reloj(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${Number(get('hour'))}:${get('minute')}`;
}

/** The instant a wall-clock midnight in New York is on `day`, found by search rather than by a time-zone library. */
function midnightIn(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  for (let offset = -14 * 60; offset <= 14 * 60; offset += 15) {
    const at = new Date(Date.UTC(y, m - 1, d) - offset * 60_000);
    const local = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    if (local === `${day}, 00:00`) return at.getTime();
  }
  throw new Error(`no midnight on ${day} in ${timeZone}`);
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('the read-only conversations in Spanish (es-ES), through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;
  const users = () => store().all('User');
  const opportunities = () => store().all('Opportunity');
  const maria = () => demoUser(stack(), 'manager').id;
  const today = () => todayIn(NEW_YORK);
  const spanish = () => talkTo(stack(), { accessToken: tokens().manager, locale: 'es-ES' });

  /** The manager's meetings today, owned or accepted invitations, by start time (the demo's are all timed). */
  function meetingsToday(userId: string): SObjectRecord[] {
    const from = midnightIn(today(), NEW_YORK);
    const to = midnightIn(addDays(today(), 1), NEW_YORK);
    const invited = new Set(store().all('EventRelation').filter((r) => r.RelationId === userId && r.IsInvitee === true && r.Status !== 'Declined').map((r) => r.EventId));
    return store().all('Event')
      .filter((e) => (e.OwnerId === userId || invited.has(e.Id)) && e.IsAllDayEvent !== true)
      .filter((e) => Date.parse(String(e.StartDateTime)) >= from && Date.parse(String(e.StartDateTime)) < to)
      .sort((a, b) => Date.parse(String(a.StartDateTime)) - Date.parse(String(b.StartDateTime)));
  }

  it('reads the day with 24-hour times: the first meeting in the summary, then every meeting at its time', async () => {
    const meetings = meetingsToday(maria());
    expect(meetings.length, 'the demo meetings today').to.be.within(2, 4);
    const allDay = store().all('Event').filter((e) => e.OwnerId === maria() && e.IsAllDayEvent === true && e.ActivityDate === today());
    expect(allDay, 'no all-day meeting today in the demo').to.have.length(0);
    const talk = spanish();
    const { speech } = await talk.say('pregunta a asistente de ventas qué tengo hoy');
    expect(speech).to.match(new RegExp(`^Tienes ${meetings.length} reuniones hoy, la primera a las ${reloj(String(meetings[0]!.StartDateTime), NEW_YORK)}: `));
    const list = (await talk.say('mis reuniones')).speech;
    const items = meetings.map((m) => `a las ${reloj(String(m.StartDateTime), NEW_YORK)}, ${m.Subject}`);
    expect(list).to.equal(`Tienes ${meetings.length} reuniones hoy: ${items.join('; ')}. ¿Algo más?`);
    // A meeting in the afternoon is said on the 24-hour clock, never with "PM".
    expect(meetings.some((m) => Number(reloj(String(m.StartDateTime), NEW_YORK).split(':')[0]) >= 13), 'an afternoon meeting in the demo').to.equal(true);
  });

  it('says the forecast in Spanish figures: the total with "de dólares" after millions, closed, commit, the quota and best case', async () => {
    const quarter = periodQuarter(store().all('Period'), today(), 0, true);
    const team = teamOf(users(), maria());
    const deals = opportunities().filter((o) => team.has(String(o.OwnerId)) && closesIn(o, quarter));
    const inCategory = (name: string) => amountOf(deals.filter((o) => o.ForecastCategoryName === name));
    const [closed, commit, bestCase] = [inCategory('Closed'), inCategory('Commit'), inCategory('Best Case')];
    const quota = Number(store().all('ForecastingQuota').find((q) => q.QuotaOwnerId === maria() && q.StartDate === quarter[0])?.QuotaAmount);
    expect(closed, 'something closed this quarter').to.be.greaterThan(0);
    expect(commit, 'something in commit this quarter').to.be.greaterThan(0);
    expect(closed + commit, 'a forecast of millions: said with "de dólares"').to.be.at.least(1_000_000);
    const { speech } = await spanish().say('pregunta a asistente de ventas cuál es mi previsión');
    expect(speech).to.equal(
      `Tu previsión este trimestre es de ${spanishDollars(closed + commit)}, cerrado más commit: ${spanishFigure(closed)} cerrados y ${spanishFigure(commit)} en commit. ` +
        `Eso es el ${Math.round((100 * (closed + commit)) / quota)} por ciento de la cuota de ${spanishFigure(quota)}. ` +
        `${bestCase > 0 ? `El best case suma ${spanishFigure(bestCase)} más.` : 'No hay nada en best case.'} ¿Algo más?`,
    );
  });

  it("gives the team's quota attainment with each rep's percent, as a Spanish list", async () => {
    const quarter: Range = periodQuarter(store().all('Period'), today());
    const quotaOf = (userId: string) => Number(store().all('ForecastingQuota').find((q) => q.QuotaOwnerId === userId && q.StartDate === quarter[0])?.QuotaAmount);
    const wonBy = (owners: Set<string>) => amountOf(opportunities().filter((o) => o.IsWon === true && owners.has(String(o.OwnerId)) && closesIn(o, quarter)));
    const percent = (won: number, quota: number) => Math.round((100 * won) / quota);
    const won = wonBy(teamOf(users(), maria()));
    const quota = quotaOf(maria());
    const reps = users()
      .filter((u) => u.ManagerId === maria())
      .map((u) => ({ first: String(u.FirstName), name: String(u.Name), pct: percent(wonBy(new Set([u.Id])), quotaOf(u.Id)) }))
      .sort((a, b) => b.pct - a.pct || a.name.localeCompare(b.name));
    expect(reps.length, 'Maria has several reps').to.be.greaterThan(2);
    const byRep = new Intl.ListFormat('es-ES', { style: 'long', type: 'conjunction' }).format(reps.map((r) => `${r.first} al ${r.pct} por ciento`));
    const { speech } = await spanish().say('pregunta a asistente de ventas cómo vamos de cuota');
    expect(speech).to.equal(
      `Tu equipo va al ${percent(won, quota)} por ciento de su cuota este trimestre: ${spanishDollars(won)} ganados frente a una cuota de ${spanishDollars(quota)}. ` +
        `Por comercial: ${byRep}. ¿Algo más?`,
    );
  });

  it('ranks the team by closed-won amount with Spanish ordinals, calling the manager "tú", and places one rep', async () => {
    const quarter = quarterRange(today());
    const team = teamOf(users(), maria());
    const won = opportunities().filter((o) => o.IsWon === true && team.has(String(o.OwnerId)) && closesIn(o, quarter));
    const board = [...new Set(won.map((o) => String(o.OwnerId)))]
      .map((id) => ({ id, name: String(users().find((u) => u.Id === id)!.Name), deals: won.filter((o) => o.OwnerId === id) }))
      .map((l) => ({ ...l, amount: amountOf(l.deals) }))
      .sort((a, b) => b.amount - a.amount || b.deals.length - a.deals.length || a.name.localeCompare(b.name));
    expect(board.length, 'the team won deals this quarter').to.be.within(2, 5);
    expect(new Set(board.map((l) => l.amount)).size, 'no ties in the demo data').to.equal(board.length);
    const talk = spanish();
    const { speech } = await talk.say('pregunta a asistente de ventas quién ha vendido más este trimestre');
    const entries = board.map((l, i) => `${i + 1}.º, ${l.id === maria() ? 'tú' : l.name}, ${spanishFigure(l.amount)}.`);
    expect(speech).to.equal(
      ['La clasificación de tu equipo este trimestre, en dólares ganados:', ...entries, 'Esos son todos los de tu equipo que han ganado una oportunidad este trimestre.', '¿Algo más?'].join(' '),
    );
    const lena = board.findIndex((l) => l.name.startsWith('Lena '));
    expect(lena, 'Lena won this quarter').to.be.at.least(0);
    const place = (await talk.say('en qué puesto está Lena Fischer')).speech;
    expect(place).to.equal(
      `Lena Fischer va ${lena + 1}.º de ${board.length} en la clasificación de tu equipo este trimestre, con ${spanishDollars(board[lena]!.amount)} en ${oportunidades(board[lena]!.deals.length)}. ¿Algo más?`,
    );
  });

  it('counts open deals and their worth, and the average won deal, with the verb saying whose', async () => {
    const mine = opportunities().filter((o) => o.IsClosed === false && o.OwnerId === maria());
    expect(mine.every((o) => typeof o.Amount === 'number'), 'every open deal of hers has an amount').to.equal(true);
    const talk = spanish();
    const open = (await talk.say('pregunta a asistente de ventas cuántas oportunidades abiertas tengo')).speech;
    expect(open).to.equal(`Tienes ${oportunidades(mine.length, 'abierta')} por valor de ${spanishDollars(amountOf(mine))}. ¿Algo más?`);

    const team = teamOf(users(), maria());
    const quarter = quarterRange(today());
    const teamQuarter = opportunities().filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)) && closesIn(o, quarter));
    const ours = (await talk.say('cuántas oportunidades abiertas tenemos este trimestre')).speech;
    expect(ours).to.equal(`Tu equipo tiene ${oportunidades(teamQuarter.length, 'abierta')} con cierre este trimestre por valor de ${spanishDollars(amountOf(teamQuarter))}. ¿Algo más?`);

    const lastQuarter = quarterRange(today(), -1);
    const wonMine = opportunities().filter((o) => o.IsWon === true && o.OwnerId === maria() && closesIn(o, lastQuarter));
    expect(wonMine.length, 'she won deals last quarter').to.be.greaterThan(0);
    const average = (await talk.say('cuál es el importe medio de mis oportunidades ganadas el trimestre pasado')).speech;
    expect(average).to.equal(
      `El importe medio de tus oportunidades ganadas el trimestre pasado fue de ${spanishDollars(amountOf(wonMine) / wonMine.length)}, sobre ${oportunidades(wonMine.length)}. ¿Algo más?`,
    );
  });

  it("reports a campaign's won amount from its won opportunities, in Spanish figures", async () => {
    const spring = store().all('Campaign').find((c) => c.Name === 'Spring Launch')!;
    const won = opportunities().filter((o) => o.CampaignId === spring.Id && o.IsWon === true);
    expect(won.length, 'the demo campaign won deals').to.be.greaterThan(0);
    const { speech } = await spanish().say('pregunta a asistente de ventas cómo va la campaña spring launch');
    expect(speech).to.match(/^Spring Launch, en estado .+: empezó .+\. Tiene \d+ leads? \(convertidos: \d+\) y \d+ oportunidad(es)?, /);
    expect(speech).to.contain(`, ${won.length} ganada${won.length === 1 ? '' : 's'} por ${spanishDollars(amountOf(won))}. ¿Algo más?`);
  });
});
