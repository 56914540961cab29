/**
 * What every handler gets besides the request: the translator, the clock and deadline, and lazy access to
 * the linked Salesforce identity and port. Built once per request by interceptors/requestContext.ts and
 * found again from the envelope (the persistence adapter only sees the envelope).
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Translate } from './i18n';
import type { OrgFeatures } from './salesforce/features';
import type { Identity } from './salesforce/identity';
import type { PicklistLabel } from './salesforce/labels';
import type { SalesforcePort } from './salesforce/port';
import type { StateTable } from './state/table';

export interface RequestContext {
  t: Translate;
  /** The Alexa request's locale, e.g. en-US: the language and number format of the answer. */
  locale: string;
  now: Date;
  /** Epoch ms by which every Salesforce and DynamoDB call must be done, so Alexa hears an answer inside its 8 seconds. */
  deadline: () => number;
  /** Memoized; throws LinkRequiredError when the user has not linked or the link expired. */
  identity(): Promise<Identity>;
  /** Memoized port for the linked user's org. */
  salesforce(): Promise<SalesforcePort>;
  /** Which optional features (forecasts, opportunity scores) the user's org has, by describe, cached for the hour. */
  features(): Promise<OrgFeatures>;
  /** Says a picklist's values in the request's language, as the org labels them (describe, cached for the hour; none in English). */
  picklistLabel(sobject: 'Opportunity' | 'Campaign', field: string): Promise<PicklistLabel>;
  /** Org-specific names an admin can configure. */
  settings: SkillSettings;
  /** The state store, for what outlives a session (idempotency records of writes), bounded by `deadline`. */
  table: StateTable;
  /** Forgets the cached identity of this request's token after Salesforce rejected it. */
  forgetToken(): Promise<void>;
}

export interface SkillSettings {
  /** API name of the Flow that schedules a meeting (SCHEDULE_MEETING_FLOW). */
  scheduleMeetingFlow: string;
  /** A saved report (WINS_LOSSES_REPORT_ID) that answers wins and losses asked without a period or scope. */
  winsLossesReportId?: string;
}

const contexts = new WeakMap<RequestEnvelope, RequestContext>();

export function attachContext(envelope: RequestEnvelope, context: RequestContext): void {
  contexts.set(envelope, context);
}

export function contextOf(input: HandlerInput | RequestEnvelope): RequestContext {
  const envelope = 'requestEnvelope' in input ? input.requestEnvelope : input;
  const context = contexts.get(envelope);
  if (!context) throw new Error('request context missing: is the requestContext interceptor registered?');
  return context;
}
