/**
 * The writes in Spanish, through the simulator's es-ES model, the skill, jsforce and the local org: a deal pushed a
 * week ("retrásala una semana"), moved to a stage ("pásala a …"), put in commit ("ponla en commit"), its amount
 * changed ("cambia el importe a 80.000") and lost ("hemos perdido Globex"); a call, and a reminder to call "al
 * cliente" (the customer of the deal just heard); a new opportunity "de 75 mil dólares"; a
 * case with "con prioridad alta" said in its subject; follow-ups ("¿y el trimestre que viene?", "¿y Lena?"). What
 * each record must hold after is worked out here from the org's store, not by the skill's helpers.
 */
import { expect } from 'chai';
import { SPANISH_LABELS } from '../../local/org/schema';
import { addDays, format, parseISO } from 'date-fns';
import type { SObjectRecord } from '../../local/org/types';
import { managerIn, useLocalStack } from '../support/conversation';
import { byAmount, closesIn, listedDeal, quarterRange, ssmlEscaped, todayIn } from '../support/orgFacts';
import { accountNamed, ids, newSince, openDealOf, plainAccounts } from '../support/storeRecords';


describe('writes in Spanish (es-ES)', () => {
  const stack = useLocalStack();
  const manager = managerIn(stack, 'es-ES');
  const spanish = manager.talk;
  const timeZone = manager.timeZone;
  const store = () => stack().org.store;

  const plainAccount = plainAccounts(stack);

  it('pushes "la" a week, moves it to a stage, puts it in commit, changes its amount, and marks Globex lost', async () => {
    const deal = openDealOf(stack(), 'Globex Corporation');
    const talk = spanish();
    await talk.say('pide a asistente de ventas cuéntame más de la oportunidad de globex');
    const week = format(addDays(parseISO(String(deal.CloseDate)), 7), 'yyyy-MM-dd');
    expect((await talk.say('retrásala una semana')).speech).to.match(new RegExp(`^¿Retraso ${deal.Name}, que cierra .+, para que cierre .+\\?$`));
    expect(store().get('Opportunity', deal.Id)!.CloseDate, 'nothing written before "sí"').to.equal(deal.CloseDate);
    expect((await talk.say('sí')).speech).to.match(new RegExp(`^Hecho\\. ${deal.Name} cierra ahora .+\\.`));
    expect(store().get('Opportunity', deal.Id)!.CloseDate).to.equal(week);

    const target = deal.StageName === 'Negotiation/Review' ? ['Proposal/Price Quote', 'propuesta'] : ['Negotiation/Review', 'negociación'];
    // Both stages as the org labels them in Spanish (its describe with Accept-Language: es).
    expect((await talk.say(`pásala a ${target[1]}`)).speech).to.equal(`¿Paso ${deal.Name} de ${SPANISH_LABELS[String(deal.StageName)]} a ${SPANISH_LABELS[target[0]!]}?`);
    await talk.say('sí');
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(target[0]);

    expect((await talk.say('ponla en commit')).speech).to.match(new RegExp(`^¿Pongo ${deal.Name} en Commit en lugar de .+\\?$`));
    await talk.say('sí');
    expect(store().get('Opportunity', deal.Id)!.ForecastCategoryName).to.equal('Commit');

    expect((await talk.say('cambia el importe a 80.000')).speech).to.match(new RegExp(`^¿Cambio el importe de ${deal.Name} de .+ a 80\\.000 dólares\\?$`));
    await talk.say('sí');
    expect(store().get('Opportunity', deal.Id)!.Amount).to.equal(80_000);

    const lost = store().all('OpportunityStage').find((s) => s.IsClosed === true && s.IsWon === false)!;
    expect((await talk.say('hemos perdido globex')).speech).to.equal(`¿Marco ${deal.Name} como perdida hoy, pasándola de ${SPANISH_LABELS[target[0]!]} a ${SPANISH_LABELS[String(lost.ApiName)]}?`);
    await talk.say('sí');
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(lost.MasterLabel);
    expect(store().get('Opportunity', deal.Id)!.CloseDate).to.equal(todayIn(timeZone()));
  });

  it('pushes the review\'s deal a week ("retrásala una semana"), goes on with the review and counts it in the summary', async () => {
    const talk = spanish();
    await talk.say('abre asistente de ventas');
    const first = (await talk.say('vamos a repasar el pipeline')).speech;
    expect(first).to.match(/\. Di siguiente, o cámbiala\.$/);
    const accounts = store().all('Account');
    const deal = store().all('Opportunity').find((o) => o.IsClosed === false && first.includes(`: ${ssmlEscaped(listedDeal(o, accounts))}, `))!;
    expect(deal, `the review's first deal in: ${first}`).to.not.equal(undefined);
    const week = format(addDays(parseISO(String(deal.CloseDate)), 7), 'yyyy-MM-dd');
    await talk.say('retrásala una semana');
    // The review goes on after the write, instead of "¿Qué más puedo hacer por ti?".
    expect((await talk.say('sí')).speech).to.match(/^Hecho\. .+ cierra ahora .+\. Di siguiente para seguir\.$/);
    expect(store().get('Opportunity', deal.Id)!.CloseDate).to.equal(week);
    expect((await talk.say('eso es todo por hoy')).speech).to.match(/^Has revisado 1 de \d+ oportunidades\. Cambios: aplazadas: 1\. /);
  });

  it('says back "la fecha de cierre" caught where a deal\'s name goes, instead of searching for a deal so called', async () => {
    const talk = spanish();
    const account = plainAccount();
    const deal = openDealOf(stack(), String(account.Name));
    await talk.say(`pide a asistente de ventas cuéntame más de la oportunidad de ${String(account.Name).toLowerCase()}`);
    stack().org.resetCounters();
    const { speech } = await talk.say('pasa la fecha de cierre a negociación');
    expect(speech).to.equal('He oído la fecha de cierre, pero no puedo usar negociación para eso, así que no he cambiado nada. '
      + 'Dime un día, por ejemplo: pásala al 15 de marzo. ¿Qué más puedo hacer por ti?');
    // No search for a deal called "la fecha de cierre", and nothing written.
    expect(stack().org.counters().dataApiCalls).to.equal(0);
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(deal.StageName);
  });

  it('logs a call with its notes, and a reminder to call "al cliente": the customer of the deal just heard', async () => {
    const talk = spanish();
    await talk.say('abre asistente de ventas');
    const before = ids(stack(), 'Task');
    expect((await talk.say('apunta una llamada con initech, necesitan las cifras antes del jueves')).speech)
      .to.equal('¿Apunto una llamada con Initech de hoy, con la nota: Necesitan las cifras antes del jueves?');
    await talk.say('sí');
    const [call] = newSince(stack(), 'Task', before);
    expect(call).to.include({ WhatId: accountNamed(stack(), 'Initech').Id, Subject: 'Llamada con Initech', TaskSubtype: 'Call', Status: 'Completed', ActivityDate: todayIn(timeZone()), Description: 'Necesitan las cifras antes del jueves' });

    const account = plainAccount();
    const deal = openDealOf(stack(), String(account.Name));
    await talk.say(`cuéntame más de la oportunidad de ${String(account.Name).toLowerCase()}`);
    const beforeReminder = ids(stack(), 'Task');
    expect((await talk.say('recuérdame llamar al cliente mañana')).speech).to.equal(`¿Te recuerdo llamar a ${account.Name} mañana, a las 9:00?`);
    await talk.say('sí');
    const [reminder] = newSince(stack(), 'Task', beforeReminder);
    const tomorrow = format(addDays(parseISO(todayIn(timeZone())), 1), 'yyyy-MM-dd');
    expect(reminder).to.include({ Subject: `Llamar a ${account.Name}`, ActivityDate: tomorrow, IsReminderSet: true });
    expect([reminder!.WhatId, reminder!.AccountId]).to.include.oneOf([deal.Id, deal.AccountId]);
  });

  it('registers a new opportunity said in one Spanish sentence, its amount said as "75 mil"', async () => {
    const talk = spanish();
    await talk.say('abre asistente de ventas');
    const before = ids(stack(), 'Opportunity');
    const ask = await talk.say('crea una oportunidad para initech de 75 mil dólares con cierre el 15 de marzo');
    expect(ask.speech).to.match(/^¿Creo Initech - marzo \d{4}, por 75\.000 dólares, con cierre el 15 de marzo( de \d{4})?\?$/);
    await talk.say('sí');
    const [created] = newSince(stack(), 'Opportunity', before);
    const year = String(created!.CloseDate).slice(0, 4);
    expect(created).to.include({ AccountId: accountNamed(stack(), 'Initech').Id, Amount: 75_000, CloseDate: `${year}-03-15`, Name: `Initech - marzo ${year}` });
    expect(`${year}-03-15` >= todayIn(timeZone()), 'the next 15 March, never a past one').to.equal(true);
  });

  it('opens a case, taking "con prioridad alta" out of the subject as its priority', async () => {
    const talk = spanish();
    await talk.say('abre asistente de ventas');
    const before = ids(stack(), 'Case');
    await talk.say('abre un caso para initech');
    expect((await talk.say('es por problemas con el escáner, con prioridad alta')).speech)
      .to.equal('¿Abro un caso de prioridad alta para Initech sobre problemas con el escáner?');
    await talk.say('sí');
    const [created] = newSince(stack(), 'Case', before);
    expect(created).to.include({ AccountId: accountNamed(stack(), 'Initech').Id, Subject: 'Problemas con el escáner', Priority: 'High' });
  });

  it('"¿y el trimestre que viene?" and "¿y Lena?" ask the last question again with one part changed', async () => {
    const talk = spanish();
    const open = store().all('Opportunity').filter((o) => o.IsClosed === false);
    const accounts = store().all('Account');
    /** The deals `speech` lists, in the order it lists them. */
    const listed = (speech: string): SObjectRecord[] => open
      .map((deal) => ({ deal, at: speech.indexOf(ssmlEscaped(`${listedDeal(deal, accounts)}:`)) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at)
      .map(({ deal }) => deal);
    const nextQuarter = quarterRange(todayIn(timeZone()), 1);

    await talk.say('pide a asistente de ventas cuáles son mis 3 mejores oportunidades');
    const mine = byAmount(open.filter((o) => o.OwnerId === manager.userId() && closesIn(o, nextQuarter))).slice(0, 3);
    expect(mine, 'Maria has deals closing next quarter').to.not.be.empty;
    const quarter = (await talk.say('y el trimestre que viene')).speech;
    expect(quarter).to.include('con cierre el próximo trimestre');
    expect(listed(quarter).map((d) => d.Id)).to.deep.equal(mine.map((d) => d.Id));

    const lena = store().all('User').find((u) => u.Username === 'lena.rep@summitpeak.demo')!;
    const hers = byAmount(open.filter((o) => o.OwnerId === lena.Id && closesIn(o, nextQuarter))).slice(0, 3);
    expect(hers, 'Lena has deals closing next quarter').to.not.be.empty;
    const person = (await talk.say('y lena')).speech;
    expect(person).to.match(/^De Lena Fischer, /);
    expect(listed(person).map((d) => d.Id)).to.deep.equal(hers.map((d) => d.Id));
  });
});

/** Phrasings a rep says after a call that the first samples missed: the deal or account named inside the sentence. */
describe('writes in Spanish (es-ES), said as reps say them after a call', () => {
  // A Friday for the skill, the org and the simulator alike: "el lunes" and "el jueves" are days of the coming week
  // whatever day the tests run (on a Monday, "el lunes" would be today or a week away).
  const FRIDAY = new Date('2026-11-20T15:00:00Z');
  const stack = useLocalStack({ clock: () => FRIDAY });
  const manager = managerIn(stack, 'es-ES', () => FRIDAY);
  const spanish = manager.talk;
  const timeZone = manager.timeZone;
  const store = () => stack().org.store;

  it('changes the amount, close date and stage of a deal named inside the sentence ("pon 80.000 en la oportunidad de Globex")', async () => {
    const deal = openDealOf(stack(), 'Globex Corporation');
    const talk = spanish();
    await talk.say('abre asistente de ventas');
    const said = async (line: string) => {
      const speech = (await talk.say(line)).speech;
      expect(speech, line).to.match(new RegExp(`^¿.+ ${deal.Name}`));
      await talk.say('sí');
    };
    await said('pon 80.000 en la oportunidad de globex');
    expect(store().get('Opportunity', deal.Id)!.Amount).to.equal(80_000);
    await said('el importe de globex es 45.000');
    expect(store().get('Opportunity', deal.Id)!.Amount).to.equal(45_000);
    await said('mueve el cierre de globex al 15 de enero');
    const closeDate = String(store().get('Opportunity', deal.Id)!.CloseDate);
    expect(closeDate).to.match(/^\d{4}-01-15$/);
    expect(closeDate > todayIn(timeZone(), FRIDAY), 'the next 15 January').to.equal(true);
    const target = deal.StageName === 'Negotiation/Review' ? ['Proposal/Price Quote', 'propuesta'] : ['Negotiation/Review', 'negociación'];
    await said(`sube globex a ${target[1]}`);
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(target[0]);
    await said('globex pasa a cerrada ganada');
    expect(store().get('Opportunity', deal.Id)!.IsWon).to.equal(true);
  });

  it('sets a reminder said with its day first ("ponme un recordatorio para el lunes de llamar a Globex")', async () => {
    const talk = spanish();
    await talk.say('abre asistente de ventas');
    const before = ids(stack(), 'Task');
    expect((await talk.say('ponme un recordatorio para el lunes de llamar a globex')).speech).to.equal('¿Te recuerdo llamar a Globex Corporation el lunes, a las 9:00?');
    await talk.say('sí');
    const [reminder] = newSince(stack(), 'Task', before);
    const today = parseISO(todayIn(timeZone(), FRIDAY));
    const monday = format(addDays(today, ((8 - today.getDay()) % 7) || 7), 'yyyy-MM-dd');
    expect(reminder).to.include({ Subject: 'Llamar a Globex Corporation', ActivityDate: monday, IsReminderSet: true });
  });

  it('creates an opportunity named "de Globex" with its amount ("crea una oportunidad de Globex de 12.000 para el 15 de marzo")', async () => {
    const talk = spanish();
    await talk.say('abre asistente de ventas');
    const before = ids(stack(), 'Opportunity');
    expect((await talk.say('crea una oportunidad de globex de 12.000 para el 15 de marzo')).speech).to.match(/^¿Creo Globex Corporation - marzo \d{4}, por 12\.000 dólares, con cierre el 15 de marzo( de \d{4})?\?$/);
    await talk.say('sí');
    const [created] = newSince(stack(), 'Opportunity', before);
    expect(created).to.include({ AccountId: accountNamed(stack(), 'Globex Corporation').Id, Amount: 12_000 });
    expect(String(created!.CloseDate)).to.match(/^\d{4}-03-15$/);
  });
  it('takes "no, mejor el jueves" at a reminder\'s confirmation as its new day, not as a meeting', async () => {
    const talk = spanish();
    await talk.say('abre asistente de ventas');
    const before = ids(stack(), 'Task');
    await talk.say('recuérdame llamar a globex el martes');
    expect((await talk.say('no, mejor el jueves')).speech).to.equal('¿Te recuerdo llamar a Globex Corporation el jueves, a las 9:00?');
    await talk.say('sí');
    const [reminder] = newSince(stack(), 'Task', before);
    const today = parseISO(todayIn(timeZone(), FRIDAY));
    const thursday = format(addDays(today, ((11 - today.getDay()) % 7) || 7), 'yyyy-MM-dd');
    expect(reminder).to.include({ Subject: 'Llamar a Globex Corporation', ActivityDate: thursday });
  });

  it('opens "una incidencia" and "un caso urgente", the priority said as an adjective', async () => {
    const talk = spanish();
    await talk.say('abre asistente de ventas');
    const before = ids(stack(), 'Case');
    expect((await talk.say('abre un caso urgente para globex sobre el escáner')).speech).to.match(/^¿Abro un caso de prioridad alta para Globex Corporation sobre /);
    await talk.say('sí');
    expect((await talk.say('crea una incidencia para globex por la impresora no imprime')).speech).to.match(/^¿Abro un caso de prioridad media para Globex Corporation sobre /);
    await talk.say('sí');
    const created = newSince(stack(), 'Case', before);
    const globex = accountNamed(stack(), 'Globex Corporation').Id;
    expect(created.map((c) => [c.AccountId, c.Priority])).to.deep.equal([[globex, 'High'], [globex, 'Medium']]);
  });

  it('schedules "reunión con Lena mañana a las 15" and a follow-up said as "hacer seguimiento con Globex"', async () => {
    const talk = spanish();
    await talk.say('abre asistente de ventas');
    expect((await talk.say('reunión con lena mañana a las 15')).speech).to.equal('¿Programo la reunión con Lena mañana a las 15:00, de 30 minutos?');
    await talk.say('no');
    expect((await talk.say('recuérdame hacer seguimiento con globex el martes')).speech).to.match(/^¿Te recuerdo .+ Globex Corporation el martes/);
  });
});
