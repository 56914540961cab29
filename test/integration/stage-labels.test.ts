/**
 * A deal's stage is read aloud as the org labels it in the user's language: in German the label a describe with
 * Accept-Language: de returns ("Verhandlung"), not the API value ("Negotiation/Review"); in English the value as
 * stored, with no describe.
 */
import { expect } from 'chai';
import { FRENCH_LABELS, GERMAN_LABELS } from '../../local/org/schema';
import { talkTo, useLocalStack } from '../support/conversation';

describe('stage labels in the user\'s language', () => {
  const stack = useLocalStack();

  /** The deal a details answer speaks of, by the name it starts with, and its stage as stored. */
  function stageOf(speech: string): string {
    const name = speech.slice(0, speech.indexOf(':'));
    const deal = stack().org.store.all('Opportunity').find((o) => o.Name === name);
    if (!deal) throw new Error(`no deal called ${name} in: ${speech}`);
    return String(deal.StageName);
  }

  it('says the German label in de-DE, asking describe for it in one call', async () => {
    const lena = stack().org.demo.users.find((u) => u.username === 'lena.rep@summitpeak.demo')!;
    const talk = talkTo(stack(), { accessToken: (await stack().link(lena.username)).accessToken, locale: 'de-DE', timeZone: 'Europe/Berlin' });
    await talk.say('frag sales assistent was sind meine top 3 deals');
    stack().org.resetCounters();
    const { speech } = await talk.say('erzähl mir mehr über nummer 1');
    const stage = stageOf(speech);
    expect(GERMAN_LABELS[stage], stage).to.be.a('string').and.not.equal(stage);
    expect(speech).to.include(`Dollar, ${GERMAN_LABELS[stage]}, zu `);
    expect(speech).to.not.include(`, ${stage},`);
    expect(stack().org.counters().byPath['/services/data/v66.0/composite']).to.equal(1);
  });

  it('says the French label in fr-FR, asking describe for it in one call', async () => {
    const maria = stack().org.demo.users.find((u) => u.role === 'manager')!;
    const talk = talkTo(stack(), { accessToken: (await stack().link(maria.username)).accessToken, locale: 'fr-FR' });
    await talk.say('demande à assistant commercial quelles sont mes 3 plus grosses affaires');
    stack().org.resetCounters();
    const { speech } = await talk.say("dites-m'en plus sur la première");
    const stage = stageOf(speech);
    expect(FRENCH_LABELS[stage], stage).to.be.a('string').and.not.equal(stage);
    expect(speech).to.include(` dollars, ${FRENCH_LABELS[stage]}, probabilité de `);
    expect(speech).to.not.include(`, ${stage},`);
    expect(stack().org.counters().byPath['/services/data/v66.0/composite']).to.equal(1);
  });

  it('says the stage as stored in en-US, with no describe', async () => {
    const maria = stack().org.demo.users.find((u) => u.role === 'manager')!;
    const talk = talkTo(stack(), { accessToken: (await stack().link(maria.username)).accessToken });
    await talk.say('ask sales assistant for my top three opportunities');
    stack().org.resetCounters();
    const { speech } = await talk.say('tell me more about the first one');
    expect(speech).to.include(`, ${stageOf(speech)},`);
    expect(stack().org.counters().byPath['/services/data/v66.0/composite'] ?? 0).to.equal(0);
  });
});
