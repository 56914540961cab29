/**
 * Schedule_Sales_Meeting: creates an Event owned by the running user and invites people to it
 * (one EventRelation per invitee, IsInvitee true, Status New). The skill calls it for "schedule the next
 * sales meeting"; the customer deploys the real flow from salesforce/ with the same variables.
 */
import { SalesforceError, type OrgStore } from '../types';
import type { InvocableFlow } from './flow';

/** Invitees may be users or contacts (leads too, as Salesforce allows). */
const INVITEE_TYPES = ['User', 'Contact', 'Lead'];

function inviteeId(store: OrgStore, id: string): string {
  for (const type of INVITEE_TYPES) {
    const record = store.get(type, id);
    if (record) return record.Id;
  }
  throw new SalesforceError('INVALID_CROSS_REFERENCE_KEY', `InviteeIds: no user or contact with id ${id}`, 400, ['InviteeIds']);
}

export const scheduleSalesMeeting: InvocableFlow = {
  name: 'Schedule_Sales_Meeting',
  label: 'Schedule Sales Meeting',
  description: 'Creates a meeting owned by the running user and invites the given users and contacts.',
  inputs: [
    { name: 'Subject', label: 'Subject', type: 'STRING', required: true, description: 'Meeting title' },
    { name: 'StartDateTime', label: 'Start', type: 'DATETIME', required: true, description: 'ISO 8601 start, e.g. 2026-03-31T14:00:00Z' },
    { name: 'DurationInMinutes', label: 'Duration (minutes)', type: 'DOUBLE', required: true, description: 'Whole minutes, at least 1' },
    { name: 'InviteeIds', label: 'Invitee Ids', type: 'ID', collection: true, required: true, description: 'User and contact ids to invite' },
    { name: 'WhatId', label: 'Related To', type: 'ID', required: false, description: 'Account, opportunity, case or campaign' },
  ],
  outputs: [{ name: 'EventId', label: 'Event Id', type: 'ID', required: false, description: 'The created event' }],

  run(inputs, { store, userId }) {
    const duration = inputs.DurationInMinutes as number;
    if (!Number.isInteger(duration) || duration < 1) {
      throw new SalesforceError('FIELD_INTEGRITY_EXCEPTION', 'DurationInMinutes: must be a whole number of minutes, at least 1', 400, ['DurationInMinutes']);
    }
    // Checked before anything is written, so a bad invitee leaves no half-made meeting behind.
    const invitees = new Set((inputs.InviteeIds as string[]).map((id) => inviteeId(store, id)));
    invitees.delete(userId); // The owner attends without an invitation.
    const event = store.insert('Event', {
      Subject: inputs.Subject,
      StartDateTime: inputs.StartDateTime,
      DurationInMinutes: duration,
      OwnerId: userId,
      ...(inputs.WhatId !== undefined ? { WhatId: inputs.WhatId } : {}),
    }, { actingUserId: userId });
    for (const relationId of invitees) {
      store.insert('EventRelation', { EventId: event.Id, RelationId: relationId, IsInvitee: true, Status: 'New' }, { actingUserId: userId });
    }
    return { EventId: event.Id };
  },
};
