/**
 * Follow-ups in German: "und nächstes Quartal?" after "meine Top 3 Deals" asks the same question for next quarter,
 * and "was ist mit <name>?" asks it for that person's deals. The deals each answer must name, in order, are worked
 * out here from the org's store.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';
import { byAmount, closesIn, listedDeal, quarterRange, ssmlEscaped, todayIn } from '../support/orgFacts';

describe('follow-ups in German (de-DE)', () => {
  const stack = useLocalStack();

  /** The deals `speech` lists, in the order it lists them, among `candidates`. */
  function listed(speech: string, candidates: readonly SObjectRecord[]): SObjectRecord[] {
    const accounts = stack().org.store.all('Account');
    return candidates
      .map((deal) => ({ deal, at: speech.indexOf(ssmlEscaped(`${listedDeal(deal, accounts)}:`)) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at)
      .map(({ deal }) => deal);
  }

  it('"und nächstes Quartal?" and "was ist mit Lena?" ask the last question again with one part changed', async () => {
    const user = demoUser(stack(), 'manager');
    const store = stack().org.store;
    const timeZone = String(store.get('User', user.id)!.TimeZoneSidKey);
    const talk = talkTo(stack(), { accessToken: (await stack().link(user.username)).accessToken, locale: 'de-DE', timeZone });
    const open = store.all('Opportunity').filter((o) => o.IsClosed === false);
    const nextQuarter = quarterRange(todayIn(timeZone), 1);

    await talk.say('frag sales assistent was sind meine top 3 deals');
    const mine = byAmount(open.filter((o) => o.OwnerId === user.id && closesIn(o, nextQuarter))).slice(0, 3);
    expect(mine, 'Maria has deals closing next quarter').to.not.be.empty;
    const quarter = (await talk.say('und nächstes quartal')).speech;
    expect(quarter).to.include('mit Abschluss im nächsten Quartal');
    expect(listed(quarter, open).map((d) => d.Id)).to.deep.equal(mine.map((d) => d.Id));

    const lena = store.all('User').find((u) => u.Username === 'lena.rep@summitpeak.demo')!;
    const hers = byAmount(open.filter((o) => o.OwnerId === lena.Id && closesIn(o, nextQuarter))).slice(0, 3);
    expect(hers, 'Lena has deals closing next quarter').to.not.be.empty;
    const person = (await talk.say('was ist mit lena')).speech;
    expect(person).to.match(/^Lena Fischers /);
    expect(listed(person, open).map((d) => d.Id)).to.deep.equal(hers.map((d) => d.Id));
  });
});
