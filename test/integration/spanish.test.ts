/**
 * Spanish through the real chain (simulator, skill, jsforce, the local org): the figures, counts and days a Spanish
 * Echo hears, checked against this file's own arithmetic over the org's records (test/support/orgFacts.ts), not
 * against the skill's speaking helpers.
 */
import { expect } from 'chai';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { amountOf, byAmount, closesIn, listedDeal, monthRange, quarterRange, spanishDollars, spanishFigure, teamOf, todayIn } from '../support/orgFacts';
import { SPANISH_LABELS } from '../../local/org/schema';

const NEW_YORK = 'America/New_York';
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];

/** When a listed deal closes, in Spanish: "cierre mañana", "cierre el martes", "vencía el 14 de noviembre". */
function closing(date: string, today: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const diff = Math.round((Date.UTC(year, month - 1, day) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const said =
    diff === 0 ? 'hoy' : diff === 1 ? 'mañana' : diff === -1 ? 'ayer'
    : diff > 1 && diff < 7 ? `el ${weekday}` : diff < -1 && diff > -7 ? `el ${weekday} pasado`
    : `el ${day} de ${MONTHS[month - 1]}${Math.abs(diff) > 300 ? ` de ${year}` : ''}`;
  return `${diff < 0 ? 'vencía' : 'cierre'} ${said}`;
}

/** "3 oportunidades", "1 oportunidad". */
const oportunidades = (count: number) => `${count} oportunidad${count === 1 ? '' : 'es'}`;

describe('Spanish (es-ES), through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  let team: Set<string>;

  const opportunities = () => stack().org.store.all('Opportunity');
  const open = (owners: Set<string>) => opportunities().filter((o) => o.IsClosed === false && owners.has(String(o.OwnerId)));
  const today = () => todayIn(NEW_YORK);
  const spanish = () => talkTo(stack(), { accessToken: tokens().manager, locale: 'es-ES' });

  before(() => {
    team = teamOf(stack().org.store.all('User'), demoUser(stack(), 'manager').id);
  });

  it("sums the team's open pipeline in Spanish figures: the total with 'de dólares' after millions, each category, this month, slipping", async () => {
    const quarter = open(team).filter((o) => closesIn(o, quarterRange(today())));
    const [, monthEnd] = monthRange(today());
    const month = open(team).filter((o) => String(o.CloseDate) >= today() && String(o.CloseDate) <= monthEnd);
    const slipping = open(team).filter((o) => String(o.CloseDate) < today());
    const byCategory = (name: string) => amountOf(quarter.filter((o) => o.ForecastCategoryName === name));
    expect(quarter.length, 'open team deals this quarter').to.be.greaterThan(1);
    const { speech } = await spanish().say('pregunta a asistente de ventas cómo va el pipeline del equipo este trimestre');
    expect(speech).to.match(new RegExp(`^Tu equipo tiene ${spanishDollars(amountOf(quarter))} abiertos con cierre este trimestre, en ${oportunidades(quarter.length)}: `));
    for (const [name, words] of [['Commit', 'commit'], ['Best Case', 'best case'], ['Pipeline', 'pipeline']] as const) {
      if (byCategory(name) > 0) expect(speech).to.contain(`${spanishFigure(byCategory(name))} en ${words}`);
    }
    expect(speech).to.contain(`Cierran este mes: ${oportunidades(month.length)}, ${spanishFigure(amountOf(month))}.`);
    expect(speech).to.contain(`Retrasadas: ${oportunidades(slipping.length)}, ${spanishFigure(amountOf(slipping))}.`);
    // The currency once, in the headline.
    expect(speech.match(/dólares/g)).to.have.length(1);
  });

  it("reads the manager's own biggest open deals with Spanish figures and close days, then one deal's Spanish stage label", async () => {
    const me = demoUser(stack(), 'manager').id;
    const expected = byAmount(open(new Set([me]))).slice(0, 3);
    const talk = spanish();
    const { speech } = await talk.say('pide a asistente de ventas mis 3 mejores oportunidades');
    expect(speech).to.match(/^Tus 3 mejores oportunidades abiertas, en dólares: /);
    const accounts = stack().org.store.all('Account');
    const at = expected.map((o) => speech.indexOf(`${listedDeal(o, accounts)}: ${spanishFigure(Number(o.Amount))}, `));
    expect(at.every((p) => p >= 0), `all of ${expected.map((o) => o.Name)} in: ${speech}`).to.equal(true);
    expect(at).to.deep.equal([...at].sort((a, b) => a - b));
    // Each deal's close day as Spanish says it, from the record's CloseDate.
    for (const o of expected) expect(speech).to.contain(`${listedDeal(o, accounts)}: ${spanishFigure(Number(o.Amount))}, ${closing(String(o.CloseDate), today())}.`);
    const details = await talk.say('cuéntame más de la segunda');
    const second = expected[1]!;
    expect(details.speech).to.contain(`${spanishDollars(Number(second.Amount))}, ${SPANISH_LABELS[String(second.StageName)]}, con un ${second.Probability} por ciento de probabilidad`);
  });
});
