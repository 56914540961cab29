/** Where in a conversation the user is, for help and fallback that fit it. */
import type { HandlerInput } from 'ask-sdk-core';
import type { Whereabouts } from './output';
import { writeUnderWay } from '../../writes/draft';
import { reviewUnderWay } from '../review/state';

export function whereabouts(input: HandlerInput): Whereabouts {
  const write = writeUnderWay(input);
  if (write) return { in: 'write', words: write.words };
  if (reviewUnderWay(input)) return { in: 'review' };
  return input.attributesManager.getSessionAttributes().list ? { in: 'list' } : { in: 'start' };
}
