/**
 * ask-sdk-test sequences: Amazon-community request builders and response checks (including "a turn that keeps
 * the session open asks a question"), run against the real skill on the local stack.
 */
import { AlexaTest, IntentRequestBuilder, LaunchRequestBuilder, type SequenceItem, type SkillSettings } from 'ask-sdk-test';
import type { RequestEnvelope } from 'ask-sdk-model';
import { LOCAL_SKILL_ID } from '../../local/stack';
import { demoUser, useLocalStack } from '../support/conversation';

describe('ask-sdk-test sequences', () => {
  const stack = useLocalStack();
  const settings: SkillSettings = { appId: LOCAL_SKILL_ID, userId: 'amzn1.ask.account.ASK-SDK-TEST', deviceId: 'amzn1.ask.device.TEST', locale: 'en-US' };
  const handler = (event: RequestEnvelope, context: unknown) => stack().app.skill.invoke(event, context);

  const linked: SequenceItem[] = [
    { request: new LaunchRequestBuilder(settings).build(), saysLike: 'Hi Maria.', repromptsLike: 'top five opportunities', shouldEndSession: false },
    {
      request: new IntentRequestBuilder(settings, 'TopOpportunitiesIntent')
        .withSlot('count', '2')
        .withSlotResolution('scope', 'everyone', 'OwnerScope', 'ALL')
        .withEmptySlot('period')
        .build(),
      saysLike: 'Everyone’s top 2 open deals, in dollars: ',
      reprompts: 'Want the next 2?',
      hasCardTitle: 'Top opportunities',
      shouldEndSession: false,
    },
    { request: new IntentRequestBuilder(settings, 'AMAZON.NextIntent').build(), saysLike: 'Here are the next 2: 3rd, ', shouldEndSession: false },
    // "No" to "want the next two?" declines more of the list, not the session.
    { request: new IntentRequestBuilder(settings, 'AMAZON.NoIntent').build(), says: 'Okay. What else would you like to know?', shouldEndSession: false },
  ];
  before(async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    for (const item of linked) item.withUserAccessToken = accessToken;
  });

  new AlexaTest(handler, settings).test(linked, 'launch, top two for everyone, next, no');

  new AlexaTest(handler, settings).test(
    [
      {
        request: new IntentRequestBuilder(settings, 'TopOpportunitiesIntent').withSlot('count', '5').build(),
        saysLike: 'link your Salesforce account',
        shouldEndSession: true,
        callback: (response) => {
          if (response.response.card?.type !== 'LinkAccount') throw new Error('expected a LinkAccount card');
        },
      },
    ],
    'an unlinked user is asked to link',
  );

  new AlexaTest(handler, settings).test(
    [
      {
        request: new IntentRequestBuilder(settings, 'TopOpportunitiesIntent').withSlot('count', '?').build(),
        withUserAccessToken: 'not-a-salesforce-token',
        saysLike: 'Your Salesforce link has expired or was revoked',
        shouldEndSession: true,
      },
    ],
    'a token Salesforce does not know gets the relink answer, even with an unrecognised number',
  );
});
