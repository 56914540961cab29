/**
 * A deal asked about by name with the words each language says around it ("l'affaire Globex", "dem Globex Deal",
 * "la oportunidad de Globex") is found by its name alone; before, those words went into the search and nothing was found.
 */
import { expect } from 'chai';
import { talkTo, useLocalStack } from '../support/conversation';

describe('a deal named with the words around it, in each language', () => {
  const stack = useLocalStack();

  const lines = {
    'fr-FR': "demande à assistant commercial parle-moi de l'affaire globex",
    'de-DE': 'frag sales assistent erzähl mir was über dem globex deal',
    'es-ES': 'pregunta a asistente de ventas cuéntame de la oportunidad de globex',
  } as const;

  for (const [locale, line] of Object.entries(lines)) {
    it(`finds the one open Globex deal in ${locale}`, async () => {
      const manager = stack().org.demo.users.find((u) => u.role === 'manager')!;
      const globex = stack().org.store.all('Account').find((a) => a.Name === 'Globex Corporation')!;
      // Said by its account's name, the open deal is the one meant (closed ones are history).
      const deals = stack().org.store.all('Opportunity').filter((o) => o.AccountId === globex.Id && o.IsClosed === false);
      expect(deals, 'the demo org has one open Globex deal').to.have.length(1);
      const talk = talkTo(stack(), { accessToken: (await stack().link(manager.username)).accessToken, locale });
      expect((await talk.say(line)).speech).to.match(new RegExp(`^${String(deals[0]!.Name)}: `));
    });
  }
});
