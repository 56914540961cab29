/**
 * The simulator's NLU routes Spanish requests of the writes (deal updates, calls, notes, reminders, new opportunities,
 * cases) and the follow-up questions to their intents with the slots said, against the generated es-ES model: a
 * sample lost to another intent's (a stage to the forecast category, a reminder's day to a new deal's close date)
 * would be found here.
 */
import { expect } from 'chai';
import { loadInteractionModel, resolve } from '../../local/simulator';
import { interactionModelFile } from '../../models/build';
import { nluState } from './helpers';

const spanish = loadInteractionModel(interactionModelFile('es-ES'));

/** The intent and its filled slots' resolved ids (or values) for a request in an open session. */
function heard(utterance: string): { intent: string; slots: Record<string, string> } {
  const resolution = resolve(utterance, spanish, nluState(true, { locale: 'es-ES' }));
  if (resolution.kind !== 'intent') throw new Error(`"${utterance}": ${JSON.stringify(resolution)}`);
  const slots: Record<string, string> = {};
  for (const [name, slot] of Object.entries(resolution.intent.slots ?? {})) {
    const id = slot.resolutions?.resolutionsPerAuthority?.find((r) => r.status.code === 'ER_SUCCESS_MATCH')?.values[0]?.value.id;
    if (slot.value) slots[name] = id ?? slot.value;
  }
  return { intent: resolution.intent.name, slots };
}

describe('simulator NLU in Spanish: the writes and follow-up questions', () => {
  // The simulator's today here is Thursday 2026-11-26 (test/simulator/helpers.ts).
  const cases: [string, string, Record<string, string>][] = [
    ['retrásala una semana', 'UpdateDealCloseDateIntent', { shift: 'P1W' }],
    ['retrasa la oportunidad de globex dos semanas', 'UpdateDealCloseDateIntent', { deal: 'globex', shift: 'P2W' }],
    ['pásala al 15 de enero', 'UpdateDealCloseDateIntent', { closeDate: '2027-01-15' }],
    ['cambia la fecha de cierre de initech al 20 de diciembre', 'UpdateDealCloseDateIntent', { deal: 'initech', closeDate: '2026-12-20' }],
    ['pásala a negociación', 'UpdateDealStageIntent', { stage: 'Negotiation/Review' }],
    ['pasa la oportunidad de acme a propuesta', 'UpdateDealStageIntent', { deal: 'acme', stage: 'Proposal/Price Quote' }],
    ['ponla en commit', 'UpdateDealForecastIntent', { category: 'COMMIT' }],
    ['mete la oportunidad de globex en best case', 'UpdateDealForecastIntent', { deal: 'globex', category: 'BEST_CASE' }],
    ['cambia el importe a 80.000', 'UpdateDealAmountIntent', { amount: '80000' }],
    ['cambia el importe de globex a 1,5 millones de dólares', 'UpdateDealAmountIntent', { deal: 'globex', amount: '1500000' }],
    ['el siguiente paso es enviar la propuesta', 'UpdateDealNextStepIntent', { nextStep: 'enviar la propuesta' }],
    ['la hemos ganado', 'MarkDealWonIntent', {}],
    ['hemos ganado la oportunidad de initech', 'MarkDealWonIntent', { deal: 'initech' }],
    ['hemos perdido globex', 'MarkDealLostIntent', { deal: 'globex' }],
    ['la hemos perdido por el precio', 'MarkDealLostIntent', { reason: 'Price' }],
    ['apunta una llamada con globex', 'LogCallIntent', { account: 'globex' }],
    ['acabo de hablar con initech', 'LogCallIntent', { account: 'initech' }],
    ['añade una nota a la oportunidad de initech', 'AddNoteIntent', { deal: 'initech' }],
    ['apunta que quieren una demo', 'AddNoteIntent', { text: 'quieren una demo' }],
    ['recuérdame llamar a initech el lunes', 'CallReminderIntent', { account: 'initech', due: '2026-11-30' }],
    ['recuérdame hacer el seguimiento con globex mañana', 'FollowUpReminderIntent', { account: 'globex', due: '2026-11-27' }],
    ['recuérdame escribir un correo a acme el viernes', 'EmailReminderIntent', { account: 'acme', due: '2026-11-27' }],
    ['crea una oportunidad para initech de 50.000 dólares con cierre el 15 de marzo', 'CreateOpportunityIntent', { account: 'initech', amount: '50000', closeDate: '2027-03-15' }],
    ['abre un caso para acme por una impresora rota', 'CreateCaseIntent', { account: 'acme', subject: 'broken printer' }],
    ['abre un caso de prioridad alta para globex', 'CreateCaseIntent', { priority: 'High', account: 'globex' }],
    ['y el trimestre que viene', 'FollowUpIntent', { period: 'NEXT_QUARTER' }],
    ['y las de lena', 'FollowUpIntent', { person: 'lena' }],
    ['solo las de commit', 'FollowUpIntent', { category: 'COMMIT' }],
    ['solo las de lena', 'FollowUpIntent', { person: 'lena' }],
    ['y las perdidas', 'FollowUpIntent', { outcome: 'LOST' }],
  ];
  for (const [utterance, intent, slots] of cases) {
    it(`"${utterance}" → ${intent} ${JSON.stringify(slots)}`, () => {
      expect(heard(utterance)).to.deep.equal({ intent, slots });
    });
  }
});
