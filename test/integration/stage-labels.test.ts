/**
 * A deal's stage is read aloud and shown as the org labels it in the user's language: in German the label a describe
 * with Accept-Language: de returns ("Verhandlung"), not the API value ("Negotiation/Review") — in a deal's details, a
 * list's card and a stage filter —, described once and kept; in English the value as stored, with no describe.
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

  async function lenaInGerman() {
    const lena = stack().org.demo.users.find((u) => u.username === 'lena.rep@summitpeak.demo')!;
    return talkTo(stack(), { accessToken: (await stack().link(lena.username)).accessToken, locale: 'de-DE', timeZone: 'Europe/Berlin' });
  }

  it('says the German label in de-DE, described once for the list and kept for the details', async () => {
    const talk = await lenaInGerman();
    await talk.say('frag sales assistent was sind meine top 3 deals');
    stack().org.resetCounters();
    const { speech } = await talk.say('erzähl mir mehr über nummer 1');
    const stage = stageOf(speech);
    expect(GERMAN_LABELS[stage], stage).to.be.a('string').and.not.equal(stage);
    expect(speech).to.include(`Dollar, ${GERMAN_LABELS[stage]}, zu `);
    expect(speech).to.not.include(`, ${stage},`);
    expect(stack().org.counters().dataApiCalls, 'the details query alone: the labels are kept from the list').to.equal(1);
  });

  it('shows each listed deal with its German stage, and its close date written the German way, on the card', async () => {
    const talk = await lenaInGerman();
    const { response } = await talk.say('frag sales assistent was sind meine top 3 deals');
    const card = (response.response.card as { content?: string; text?: string } | undefined) ?? {};
    const text = card.content ?? card.text ?? '';
    const listed = stack().org.store.all('Opportunity').filter((o) => text.includes(`${String(o.Name)} (`));
    expect(listed, text).to.have.length(3);
    for (const deal of listed) {
      const stage = String(deal.StageName);
      expect(text, stage).to.include(`, ${GERMAN_LABELS[stage]}, `);
      if (GERMAN_LABELS[stage] !== stage) expect(text).to.not.include(`, ${stage}, `);
      // A card is read, not heard: the day as Germans write it (2026-12-09 → 09.12.2026), not as the API stores it.
      const [year, month, day] = String(deal.CloseDate).split('-');
      expect(text).to.include(`Abschluss ${day}.${month}.${year}`);
    }
  });

  it('names a stage filter by its German label', async () => {
    const talk = await lenaInGerman();
    const { speech } = await talk.say('frag sales assistent welche deals sind in der verhandlung');
    expect(speech).to.include(`in der Phase ${GERMAN_LABELS['Negotiation/Review']}`);
    expect(speech).to.not.include('Negotiation/Review');
  });

  it('says the French label in fr-FR, described once for the list and kept for the details', async () => {
    const maria = stack().org.demo.users.find((u) => u.role === 'manager')!;
    const talk = talkTo(stack(), { accessToken: (await stack().link(maria.username)).accessToken, locale: 'fr-FR' });
    await talk.say('demande à assistant commercial quelles sont mes 3 plus grosses affaires');
    stack().org.resetCounters();
    const { speech } = await talk.say("dites-m'en plus sur la première");
    const stage = stageOf(speech);
    expect(FRENCH_LABELS[stage], stage).to.be.a('string').and.not.equal(stage);
    expect(speech).to.include(` dollars, ${FRENCH_LABELS[stage]}, probabilité de `);
    expect(speech).to.not.include(`, ${stage},`);
    expect(stack().org.counters().dataApiCalls, 'the details query alone: the labels are kept from the list').to.equal(1);
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
