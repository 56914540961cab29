/**
 * French writes said the way a rep says them after a call, in phrasings the first French samples did not take: an
 * amount put "sur l'affaire", an amount lowered with the deal named, a bare "non, 60 000" at the confirmation, a new
 * deal named without "pour" before the account, and a call "au téléphone" whose notes follow the account's name.
 * What each record must hold is worked out here from the org's store.
 */
import { expect } from 'chai';
import { flatSpeech, managerIn, useLocalStack } from '../support/conversation';
import { todayIn } from '../support/orgFacts';
import { accountNamed, ids, newSince, openDealOf } from '../support/storeRecords';


describe('writes in French (fr-FR), as reps say them after a call', () => {
  const stack = useLocalStack();
  const manager = managerIn(stack, 'fr-FR');
  const french = manager.talk;
  const timeZone = manager.timeZone;
  const store = () => stack().org.store;

  it('puts an amount "sur l\'affaire", takes "non, 60 000" at the confirmation as the new amount, and lowers one named', async () => {
    const deal = openDealOf(stack(), 'Globex Corporation');
    const talk = french();
    await talk.say('ouvre assistant commercial');
    expect(await flatSpeech(talk.say("mets 80 000 sur l'affaire globex"))).to.match(/: je passe son montant à 80 000 dollars\?$/);
    // A bare "non, 60 000" is the amount corrected, not a new write nor a question not understood.
    expect(await flatSpeech(talk.say('non, 60 000'))).to.match(/: je passe son montant à 60 000 dollars\?$/);
    expect(store().get('Opportunity', deal.Id)!.Amount, 'nothing written before "oui"').to.equal(deal.Amount);
    await talk.say('oui');
    expect(store().get('Opportunity', deal.Id)!.Amount).to.equal(60_000);

    expect(await flatSpeech(talk.say("baisse l'affaire globex à 40 000"))).to.match(/vaut 60 000 dollars: je passe son montant à 40 000 dollars\?$/);
    await talk.say('oui');
    expect(store().get('Opportunity', deal.Id)!.Amount).to.equal(40_000);
  });

  it('creates "une opportunité initech à 50 000 pour le 15 mars", the account said without "pour"', async () => {
    const talk = french();
    await talk.say('ouvre assistant commercial');
    const before = ids(stack(), 'Opportunity');
    expect(await flatSpeech(talk.say('crée une opportunité initech à 50 000 pour le 15 mars'))).to.match(/^Je crée Initech - mars \d{4}, pour 50 000 dollars, clôture le 15 mars( \d{4})?\?$/);
    await talk.say('oui');
    const [created] = newSince(stack(), 'Opportunity', before);
    const year = String(created!.CloseDate).slice(0, 4);
    expect(created).to.include({ AccountId: accountNamed(stack(), 'Initech').Id, Amount: 50_000, CloseDate: `${year}-03-15` });
    expect(`${year}-03-15` >= todayIn(timeZone()), 'the next 15 March').to.equal(true);
  });

  it('logs "j\'ai eu initech au téléphone, ils signent vendredi" with only what they said as its notes', async () => {
    const talk = french();
    await talk.say('ouvre assistant commercial');
    const before = ids(stack(), 'Task');
    expect(await flatSpeech(talk.say("j'ai eu initech au téléphone, ils signent vendredi"))).to.equal("J'enregistre un appel avec Initech aujourd'hui, avec la note: Ils signent vendredi?");
    await talk.say('oui');
    const [call] = newSince(stack(), 'Task', before);
    expect(call).to.include({ WhatId: accountNamed(stack(), 'Initech').Id, TaskSubtype: 'Call', Description: 'Ils signent vendredi' });
  });

  it('logs a call said as a conversation ("j\'ai parlé avec globex, …", "je viens de discuter avec initech, …") with what followed as its notes', async () => {
    const talk = french();
    await talk.say('ouvre assistant commercial');
    for (const [line, account, notes] of [
      ["j'ai parlé avec globex, ils veulent revoir le prix", 'Globex Corporation', 'Ils veulent revoir le prix'],
      ['je viens de discuter avec initech, ils attendent le contrat', 'Initech', 'Ils attendent le contrat'],
    ] as const) {
      const before = ids(stack(), 'Task');
      expect(await flatSpeech(talk.say(line))).to.equal(`J'enregistre un appel avec ${account} aujourd'hui, avec la note: ${notes}?`);
      await talk.say('oui');
      const [call] = newSince(stack(), 'Task', before);
      expect(call).to.include({ WhatId: accountNamed(stack(), account).Id, TaskSubtype: 'Call', Description: notes });
    }
  });

  it('sets a reminder said with its day first ("rappelle-moi demain de rappeler initech") or with "recontacter"', async () => {
    const talk = french();
    await talk.say('ouvre assistant commercial');
    for (const [line, subject, answer] of [
      ['rappelle-moi demain de rappeler initech', 'Appeler Initech', "Je vous rappelle d'appeler Initech demain, à 9 h?"],
      ['rappelle-moi de recontacter initech demain', 'Relancer Initech', 'Je vous rappelle de relancer Initech demain, à 9 h?'],
    ] as const) {
      const before = ids(stack(), 'Task');
      expect(await flatSpeech(talk.say(line))).to.equal(answer);
      await talk.say('oui');
      const [reminder] = newSince(stack(), 'Task', before);
      expect(reminder).to.include({ Subject: subject, IsReminderSet: true });
      // The day after today in the user's time zone.
      expect(reminder!.ActivityDate).to.equal(new Date(Date.parse(`${todayIn(timeZone())}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    }
  });
});
