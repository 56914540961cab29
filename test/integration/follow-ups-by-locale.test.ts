/**
 * A follow-up that names another person's deals or the whole company's, as French, German and Spanish sales people
 * say it after a list ("et celles de Lena", "und die von Lena", "y las de Lena"; "et pour toute la boîte", "und für die
 * ganze Firma"): the same list for them, not a period the skill cannot place. Expected first deals are the store's own,
 * by amount.
 */
import { expect } from 'chai';
import { talkTo, useLocalStack } from '../support/conversation';
import { byAmount, listedDeal, ssmlEscaped } from '../support/orgFacts';

describe('follow-ups naming a person or the company, in each language', () => {
  const stack = useLocalStack();

  const cases = [
    ['fr-FR', 'demande à assistant commercial quelles sont mes 3 plus grosses affaires', 'et celles de Lena', 'et pour toute la boîte'],
    ['de-DE', 'frag sales assistent was sind meine top 3 deals', 'und die von Lena', 'und für die ganze firma'],
    ['es-ES', 'pregunta a asistente de ventas cuáles son mis 3 mejores oportunidades', 'y las de Lena', 'y las de toda la empresa'],
  ] as const;

  /** The biggest open deal of `owners` (all when none), as a list says it: "Account, Deal". */
  function biggest(ownerId?: string): string {
    const store = stack().org.store;
    const open = store.all('Opportunity').filter((o) => o.IsClosed === false && (!ownerId || o.OwnerId === ownerId));
    return ssmlEscaped(listedDeal(byAmount(open)[0]!, store.all('Account')));
  }

  for (const [locale, ask, lena, company] of cases) {
    it(`reads Lena's and then the company's biggest deals in ${locale}`, async () => {
      const manager = stack().org.demo.users.find((u) => u.role === 'manager')!;
      const lenaId = stack().org.demo.users.find((u) => u.username === 'lena.rep@summitpeak.demo')!.id;
      const talk = talkTo(stack(), { accessToken: (await stack().link(manager.username)).accessToken, locale });
      await talk.say(ask);
      const forLena = (await talk.say(lena)).speech;
      expect(forLena).to.include('Lena Fischer');
      expect(forLena).to.include(`: ${biggest(lenaId)}: `);
      expect((await talk.say(company)).speech).to.include(`: ${biggest()}: `);
    });
  }
});
