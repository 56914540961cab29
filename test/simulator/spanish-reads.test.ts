/**
 * The simulator's NLU routes Spanish questions of the read-only conversations (my day, briefing, forecast, quota,
 * leaderboard, campaigns, insights, scores, deal stats) to their intents with the slots said, against the generated
 * es-ES model: a sample lost to another intent's (the pipeline's, the wins') would be found here.
 */
import { expect } from 'chai';
import { heardIn } from './helpers';

const heard = heardIn('es-ES');

describe('simulator NLU in Spanish: the read-only conversations', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['qué tengo hoy', 'MyDayIntent', { day: '2026-11-26' }],
    ['cómo es mi día mañana', 'MyDayIntent', { day: '2026-11-27' }],
    ['qué reuniones tengo mañana', 'MyMeetingsIntent', { day: '2026-11-27' }],
    ['cuáles son mis tareas atrasadas', 'MyTasksIntent', {}],
    ['ponme al día', 'BriefingIntent', {}],
    ['qué ha cambiado en las oportunidades del equipo', 'BriefingIntent', { scope: 'TEAM' }],
    ['cuál es mi previsión', 'ForecastIntent', { scope: 'MINE' }],
    ['cuál es la previsión del equipo para el próximo trimestre', 'TeamForecastIntent', { period: 'NEXT_QUARTER' }],
    ['cómo voy de cuota', 'QuotaAttainmentIntent', {}],
    ['cómo van mis comerciales de cuota', 'TeamQuotaAttainmentIntent', {}],
    ['quién ha vendido más este trimestre', 'LeaderboardIntent', { period: 'THIS_QUARTER' }],
    ['quiénes son los 3 mejores comerciales', 'LeaderboardIntent', { count: '3' }],
    ['cómo va la campaña spring launch', 'CampaignReportIntent', { campaign: 'spring launch' }],
    ['qué campañas están activas', 'ActiveCampaignsIntent', {}],
    ['qué oportunidades están en riesgo', 'DealsAtRiskIntent', {}],
    ['cuáles de mis oportunidades están en riesgo', 'DealsAtRiskIntent', { scope: 'MINE' }],
    ['qué dice Einstein de esta oportunidad', 'DealInsightsIntent', {}],
    ['qué oportunidades tienen más posibilidades este trimestre', 'BestChanceDealsIntent', { period: 'THIS_QUARTER' }],
    ['cuál es su puntuación', 'DealScoreIntent', {}],
    ['cuántas oportunidades abiertas tengo', 'MyOpenDealsIntent', {}],
    ['cuántas oportunidades abiertas tenemos en commit', 'TeamOpenDealsIntent', { category: 'COMMIT' }],
    ['cuántas oportunidades abiertas hay de más de 500000 dólares', 'OpenDealsIntent', { amount: '500000' }],
    ['cuál es el importe medio de mis oportunidades ganadas el trimestre pasado', 'AverageWonDealIntent', { scope: 'MINE', period: 'LAST_QUARTER' }],
    ['cuál es el importe medio de las oportunidades abiertas del equipo', 'AverageOpenDealIntent', { scope: 'TEAM' }],
  ];
  for (const [utterance, intent, slots] of cases) {
    it(`"${utterance}" → ${intent} ${JSON.stringify(slots)}`, () => {
      expect(heard(utterance)).to.deep.equal({ intent, slots });
    });
  }
});
