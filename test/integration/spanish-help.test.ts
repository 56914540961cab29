/**
 * What the Spanish help offers a stranger, through the real chain: every example it gives is understood and reaches
 * a conversation of its own, my day among them as in English.
 */
import { expect } from 'chai';
import type { IntentRequest } from 'ask-sdk-model';
import { linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';

describe('the Spanish help, through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const spanish = () => talkTo(stack(), { accessToken: tokens().manager, locale: 'es-ES' });

  it('offers examples that each reach their own conversation, my day among them', async () => {
    const talk = spanish();
    await talk.say('abre asistente de ventas');
    const { speech } = await talk.say('ayuda');
    const offered = /Puedes decir: (.*)\. ¿Qué quieres\?$/.exec(speech)?.[1];
    expect(offered, speech).to.be.a('string');
    const examples = offered!.split(/, (?:o )?/);
    expect(examples.length, offered).to.be.at.least(4);
    const reached: string[] = [];
    for (const example of examples) {
      const answer = await spanish().say(`pregunta a asistente de ventas ${example}`);
      const request = answer.turns.find((t) => t.request?.request.type === 'IntentRequest')?.request?.request as IntentRequest | undefined;
      expect(request?.intent.name, example).to.be.a('string').and.not.equal('AMAZON.FallbackIntent');
      reached.push(request!.intent.name);
    }
    expect(new Set(reached).size, 'one conversation per example').to.equal(examples.length);
    expect(reached).to.include('MyDayIntent');
  });
});
