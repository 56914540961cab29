/**
 * The writes in German, through the simulator's de-DE model, the skill, jsforce and the local org: a deal pushed a
 * week ("schieb ihn eine Woche"), moved to a stage and lost; a call and a reminder for "sie" (the customer of the
 * deal just heard); a new deal; a case with its priority said in the subject. What each record must hold after is
 * worked out here from the org's store, not by the skill's helpers.
 */
import { expect } from 'chai';
import { GERMAN_LABELS } from '../../local/org/schema';
import { addDays, format, parseISO } from 'date-fns';
import type { LocalStack } from '../../local/stack';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';
import { todayIn } from '../support/orgFacts';

const ids = (stack: LocalStack, type: string) => new Set(stack.org.store.all(type).map((r) => r.Id));
const newSince = (stack: LocalStack, type: string, before: Set<string>) => stack.org.store.all(type).filter((r) => !before.has(r.Id));

describe('writes in German (de-DE)', () => {
  const stack = useLocalStack();
  let token: string;
  let timeZone: string;
  before(async () => {
    const user = demoUser(stack(), 'manager');
    timeZone = String(stack().org.store.get('User', user.id)!.TimeZoneSidKey);
    token = (await stack().link(user.username)).accessToken;
  });
  const german = () => talkTo(stack(), { accessToken: token, locale: 'de-DE', timeZone });
  const store = () => stack().org.store;
  const accountNamed = (name: string) => store().all('Account').find((a) => a.Name === name)!;
  /** The one open deal of an account, by the account's name. */
  const openDealOf = (account: string) => {
    const deals = store().all('Opportunity').filter((o) => o.AccountId === accountNamed(account).Id && o.IsClosed === false);
    expect(deals, `${account} has one open deal`).to.have.length(1);
    return deals[0]!;
  };

  it('pushes "ihn" a week from its close date, then "den hier" to a stage, and marks it lost', async () => {
    const deal = openDealOf('Globex Corporation');
    const talk = german();
    await talk.say('frag sales assistent erzähl mir mehr über den globex deal');
    const week = format(addDays(parseISO(String(deal.CloseDate)), 7), 'yyyy-MM-dd');
    expect((await talk.say('schieb ihn eine woche')).speech).to.match(/^.+ vom Abschluss .+ auf den Abschluss .+ verschieben\?$/);
    expect(store().get('Opportunity', deal.Id)!.CloseDate, 'nothing written before "ja"').to.equal(deal.CloseDate);
    expect((await talk.say('ja')).speech).to.match(/^Erledigt\. .+ schließt jetzt .+ ab\./);
    expect(store().get('Opportunity', deal.Id)!.CloseDate).to.equal(week);

    const target = deal.StageName === 'Negotiation/Review' ? ['Proposal/Price Quote', 'angebot'] : ['Negotiation/Review', 'verhandlung'];
    // Both stages as the org labels them in German (its describe with Accept-Language: de).
    expect((await talk.say(`setz den hier auf ${target[1]}`)).speech).to.equal(`${deal.Name} von ${GERMAN_LABELS[String(deal.StageName)]} auf ${GERMAN_LABELS[target[0]!]} setzen?`);
    await talk.say('ja');
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(target[0]);

    const lost = store().all('OpportunityStage').find((s) => s.IsClosed === true && s.IsWon === false)!;
    expect((await talk.say('wir haben den globex deal verloren')).speech).to.equal(`${deal.Name} heute als verloren markieren, von ${GERMAN_LABELS[target[0]!]} auf ${GERMAN_LABELS[String(lost.ApiName)]}?`);
    await talk.say('ja');
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(lost.MasterLabel);
    expect(store().get('Opportunity', deal.Id)!.CloseDate).to.equal(todayIn(timeZone));
  });

  it('logs a call with its notes, and a reminder to call "sie": the customer of the deal just heard', async () => {
    const talk = german();
    await talk.say('öffne sales assistent');
    const before = ids(stack(), 'Task');
    expect((await talk.say('trag einen anruf ein mit initech, sie brauchen die zahlen bis donnerstag')).speech)
      .to.equal('Einen Anruf mit Initech von heute eintragen, mit der Notiz: Sie brauchen die zahlen bis donnerstag?');
    await talk.say('ja');
    const [call] = newSince(stack(), 'Task', before);
    expect(call).to.include({ WhatId: accountNamed('Initech').Id, Subject: 'Anruf mit Initech', TaskSubtype: 'Call', Status: 'Completed', ActivityDate: todayIn(timeZone), Description: 'Sie brauchen die zahlen bis donnerstag' });

    // An account whose name is plain words, with one open deal: "erzähl mir mehr über den <account> deal" finds it.
    const open = store().all('Opportunity').filter((o) => o.IsClosed === false);
    const account = store().all('Account').find((a) => a.Name !== 'Globex Corporation' && /^[A-Za-z]+( [A-Za-z]+)*$/.test(String(a.Name)) && open.filter((o) => o.AccountId === a.Id).length === 1)!;
    const deal = openDealOf(String(account.Name));
    await talk.say(`erzähl mir mehr über den ${String(account.Name).toLowerCase()} deal`);
    const beforeReminder = ids(stack(), 'Task');
    expect((await talk.say('erinnere mich sie morgen anzurufen')).speech).to.equal(`Dich erinnern, ${account.Name} morgen anzurufen, um 09:00 Uhr?`);
    await talk.say('ja');
    const [reminder] = newSince(stack(), 'Task', beforeReminder);
    const tomorrow = format(addDays(parseISO(todayIn(timeZone)), 1), 'yyyy-MM-dd');
    expect(reminder).to.include({ Subject: `${account.Name} anrufen`, ActivityDate: tomorrow, IsReminderSet: true });
    expect([reminder!.WhatId, reminder!.AccountId]).to.include.oneOf([deal.Id, deal.AccountId]);
  });

  it('registers a new deal said in one German sentence', async () => {
    const talk = german();
    await talk.say('öffne sales assistent');
    const before = ids(stack(), 'Opportunity');
    const ask = await talk.say('leg einen deal für initech an im wert von 50000 dollar mit abschluss am 15. märz');
    expect(ask.speech).to.match(/^Initech - März \d{4} anlegen, im Wert von 50\.000 Dollar, Abschluss am 15\. März( \d{4})?\?$/);
    await talk.say('ja');
    const [created] = newSince(stack(), 'Opportunity', before);
    const year = String(created!.CloseDate).slice(0, 4);
    expect(created).to.include({ AccountId: accountNamed('Initech').Id, Amount: 50_000, CloseDate: `${year}-03-15`, Name: `Initech - März ${year}` });
    expect(`${year}-03-15` >= todayIn(timeZone), 'the next 15 March, never a past one').to.equal(true);
  });

  it('opens a case, taking "mit hoher Priorität" out of the subject as its priority', async () => {
    const talk = german();
    await talk.say('öffne sales assistent');
    const before = ids(stack(), 'Case');
    await talk.say('leg einen case für initech an');
    expect((await talk.say('es geht um probleme mit dem scanner, mit hoher priorität')).speech)
      .to.equal('Einen Case mit Priorität hoch für Initech anlegen, Thema: Probleme mit dem scanner?');
    await talk.say('ja');
    const [created] = newSince(stack(), 'Case', before);
    expect(created).to.include({ AccountId: accountNamed('Initech').Id, Subject: 'Probleme mit dem scanner', Priority: 'High' });

    // A subject of the catalog is written as the German model writes it, nouns capitalised.
    const beforeCatalog = ids(stack(), 'Case');
    expect((await talk.say('leg einen case für initech an wegen eines kaputten druckers')).speech)
      .to.equal('Einen Case mit Priorität mittel für Initech anlegen, Thema: Kaputter Drucker?');
    await talk.say('ja');
    expect(newSince(stack(), 'Case', beforeCatalog)[0]).to.include({ Subject: 'Kaputter Drucker', Priority: 'Medium' });
  });
});
