/**
 * The writes in German, through the simulator's de-DE model, the skill, jsforce and the local org: a deal pushed a
 * week ("schieb ihn eine Woche"), moved to a stage and lost; a call and a reminder for "sie" (the customer of the
 * deal just heard); a new deal; a case with its priority said in the subject. What each record must hold after is
 * worked out here from the org's store, not by the skill's helpers.
 */
import { expect } from 'chai';
import { GERMAN_LABELS } from '../../local/org/schema';
import { addDays, format, parseISO } from 'date-fns';
import { managerIn, useLocalStack } from '../support/conversation';
import { listedDeal, ssmlEscaped, todayIn } from '../support/orgFacts';
import { accountNamed, ids, newSince, openDealOf, plainAccounts } from '../support/storeRecords';


describe('writes in German (de-DE)', () => {
  const stack = useLocalStack();
  const manager = managerIn(stack, 'de-DE');
  const german = manager.talk;
  const timeZone = manager.timeZone;
  const store = () => stack().org.store;
  const plainAccount = plainAccounts(stack);

  it('pushes "ihn" a week from its close date, then "den hier" to a stage, and marks it lost', async () => {
    const deal = openDealOf(stack(), 'Globex Corporation');
    const talk = german();
    await talk.say('frag sales assistent erzähl mir mehr über den globex deal');
    const week = format(addDays(parseISO(String(deal.CloseDate)), 7), 'yyyy-MM-dd');
    expect((await talk.say('schieb ihn eine woche')).speech).to.match(/^.+ vom Abschluss .+ auf den Abschluss .+ verschieben\?$/);
    expect(store().get('Opportunity', deal.Id)!.CloseDate, 'nothing written before "ja"').to.equal(deal.CloseDate);
    expect((await talk.say('ja')).speech).to.match(/^Erledigt\. .+ schließt jetzt .+ ab\./);
    expect(store().get('Opportunity', deal.Id)!.CloseDate).to.equal(week);

    // Stages are said as the org labels them in German (its describe in German), written as their API values.
    const target = deal.StageName === 'Negotiation/Review' ? ['Proposal/Price Quote', 'angebot'] : ['Negotiation/Review', 'verhandlung'];
    const labelOf = (stage: unknown) => GERMAN_LABELS[String(stage)]!;
    expect((await talk.say(`setz den hier auf ${target[1]}`)).speech).to.equal(`${deal.Name} von ${labelOf(deal.StageName)} auf ${labelOf(target[0])} setzen?`);
    expect((await talk.say('ja')).speech).to.match(new RegExp(`^Erledigt\\. .+ steht jetzt auf ${labelOf(target[0])}\\.`));
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(target[0]);

    const lost = store().all('OpportunityStage').find((s) => s.IsClosed === true && s.IsWon === false)!;
    expect((await talk.say('wir haben den globex deal verloren')).speech).to.equal(`${deal.Name} heute als verloren markieren, von ${labelOf(target[0])} auf ${labelOf(lost.MasterLabel)}?`);
    await talk.say('ja');
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(lost.MasterLabel);
    expect(store().get('Opportunity', deal.Id)!.CloseDate).to.equal(todayIn(timeZone()));
  });

  it('changes the forecast category, the amount and the next step of "ihn", each confirmed before it is written', async () => {
    const account = plainAccount();
    const deal = openDealOf(stack(), String(account.Name));
    const talk = german();
    await talk.say(`frag sales assistent erzähl mir mehr über den ${String(account.Name).toLowerCase()} deal`);
    const category = deal.ForecastCategoryName === 'Best Case' ? ['Commit', 'commit'] : ['Best Case', 'best case'];
    expect((await talk.say(`setz ihn auf ${category[1]}`)).speech).to.equal(`${deal.Name} in ${category[0]} statt ${deal.ForecastCategoryName} einordnen?`);
    await talk.say('ja');
    expect(store().get('Opportunity', deal.Id)!.ForecastCategoryName).to.equal(category[0]);

    const amount = Number(deal.Amount) + 12_500;
    expect((await talk.say(`der betrag ist jetzt ${amount}`)).speech).to.match(new RegExp(`^Den Betrag von .+ auf ${amount.toLocaleString('de-DE')} Dollar ändern\\?$`));
    await talk.say('ja');
    expect(store().get('Opportunity', deal.Id)!.Amount).to.equal(amount);

    expect((await talk.say('der nächste schritt ist angebot schicken')).speech).to.equal(`Den nächsten Schritt bei ${deal.Name} auf Angebot schicken setzen?`);
    await talk.say('ja');
    expect(store().get('Opportunity', deal.Id)!.NextStep).to.equal('Angebot schicken');
  });

  it('says a stage someone else set meanwhile in German, in the news and in the question asked again', async () => {
    const account = plainAccount();
    const deal = openDealOf(stack(), String(account.Name));
    const talk = german();
    await talk.say(`frag sales assistent erzähl mir mehr über den ${String(account.Name).toLowerCase()} deal`);
    const [target, said] = deal.StageName === 'Negotiation/Review' ? ['Proposal/Price Quote', 'angebot'] : ['Negotiation/Review', 'verhandlung'];
    await talk.say(`setz ihn auf ${said}`);
    // Someone else moves the deal to another stage between the question and the "ja".
    const meanwhile = [deal.StageName, target].includes('Perception Analysis') ? 'Id. Decision Makers' : 'Perception Analysis';
    store().update('Opportunity', deal.Id, { StageName: meanwhile, LastModifiedDate: new Date(Date.now() + 5000).toISOString() }, { trusted: true });
    const { speech } = await talk.say('ja');
    const [now, to] = [GERMAN_LABELS[meanwhile]!, GERMAN_LABELS[target!]!];
    expect(speech).to.match(new RegExp(`^Jemand hat .+ geändert, seit ich ihn dir vorgelesen habe: Er steht jetzt auf ${now}, .+\\. .+ von ${now} auf ${to} setzen\\?$`));
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(meanwhile);
    await talk.say('ja');
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(target);
  });

  it('says back "das Abschlussdatum" caught where a deal\'s name goes, instead of searching for a deal so called', async () => {
    const talk = german();
    const account = plainAccount();
    const deal = openDealOf(stack(), String(account.Name));
    await talk.say(`frag sales assistent erzähl mir mehr über den ${String(account.Name).toLowerCase()} deal`);
    stack().org.resetCounters();
    const { speech } = await talk.say('setz das abschlussdatum auf verhandlung');
    expect(speech).to.equal('Ich habe das Abschlussdatum gehört, kann dafür aber verhandlung nicht verwenden, deshalb habe ich nichts geändert. '
      + 'Nenn einen Tag, zum Beispiel: schieb ihn auf den 15. März. Was kann ich sonst noch für dich tun?');
    // No search for a deal called "das Abschlussdatum", and nothing written.
    expect(stack().org.counters().dataApiCalls).to.equal(0);
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(deal.StageName);
  });

  it('logs a call with its notes, and a reminder to call "sie": the customer of the deal just heard', async () => {
    const talk = german();
    await talk.say('öffne sales assistent');
    const before = ids(stack(), 'Task');
    expect((await talk.say('trag einen anruf mit initech ein, sie brauchen die zahlen bis donnerstag')).speech)
      .to.equal('Einen Anruf mit Initech von heute eintragen, mit der Notiz: Sie brauchen die zahlen bis donnerstag?');
    await talk.say('ja');
    const [call] = newSince(stack(), 'Task', before);
    expect(call).to.include({ WhatId: accountNamed(stack(), 'Initech').Id, Subject: 'Anruf mit Initech', TaskSubtype: 'Call', Status: 'Completed', ActivityDate: todayIn(timeZone()), Description: 'Sie brauchen die zahlen bis donnerstag' });

    // A note said with its account, the verb's "an" between them: the note's text is what follows.
    const notes = ids(stack(), 'ContentNote');
    expect((await talk.say('leg eine notiz zu initech an, sie wollen mehr rabatt')).speech).to.equal('Eine Notiz zu Initech anlegen: Sie wollen mehr rabatt?');
    await talk.say('ja');
    const [note] = newSince(stack(), 'ContentNote', notes);
    expect(Buffer.from(String(note!.Content), 'base64').toString('utf8')).to.equal('<p>Sie wollen mehr rabatt</p>');

    const account = plainAccount();
    const deal = openDealOf(stack(), String(account.Name));
    await talk.say(`erzähl mir mehr über den ${String(account.Name).toLowerCase()} deal`);
    const beforeReminder = ids(stack(), 'Task');
    expect((await talk.say('erinnere mich sie morgen anzurufen')).speech).to.equal(`Dich erinnern, ${account.Name} morgen anzurufen, um 09:00 Uhr?`);
    await talk.say('ja');
    const [reminder] = newSince(stack(), 'Task', beforeReminder);
    const tomorrow = format(addDays(parseISO(todayIn(timeZone())), 1), 'yyyy-MM-dd');
    expect(reminder).to.include({ Subject: `${account.Name} anrufen`, ActivityDate: tomorrow, IsReminderSet: true });
    expect([reminder!.WhatId, reminder!.AccountId]).to.include.oneOf([deal.Id, deal.AccountId]);
  });

  it('registers a new deal said in one German sentence', async () => {
    const talk = german();
    await talk.say('öffne sales assistent');
    const before = ids(stack(), 'Opportunity');
    const ask = await talk.say('leg einen deal für initech an im wert von 50000 dollar mit abschluss am 15. märz');
    expect(ask.speech).to.match(/^Initech - März \d{4} anlegen, im Wert von 50\.000 Dollar, Abschluss am 15\. März( \d{4})?\?$/);
    const done = (await talk.say('ja')).speech;
    const [created] = newSince(stack(), 'Opportunity', before);
    // Its stage said as the org labels it in German, written as its API value.
    expect(done).to.match(new RegExp(`^Erledigt\\. .+ steht in ${GERMAN_LABELS[String(created!.StageName)]}, im Wert von 50\\.000 Dollar`));
    const year = String(created!.CloseDate).slice(0, 4);
    expect(created).to.include({ AccountId: accountNamed(stack(), 'Initech').Id, Amount: 50_000, CloseDate: `${year}-03-15`, Name: `Initech - März ${year}` });
    expect(`${year}-03-15` >= todayIn(timeZone()), 'the next 15 March, never a past one').to.equal(true);
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
    expect(created).to.include({ AccountId: accountNamed(stack(), 'Initech').Id, Subject: 'Probleme mit dem scanner', Priority: 'High' });

    // A subject of the catalog is written as the German model writes it, nouns capitalised.
    const beforeCatalog = ids(stack(), 'Case');
    expect((await talk.say('leg einen case für initech an wegen eines kaputten druckers')).speech)
      .to.equal('Einen Case mit Priorität mittel für Initech anlegen, Thema: Kaputter Drucker?');
    await talk.say('ja');
    expect(newSince(stack(), 'Case', beforeCatalog)[0]).to.include({ Subject: 'Kaputter Drucker', Priority: 'Medium' });
  });

  it('pushes the review\'s deal a week ("schieb ihn eine Woche"), goes on with the review and counts it in the summary', async () => {
    const talk = german();
    await talk.say('öffne sales assistent');
    const first = (await talk.say('lass uns die pipeline durchgehen')).speech;
    const accounts = store().all('Account');
    const deal = store().all('Opportunity').find((o) => o.IsClosed === false && first.includes(`: ${ssmlEscaped(listedDeal(o, accounts))}, `))!;
    expect(deal, `the review's first deal in: ${first}`).to.not.equal(undefined);
    const week = format(addDays(parseISO(String(deal.CloseDate)), 7), 'yyyy-MM-dd');
    await talk.say('schieb ihn eine woche');
    // The review goes on after the write, instead of "Was kann ich sonst noch für dich tun?".
    expect((await talk.say('ja')).speech).to.match(/^Erledigt\. .+ schließt jetzt .+ ab\. Sag weiter, um fortzufahren\.$/);
    expect(store().get('Opportunity', deal.Id)!.CloseDate).to.equal(week);
    expect((await talk.say('das wars für heute')).speech).to.match(/^Du hast 1 von \d+ Deals besprochen\. Änderungen: 1 verschoben\. /);
  });
});
