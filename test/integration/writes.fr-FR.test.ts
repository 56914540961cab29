/**
 * The writes in French, through the simulator's fr-FR model, the skill, jsforce and the local org: a deal pushed a
 * week ("repoussez-la d'une semaine"), moved to a stage, put in commit, re-valued ("le montant passe à 80 000") and
 * lost ("on a perdu Globex"); a call, and a reminder to call "les" (the customer of the deal just heard); a new deal
 * whose amount is said where no sample takes it ("d'environ 50 000 dollars", read by the French amount words); a case
 * with its priority said after its subject ("priorité haute"). What each record must hold after is worked out here
 * from the org's store, not by the skill's helpers.
 */
import { expect } from 'chai';
import { addDays, format, parseISO } from 'date-fns';
import { FRENCH_LABELS } from '../../local/org/schema';
import { flatSpeech, managerIn, useLocalStack } from '../support/conversation';
import { todayIn } from '../support/orgFacts';
import { accountNamed, ids, newSince, openDealOf, plainAccounts } from '../support/storeRecords';

/** A whole amount as French writes it, thousands apart: 80000 → "80 000". */
const figures = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

describe('writes in French (fr-FR)', () => {
  const stack = useLocalStack();
  const manager = managerIn(stack, 'fr-FR');
  const french = manager.talk;
  const timeZone = manager.timeZone;
  const store = () => stack().org.store;

  it('pushes "la" a week from its close date, moves it, puts it in commit, sets its amount, and marks it lost', async () => {
    const deal = openDealOf(stack(), 'Globex Corporation');
    const talk = french();
    await talk.say("demande à assistant commercial où en est l'affaire globex");
    const week = format(addDays(parseISO(String(deal.CloseDate)), 7), 'yyyy-MM-dd');
    expect(await flatSpeech(talk.say("repoussez-la d'une semaine"))).to.match(/^Je repousse .+ clôture .+, plutôt que .+\?$/);
    expect(store().get('Opportunity', deal.Id)!.CloseDate, 'nothing written before "oui"').to.equal(deal.CloseDate);
    expect(await flatSpeech(talk.say('oui'))).to.match(/^C'est fait\. .+ se clôture maintenant .+\./);
    expect(store().get('Opportunity', deal.Id)!.CloseDate).to.equal(week);

    const target = deal.StageName === 'Negotiation/Review' ? ['Proposal/Price Quote', 'proposition'] : ['Negotiation/Review', 'négociation'];
    // Both stages as the org labels them in French (its describe with Accept-Language: fr), in the question and after.
    expect(await flatSpeech(talk.say(`passez-la en ${target[1]}`))).to.equal(`${deal.Name} est en ${FRENCH_LABELS[String(deal.StageName)]}: je la passe en ${FRENCH_LABELS[target[0]!]}?`);
    expect(await flatSpeech(talk.say('oui'))).to.match(new RegExp(`^C'est fait\\. .+ est maintenant en ${FRENCH_LABELS[target[0]!]}\\.`));
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(target[0]);

    await talk.say('mettez-la en commit');
    expect(store().get('Opportunity', deal.Id)!.ForecastCategoryName, 'nothing written before "oui"').to.not.equal('Commit');
    await talk.say('oui');
    expect(store().get('Opportunity', deal.Id)!.ForecastCategoryName).to.equal('Commit');

    expect(await flatSpeech(talk.say('le montant passe à 80 000'))).to.equal(`${deal.Name} vaut ${figures(Number(deal.Amount))} dollars: je passe son montant à 80 000 dollars?`);
    await talk.say('oui');
    expect(store().get('Opportunity', deal.Id)!.Amount).to.equal(80_000);

    const lost = store().all('OpportunityStage').find((s) => s.IsClosed === true && s.IsWon === false)!;
    expect(await flatSpeech(talk.say('on a perdu globex'))).to.equal(`${deal.Name} est en ${FRENCH_LABELS[target[0]!]}: je la marque perdue aujourd'hui, en ${FRENCH_LABELS[String(lost.ApiName)]}?`);
    await talk.say('oui');
    expect(store().get('Opportunity', deal.Id)!.StageName).to.equal(lost.MasterLabel);
    expect(store().get('Opportunity', deal.Id)!.CloseDate).to.equal(todayIn(timeZone()));
  });

  it('logs a call with its notes, and a reminder to call "les": the customer of the deal just heard, at 9 in the morning', async () => {
    const talk = french();
    await talk.say('ouvre assistant commercial');
    const before = ids(stack(), 'Task');
    expect(await flatSpeech(talk.say("enregistre un appel avec initech, ils ont besoin des chiffres d'ici jeudi")))
      .to.equal("J'enregistre un appel avec Initech aujourd'hui, avec la note: Ils ont besoin des chiffres d'ici jeudi?");
    await talk.say('oui');
    const [call] = newSince(stack(), 'Task', before);
    expect(call).to.include({ WhatId: accountNamed(stack(), 'Initech').Id, Subject: 'Appel avec Initech', TaskSubtype: 'Call', Status: 'Completed', ActivityDate: todayIn(timeZone()), Description: "Ils ont besoin des chiffres d'ici jeudi" });

    // An account whose name is plain words, with one open deal: "où en est l'affaire <account>" finds it.
    const account = plainAccounts(stack)();
    const deal = openDealOf(stack(), String(account.Name));
    await talk.say(`où en est l'affaire ${String(account.Name).toLowerCase()}`);
    const beforeReminder = ids(stack(), 'Task');
    expect(await flatSpeech(talk.say('rappelle-moi de les appeler demain'))).to.equal(`Je vous rappelle d'appeler ${account.Name} demain, à 9 h?`);
    await talk.say('oui');
    const [reminder] = newSince(stack(), 'Task', beforeReminder);
    const tomorrow = format(addDays(parseISO(todayIn(timeZone())), 1), 'yyyy-MM-dd');
    expect(reminder).to.include({ Subject: `Appeler ${account.Name}`, ActivityDate: tomorrow, IsReminderSet: true });
    expect([reminder!.WhatId, reminder!.AccountId]).to.include.oneOf([deal.Id, deal.AccountId]);
    const reminderAt = new Date(String(reminder!.ReminderDateTime));
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: timeZone(), year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(reminderAt))
      .to.equal(`${tomorrow}, 09:00`);
  });

  it('registers a new deal whose amount is said where no sample takes it, read with the French amount words', async () => {
    const talk = french();
    await talk.say('ouvre assistant commercial');
    const before = ids(stack(), 'Opportunity');
    // "d'environ" is no sample's word before the amount: the account slot catches "initech d'environ 50 000 dollars".
    expect(await flatSpeech(talk.say("crée une affaire pour initech d'environ 50 000 dollars"))).to.equal('Quand pensez-vous la clôturer?');
    expect(await flatSpeech(talk.say('le 15 mars'))).to.match(/^Je crée Initech - mars \d{4}, pour 50 000 dollars, clôture le 15 mars( \d{4})?\?$/);
    const done = await flatSpeech(talk.say('oui'));
    const [created] = newSince(stack(), 'Opportunity', before);
    const year = String(created!.CloseDate).slice(0, 4);
    expect(created).to.include({ AccountId: accountNamed(stack(), 'Initech').Id, Amount: 50_000, CloseDate: `${year}-03-15`, Name: `Initech - ${MONTHS[2]} ${year}` });
    expect(`${year}-03-15` >= todayIn(timeZone()), 'the next 15 March, never a past one').to.equal(true);
    // Its stage as the org labels it in French.
    expect(done).to.match(new RegExp(`^C'est fait\\. Initech - mars ${year} est en ${FRENCH_LABELS[String(created!.StageName)]}, pour 50 000 dollars,`));
  });

  it('opens a case, taking "priorité haute" out of the subject as its priority', async () => {
    const talk = french();
    await talk.say('ouvre assistant commercial');
    const before = ids(stack(), 'Case');
    expect(await flatSpeech(talk.say('crée un ticket pour initech'))).to.equal('Quel est le sujet du ticket?');
    expect(await flatSpeech(talk.say('problèmes avec le scanner, priorité haute'))).to.equal('Je crée un ticket de priorité haute pour Initech, sujet: problèmes avec le scanner?');
    await talk.say('oui');
    const [created] = newSince(stack(), 'Case', before);
    expect(created).to.include({ AccountId: accountNamed(stack(), 'Initech').Id, Subject: 'Problèmes avec le scanner', Priority: 'High' });
  });
});
