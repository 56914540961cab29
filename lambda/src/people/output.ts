/** What the conversations say when a spoken name is not one clear person. */
import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { RequestContext } from '../context';
import { askOutput } from '../alexa/dialog';
import type { Output } from '../alexa/output';
import { spokenList } from '../speaking/list';
import { escapeSsml } from '../speaking/ssml';
import { withoutPossessive } from './match';
import type { Person } from './query';

/** "Which James: James Carter or James Lee?" — the first name they share, else the words heard. */
export function whichPersonSpeech(ctx: Pick<RequestContext, 't' | 'locale'>, people: readonly Person[], heard: string): string {
  const first = people[0]?.firstName;
  const name = first && people.every((p) => p.firstName === first) ? first : withoutPossessive(heard);
  const choices = spokenList(people.map((p) => escapeSsml(p.name)), ctx.locale, 'disjunction');
  return ctx.t('people.which', { name, choices });
}

/** "I couldn't find anyone called Olivia you can see in Salesforce." */
export function unknownPersonSpeech(ctx: Pick<RequestContext, 't'>, heard: string): string {
  return ctx.t('people.unknown', { heard: withoutPossessive(heard) });
}

/** Asks which of several people was meant, eliciting the same slot of the same intent so the answer fills it. */
export function whichPersonOutput(input: HandlerInput, ctx: RequestContext, slotName: string, match: { people: readonly Person[]; heard: string }): Output {
  const { intent } = input.requestEnvelope.request as IntentRequest;
  return askOutput(whichPersonSpeech(ctx, match.people, match.heard), slotName, intent);
}
