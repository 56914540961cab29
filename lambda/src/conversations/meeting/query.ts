/**
 * Scheduling a meeting: through the org's Schedule_Sales_Meeting Flow (salesforce/ ships it; admins can change
 * what it does), or — when the org does not have the Flow — the same Event and invitations through the REST
 * API in one all-or-nothing composite request. The user hears the same either way.
 */
import { SalesforceRequestError } from '../../salesforce/errors';
import type { CompositeRequest, SalesforcePort } from '../../salesforce/port';
import { createdBySince } from '../../salesforce/recent';
import { soqlString } from '../../salesforce/soql';

export interface NewMeeting {
  subject: string;
  start: Date;
  durationMinutes: number;
  inviteeIds: string[];
  /** The account the meeting is about ("a meeting with Acme"), linked as the Event's WhatId. */
  whatId?: string;
}

export interface ScheduledMeeting {
  eventId: string;
  via: 'flow' | 'rest';
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function viaFlow(port: SalesforcePort, flow: string, m: NewMeeting): Promise<ScheduledMeeting | undefined> {
  let result;
  try {
    result = await port.runFlow(flow, {
      Subject: m.subject,
      StartDateTime: isoSeconds(m.start),
      DurationInMinutes: m.durationMinutes,
      InviteeIds: m.inviteeIds,
      ...(m.whatId ? { WhatId: m.whatId } : {}),
    });
  } catch (err) {
    // The org has no such Flow (or it is inactive): fall back to the REST API.
    if (err instanceof SalesforceRequestError && err.errorCode === 'NOT_FOUND') return undefined;
    throw err;
  }
  if (!result.isSuccess) {
    const [error] = result.errors ?? [];
    throw new SalesforceRequestError(error?.statusCode ?? 'FLOW_ERROR', error?.message ?? 'The flow failed.', error?.fields ?? []);
  }
  return { eventId: String(result.outputValues?.EventId), via: 'flow' };
}

async function viaRest(port: SalesforcePort, m: NewMeeting): Promise<ScheduledMeeting> {
  const base = `/services/data/v${port.apiVersion}/sobjects`;
  const requests: CompositeRequest[] = [
    {
      method: 'POST',
      url: `${base}/Event`,
      referenceId: 'event',
      body: { Subject: m.subject, StartDateTime: isoSeconds(m.start), DurationInMinutes: m.durationMinutes, ...(m.whatId ? { WhatId: m.whatId } : {}) },
    },
    ...m.inviteeIds.map((id, i) => ({
      method: 'POST' as const,
      url: `${base}/EventRelation`,
      referenceId: `invitee${i}`,
      body: { EventId: '@{event.id}', RelationId: id, IsInvitee: true },
    })),
  ];
  const [event] = await port.composite(requests, { allOrNone: true });
  return { eventId: (event!.body as { id: string }).id, via: 'rest' };
}

/**
 * Flows an org was found not to have (`orgId#flow` → until when to believe it), so later meetings in a warm Lambda
 * go straight to the REST API in one call instead of asking for the Flow first. An hour, so a Flow deployed
 * meanwhile is used soon after.
 */
const missingFlows = new Map<string, number>();
const MISSING_FLOW_MS = 3600_000;

export async function scheduleMeeting(port: SalesforcePort, where: { flow: string; orgId: string }, m: NewMeeting): Promise<ScheduledMeeting> {
  const key = `${where.orgId}#${where.flow}`;
  if ((missingFlows.get(key) ?? 0) > Date.now()) return viaRest(port, m);
  const scheduled = await viaFlow(port, where.flow, m);
  if (scheduled) return scheduled;
  missingFlows.set(key, Date.now() + MISSING_FLOW_MS);
  return viaRest(port, m);
}

export async function findScheduledMeeting(port: SalesforcePort, m: NewMeeting, userId: string, since: Date): Promise<ScheduledMeeting | undefined> {
  const { records } = await port.query<{ Id: string }>(
    `SELECT Id FROM Event WHERE Subject = ${soqlString(m.subject)} AND StartDateTime = ${isoSeconds(m.start)} AND ${createdBySince(userId, since)} LIMIT 1`,
  );
  return records[0] && { eventId: records[0].Id, via: 'rest' };
}
