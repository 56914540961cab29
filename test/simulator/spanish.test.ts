/**
 * The simulator's NLU in Spanish, against the generated es-ES model (skill-package/interactionModels/custom/es-ES.json): Spanish built-in
 * phrases, the ways to invoke a skill in Spanish, Spanish days (chrono-node's Spanish parser), clock times and
 * figures as Spanish writes them.
 */
import { expect } from 'chai';
import type { Intent } from 'ask-sdk-model';
import { loadInteractionModel, resolve, type Resolution } from '../../local/simulator';
import { parseInvocation } from '../../local/simulator/nlu/invocation';
import { parseCardinal, parseOrdinal } from '../../local/simulator/nlu/numbers';
import { toAlexaDate } from '../../local/simulator/nlu/slots/date';
import { toAlexaDuration } from '../../local/simulator/nlu/slots/duration';
import { toAlexaTime } from '../../local/simulator/nlu/slots/time';
import { tokenize } from '../../local/simulator/nlu/text';
import { interactionModelFile } from '../../models/build';
import { NOW, TIME_ZONE, nluState } from './helpers';

const spanish = loadInteractionModel(interactionModelFile('es-ES'));
const inSpanish = (inSession: boolean) => nluState(inSession, { locale: 'es-ES' });
const NAME = ['asistente', 'de', 'ventas'];

function intentOf(resolution: Resolution): Intent {
  if (resolution.kind !== 'intent') throw new Error(`expected an intent, got ${JSON.stringify(resolution)}`);
  return resolution.intent;
}

describe('simulator NLU in Spanish', () => {
  it('launches on "abre asistente de ventas", and takes a request after "pide a" and "pregunta a"', () => {
    expect(resolve('abre asistente de ventas', spanish, inSpanish(false))).to.deep.equal({ kind: 'launch' });
    expect(parseInvocation(tokenize('pide a asistente de ventas mis 3 mejores oportunidades'), NAME, 'es-ES')).to.deep.equal({
      kind: 'request',
      readings: [['mis', '3', 'mejores', 'oportunidades']],
    });
    expect(parseInvocation(tokenize('pregunta a asistente de ventas qué se está retrasando'), NAME, 'es-ES')).to.deep.equal({
      kind: 'request',
      readings: [['qué', 'se', 'está', 'retrasando']],
    });
    // "que" joins the request to the name, and is not part of it.
    expect(parseInvocation(tokenize('pídele a asistente de ventas que repase el pipeline'), NAME, 'es-ES')).to.deep.equal({
      kind: 'request',
      readings: [['repase', 'el', 'pipeline'], ['que', 'repase', 'el', 'pipeline']],
    });
    expect(parseInvocation(tokenize('abre asistente de ventas'), NAME, 'en-US')).to.equal(null);
  });
  it('takes the name after its article: "pregunta al asistente de ventas …", "pide al …", "abre el asistente de ventas"', () => {
    expect(parseInvocation(tokenize('pregunta al asistente de ventas qué cierra esta semana'), NAME, 'es-ES')).to.deep.equal({
      kind: 'request',
      readings: [['qué', 'cierra', 'esta', 'semana']],
    });
    expect(parseInvocation(tokenize('pídele al asistente de ventas que repase el pipeline'), NAME, 'es-ES')).to.deep.equal({
      kind: 'request',
      readings: [['repase', 'el', 'pipeline'], ['que', 'repase', 'el', 'pipeline']],
    });
    expect(parseInvocation(tokenize('abre el asistente de ventas'), NAME, 'es-ES')).to.deep.equal({ kind: 'launch' });
    expect(parseInvocation(tokenize('pregunta al asistente de ventas'), NAME, 'es-ES')).to.deep.equal({ kind: 'launch' });
  });
  it('hears Spanish built-in phrases, and not the English ones', () => {
    expect(intentOf(resolve('siguiente', spanish, inSpanish(true))).name).to.equal('AMAZON.NextIntent');
    expect(intentOf(resolve('sí', spanish, inSpanish(true))).name).to.equal('AMAZON.YesIntent');
    expect(intentOf(resolve('para', spanish, inSpanish(true))).name).to.equal('AMAZON.StopIntent');
    expect(intentOf(resolve('eso es todo gracias', spanish, inSpanish(true))).name).to.equal('AMAZON.StopIntent');
    expect(intentOf(resolve('next', spanish, inSpanish(true))).name).to.equal('AMAZON.FallbackIntent');
  });
  describe('hears a request as Spain says it, not only as the samples were first written', () => {
    /** The intent a request in session reaches, and each slot's resolved id (or its value, for a built-in type). */
    function heard(text: string): { name: string; slots: Record<string, string> } {
      const intent = intentOf(resolve(text, spanish, inSpanish(true)));
      const slots = Object.fromEntries(Object.values(intent.slots ?? {}).filter((s) => s.value).map((s) => [s.name, s.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id ?? s.value!]));
      return { name: intent.name, slots };
    }
    const cases: [string, string, Record<string, string>][] = [
      // The adjective after the noun, and "gordas" for the biggest.
      ['cuáles son mis oportunidades más gordas', 'TopOpportunitiesIntent', { scope: 'MINE' }],
      ['dame mis cinco oportunidades más grandes', 'MyTopOpportunitiesIntent', { count: '5' }],
      ['cuál es mi oportunidad más grande', 'BiggestDealIntent', { scope: 'MINE' }],
      // Whose, said with a pronoun before the verb: "se me", "se nos".
      ['qué se me está retrasando', 'SlippingDealsIntent', { scope: 'MINE' }],
      ['qué se nos está retrasando', 'SlippingDealsIntent', { scope: 'TEAM' }],
      ['qué oportunidades están atrasadas', 'SlippingDealsIntent', {}],
      // "Qué tal" for "cómo", and the period alone.
      ['qué tal va el trimestre', 'PipelineIntent', { period: 'THIS_QUARTER' }],
      ['qué tal va el pipeline del mes que viene', 'PipelineIntent', { period: 'NEXT_MONTH' }],
      ['qué tengo hoy en la agenda', 'MyDayIntent', { day: '2026-11-26' }],
      ['cómo voy con la cuota', 'QuotaAttainmentIntent', {}],
      ['quién va primero en el ranking', 'LeaderboardIntent', {}],
      ['dame un resumen', 'BriefingIntent', {}],
      ['cuál es el tamaño medio de mis oportunidades', 'AverageOpenDealIntent', { scope: 'MINE' }],
      ['cuántas oportunidades tengo abiertas', 'MyOpenDealsIntent', {}],
      ['háblame de la oportunidad de Northwind', 'DealDetailsIntent', { deal: 'SAMPLE_NORTHWIND' }],
      ['qué dice Einstein de Northwind', 'DealInsightsIntent', { deal: 'SAMPLE_NORTHWIND' }],
      ['cuáles son las tres oportunidades más grandes del equipo', 'TopOpportunitiesIntent', { count: '3', scope: 'TEAM' }],
      ['qué cierra esta semana de más de 50.000 dólares', 'TopOpportunitiesIntent', { period: 'THIS_WEEK', amount: '50000' }],
      ['qué me queda por cerrar este mes', 'MyTopOpportunitiesIntent', { period: 'THIS_MONTH' }],
      ['qué oportunidades cierran en enero', 'TopOpportunitiesIntent', { period: 'JANUARY' }],
      ['dime las oportunidades de Lena de más de medio millón', 'TopOpportunitiesIntent', { person: 'lena', amount: '500000' }],
      ['qué tareas tengo pendientes', 'MyTasksIntent', {}],
      ['vamos con la revisión', 'ReviewStartIntent', {}],
      ['cuántas oportunidades hemos ganado este año', 'WinsLossesIntent', { period: 'THIS_YEAR' }],
      ['cuáles son las oportunidades más gordas del trimestre', 'TopOpportunitiesIntent', { period: 'THIS_QUARTER' }],
      ['cuánto pipeline tenemos para el trimestre que viene', 'TeamOpenDealsIntent', { period: 'NEXT_QUARTER' }],
      ['cuánto me queda para la cuota', 'QuotaAttainmentIntent', {}],
      ['dame las 4 oportunidades más grandes de James', 'TopOpportunitiesIntent', { count: '4', person: 'james' }],
      ['qué hay para hoy', 'MyDayIntent', { day: '2026-11-26' }],
      ['cuál fue nuestra mayor victoria este año', 'WinsLossesIntent', { scope: 'TEAM', period: 'THIS_YEAR' }],
      // Wins said as what was closed, won or sold, and how much.
      ['qué hemos cerrado este mes', 'WonDealsIntent', { period: 'THIS_MONTH' }],
      ['cuánto hemos ganado este trimestre', 'WonDealsIntent', { period: 'THIS_QUARTER' }],
      ['cuánto llevo de cuota', 'QuotaAttainmentIntent', {}],
      ['cuál es la puntuación de Northwind', 'DealScoreIntent', { deal: 'SAMPLE_NORTHWIND' }],
      ['cuánto vale el pipeline del equipo', 'OpenDealsIntent', { scope: 'TEAM' }],
      // Periods as a rep says them.
      ['qué cierra antes de fin de mes', 'TopOpportunitiesIntent', { period: 'THIS_MONTH' }],
      ['cómo va la previsión del trimestre', 'ForecastIntent', { period: 'THIS_QUARTER' }],
      // The review, masculine or with a bare verb.
      ['pasa al siguiente', 'AMAZON.NextIntent', {}],
      ['vuelve', 'AMAZON.PreviousIntent', {}],
      ['vale gracias', 'AMAZON.StopIntent', {}],
      // A meeting at one o'clock ("a la una"), and a day without "el" or "para" ("pasado mañana").
      ['programa una reunión con Northwind pasado mañana a la una', 'ScheduleMeetingIntent', { person: 'northwind', date: '2026-11-28', time: '01:00' }],
    ];
    for (const [text, name, slots] of cases) {
      it(`"${text}" → ${name} ${JSON.stringify(slots)}`, () => {
        expect(heard(text)).to.deep.equal({ name, slots });
      });
    }
  });
  it('ends the session on "salir" in Spanish, where English says "exit"', () => {
    expect(resolve('salir', spanish, inSpanish(true))).to.deep.equal({ kind: 'end-session' });
  });
  it("reads Spanish days with chrono-node's Spanish parser, 'el martes que viene' as the coming Tuesday", () => {
    // NOW is Thursday 2026-11-26.
    expect(toAlexaDate(['mañana'], NOW, TIME_ZONE, 'es-ES')).to.equal('2026-11-27');
    expect(toAlexaDate(tokenize('el martes que viene'), NOW, TIME_ZONE, 'es-ES')).to.equal('2026-12-01');
    expect(toAlexaDate(tokenize('el próximo martes'), NOW, TIME_ZONE, 'es-ES')).to.equal('2026-12-01');
    expect(toAlexaDate(tokenize('el 15 de diciembre'), NOW, TIME_ZONE, 'es-ES')).to.equal('2026-12-15');
    expect(toAlexaDate(tokenize('el martes que viene'), NOW, TIME_ZONE, 'en-US')).to.equal(null);
  });
  it('reads Spanish weeks, months and years relative to today, the coming one either way round, as AMAZON.DATE periods', () => {
    // NOW is Thursday 2026-11-26, in ISO week 48.
    const date = (text: string, locale = 'es-ES') => toAlexaDate(tokenize(text), NOW, TIME_ZONE, locale);
    expect(date('la semana que viene')).to.equal('2026-W49');
    expect(date('la próxima semana')).to.equal('2026-W49');
    expect(date('esta semana')).to.equal('2026-W48');
    expect(date('la semana pasada')).to.equal('2026-W47');
    expect(date('este mes')).to.equal('2026-11');
    expect(date('el mes que viene')).to.equal('2026-12');
    expect(date('el próximo mes')).to.equal('2026-12');
    expect(date('el mes pasado')).to.equal('2026-10');
    expect(date('este fin de semana')).to.equal('2026-W48-WE');
    expect(date('este año')).to.equal('2026');
    expect(date('el año que viene')).to.equal('2027');
    // English keeps its own.
    expect(date('la semana que viene', 'en-US')).to.equal(null);
  });
  it('reads "pasado mañana" as two days on, and a day of the month alone ("el día 15", "el 30") as the next such day', () => {
    const date = (text: string) => toAlexaDate(tokenize(text), NOW, TIME_ZONE, 'es-ES');
    expect(date('pasado mañana')).to.equal('2026-11-28');
    expect(date('el día 15')).to.equal('2026-12-15');
    expect(date('el 30')).to.equal('2026-11-30');
    expect(date('el día 26')).to.equal('2026-11-26');
    // November has no 31st: the next month that has one.
    expect(date('el día 31')).to.equal('2026-12-31');
  });
  it('reads "10", "diez", "10:30", "10 y media", "11 menos cuarto" and "5 de la tarde" as clock times', () => {
    const time = (text: string) => toAlexaTime(tokenize(text), 'es-ES');
    expect(time('10')).to.equal('10:00');
    expect(time('diez')).to.equal('10:00');
    expect(time('10:30')).to.equal('10:30');
    expect(time('10 y media')).to.equal('10:30');
    expect(time('diez y cuarto')).to.equal('10:15');
    expect(time('11 menos cuarto')).to.equal('10:45');
    expect(time('diez y treinta y cinco')).to.equal('10:35');
    expect(time('5 de la tarde')).to.equal('17:00');
    expect(time('cinco de la tarde')).to.equal('17:00');
    // English reads neither the Spanish words nor the Spanish way round.
    expect(toAlexaTime(tokenize('diez'))).to.equal(null);
    expect(toAlexaTime(tokenize('10 y media'))).to.equal(null);
  });
  it('reads "el martes que viene a las diez" as its day and its hour, as the meeting samples split it', () => {
    expect(toAlexaDate(tokenize('el martes que viene'), NOW, TIME_ZONE, 'es-ES')).to.equal('2026-12-01');
    expect(toAlexaTime(tokenize('diez'), 'es-ES')).to.equal('10:00');
  });
  it('reads figures as Spanish writes them: "1,5 millones", "250 mil", "250.000"', () => {
    expect(parseCardinal(tokenize('1,5 millones'), 'es-ES')).to.equal(1_500_000);
    expect(parseCardinal(tokenize('250 mil'), 'es-ES')).to.equal(250_000);
    expect(parseCardinal(tokenize('250.000'), 'es-ES')).to.equal(250_000);
    expect(parseCardinal(tokenize('3'), 'es-ES')).to.equal(3);
    expect(parseCardinal(tokenize('tres'), 'es-ES')).to.equal(3);
    expect(parseCardinal(tokenize('veinticinco'), 'es-ES')).to.equal(25);
    expect(parseCardinal(tokenize('cuarenta y dos'), 'es-ES')).to.equal(42);
    expect(parseCardinal(tokenize('tres'), 'en-US')).to.equal(null);
    // English keeps its own: "250.000" is no whole number there, and "mil" no scale.
    expect(parseCardinal(tokenize('250.000'), 'en-US')).to.equal(null);
    expect(parseCardinal(tokenize('250 mil'), 'en-US')).to.equal(null);
  });
  it('reads amounts in Spanish words: "cien mil", "doscientos cincuenta mil", "un millón", "dos millones quinientos mil"', () => {
    const figure = (text: string) => parseCardinal(tokenize(text), 'es-ES');
    expect(figure('cien mil')).to.equal(100_000);
    expect(figure('doscientos cincuenta mil')).to.equal(250_000);
    expect(figure('ciento veinte mil')).to.equal(120_000);
    expect(figure('mil doscientos')).to.equal(1_200);
    expect(figure('un millón')).to.equal(1_000_000);
    expect(figure('dos millones quinientos mil')).to.equal(2_500_000);
    expect(figure('trescientos cuarenta y dos')).to.equal(342);
    expect(figure('medio millón')).to.equal(500_000);
    expect(figure('un millón y medio')).to.equal(1_500_000);
    expect(figure('millón y medio')).to.equal(1_500_000);
    expect(figure('dos millones y medio')).to.equal(2_500_000);
    // Not said that way: "un mil", "dos millón", a bare "ciento".
    expect(figure('un mil')).to.equal(null);
    expect(figure('dos millón')).to.equal(null);
    expect(figure('ciento')).to.equal(null);
  });
  it('reads Spanish ordinals: "la segunda", "el tercero", "tercer", "2ª"', () => {
    expect(parseOrdinal(['segunda'], 'es-ES')).to.equal(2);
    expect(parseOrdinal(['tercero'], 'es-ES')).to.equal(3);
    expect(parseOrdinal(['tercer'], 'es-ES')).to.equal(3);
    expect(parseOrdinal(['décima'], 'es-ES')).to.equal(10);
    expect(parseOrdinal(tokenize('2ª'), 'es-ES')).to.equal(2);
    expect(parseOrdinal(['segunda'], 'en-US')).to.equal(null);
    expect(parseOrdinal(['second'], 'es-ES')).to.equal(null);
  });
  it('reads Spanish durations: "1 hora", "media hora", "una hora y media", "hora y media", "1 hora y 15 minutos"', () => {
    expect(toAlexaDuration(tokenize('1 hora'))).to.equal('PT1H');
    expect(toAlexaDuration(tokenize('45 minutos'))).to.equal('PT45M');
    expect(toAlexaDuration(tokenize('media hora'))).to.equal('PT30M');
    expect(toAlexaDuration(tokenize('una hora y media'))).to.equal('PT1H30M');
    expect(toAlexaDuration(tokenize('hora y media'))).to.equal('PT1H30M');
    expect(toAlexaDuration(tokenize('1 hora y 15 minutos'))).to.equal('PT1H15M');
    expect(toAlexaDuration(tokenize('2 semanas'))).to.equal('P2W');
    // Spanish number words in the device's locale only: "retrásala dos semanas".
    expect(toAlexaDuration(tokenize('dos semanas'), 'es-ES')).to.equal('P2W');
    expect(toAlexaDuration(tokenize('tres días'), 'es-ES')).to.equal('P3D');
    expect(toAlexaDuration(tokenize('dos semanas'), 'en-US')).to.equal(null);
  });
});
