/**
 * Once per session, tells Alexa the names the speaker can use (dynamic entities of the `Person` and `DealName`
 * types), so "Lena's pipeline" resolves to Lena's User Id and "the Northwind deal" to its Opportunity Id. A response interceptor, after the handler has answered: it
 * never changes what is said, and on any failure (not linked, Salesforce slow or down) it adds nothing, logs,
 * and tries again on the next turn.
 * It may ride with the handler's own Dialog.ElicitSlot or ConfirmIntent: Amazon's Dialog interface reference says
 * UpdateDynamicEntities needs no dialog model (https://developer.amazon.com/ja-JP/docs/custom-skills/dialog-interface-reference.html),
 * [unsure] that it may be combined with another Dialog directive in one response — nothing found forbids it.
 */
import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { contextOf } from '../context';
import { log } from '../log';
import { knownPeople } from '../people/directory';
import { dynamicEntitiesDirective } from '../people/dynamicEntities';

/** Session attribute: the entities went out in this session. */
export const PEOPLE_SENT = 'peopleSent';

/** Less time than this left of the request's Salesforce budget: skip this turn rather than keep Alexa waiting. */
const MIN_BUDGET_MS = 2000;

function wanted(input: HandlerInput, response: Response | undefined): response is Response {
  const { request, session, context } = input.requestEnvelope;
  if (!response || !session || response.shouldEndSession) return false; // the entities would die with the session
  if (request.type !== 'LaunchRequest' && request.type !== 'IntentRequest') return false;
  // Linked users only: without a token the identity would throw LinkRequiredError, which is not ours to raise.
  if (!(context?.System?.user?.accessToken ?? session.user?.accessToken)) return false;
  return !input.attributesManager.getSessionAttributes()[PEOPLE_SENT];
}

export const peopleEntitiesInterceptor: ResponseInterceptor = {
  async process(input, response) {
    if (!wanted(input, response)) return;
    const ctx = contextOf(input);
    if (ctx.deadline() - Date.now() < MIN_BUDGET_MS) return;
    try {
      const [people, { deals }] = await Promise.all([knownPeople(ctx), ctx.identity()]);
      if (people.length === 0 && !deals?.length) return;
      response.directives = [...(response.directives ?? []), dynamicEntitiesDirective(people, deals)];
      input.attributesManager.getSessionAttributes()[PEOPLE_SENT] = true;
    } catch (err) {
      log.warn('people entities not sent', { error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
    }
  },
};
