/**
 * German one-shots as a stranger says them to an Echo: after "frag Sales Assistent" German asks in a subordinate
 * clause with its verb last ("…, welche Deals überfällig sind"), after "sag Sales Assistent, dass …" it tells; through
 * the simulator's de-DE model, the skill, jsforce and the local org. Figures are worked out here from the org's store.
 */
import { expect } from 'chai';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';
import { amountOf, dollarsDe, teamOf, todayIn } from '../support/orgFacts';

describe('German one-shots with the verb at the end (de-DE)', () => {
  const stack = useLocalStack();
  const store = () => stack().org.store;
  async function asMaria() {
    const maria = demoUser(stack(), 'manager');
    const timeZone = String(store().get('User', maria.id)!.TimeZoneSidKey);
    return { talk: talkTo(stack(), { accessToken: (await stack().link(maria.username)).accessToken, locale: 'de-DE', timeZone }), maria, timeZone };
  }

  it('answers "Alexa, frag Sales Assistent, welche Deals überfällig sind" with the team’s open deals past their close date', async () => {
    const { talk, maria, timeZone } = await asMaria();
    const team = teamOf(store().all('User'), maria.id);
    const today = todayIn(timeZone);
    const overdue = store().all('Opportunity').filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)) && String(o.CloseDate) < today);
    expect(overdue.length, 'the demo org has overdue deals').to.be.greaterThan(1);
    const { speech } = await talk.say('Alexa, frag Sales Assistent, welche Deals überfällig sind');
    expect(speech.startsWith(`${overdue.length} von euren Deals sind überfällig, zusammen ${dollarsDe(amountOf(overdue))}.`), speech).to.equal(true);
  });

  it('marks a deal won on "sag Sales Assistent, dass ich den Globex Deal gewonnen habe", after a "ja"', async () => {
    const { talk, timeZone } = await asMaria();
    const globex = store().all('Account').find((a) => a.Name === 'Globex Corporation')!;
    const [deal, ...others] = store().all('Opportunity').filter((o) => o.AccountId === globex.Id && o.IsClosed === false);
    expect(others, 'Globex has one open deal').to.have.length(0);
    expect((await talk.say('sag Sales Assistent, dass ich den Globex Deal gewonnen habe')).speech).to.match(new RegExp(`^${deal!.Name} heute als gewonnen markieren, von .+ auf .+\\?$`));
    expect(store().get('Opportunity', deal!.Id)!.IsWon, 'nothing written before "ja"').to.not.equal(true);
    await talk.say('ja');
    const after = store().get('Opportunity', deal!.Id)!;
    expect([after.IsWon, after.CloseDate]).to.deep.equal([true, todayIn(timeZone)]);
  });
});
