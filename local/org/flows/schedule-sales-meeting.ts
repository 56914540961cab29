/**
 * Schedule_Sales_Meeting: creates an Event owned by the running user and invites people to it (one
 * EventRelation per invitee, IsInvitee true, Status New), skipping the owner and repeated ids. The skill calls it
 * for "schedule the next sales meeting"; the customer deploys the real flow from
 * salesforce/force-app/main/default/flows/Schedule_Sales_Meeting.flow-meta.xml, which declares these variables
 * and does these steps. The interview runs all or nothing, so an invitee the org refuses leaves no meeting behind.
 */
import { normalizeId } from '../ids';
import type { InvocableFlow } from './flow';

export const scheduleSalesMeeting: InvocableFlow = {
  name: 'Schedule_Sales_Meeting',
  label: 'Schedule Sales Meeting',
  description: 'Creates a meeting owned by the running user and invites the given users, contacts and leads.',
  inputs: [
    { name: 'Subject', dataType: 'String', description: 'Meeting title' },
    { name: 'StartDateTime', dataType: 'DateTime', description: 'ISO 8601 start, e.g. 2026-03-31T14:00:00Z' },
    { name: 'DurationInMinutes', dataType: 'Number', scale: 0, description: 'Length in whole minutes' },
    { name: 'InviteeIds', dataType: 'String', collection: true, description: 'User, contact and lead ids to invite' },
    { name: 'WhatId', dataType: 'String', description: 'Optional: the account, opportunity, case or campaign it is about' },
  ],
  outputs: [{ name: 'EventId', dataType: 'String', description: 'The created event' }],

  run(inputs, { store, userId }) {
    const event = store.insert('Event', {
      Subject: inputs.Subject,
      StartDateTime: inputs.StartDateTime,
      DurationInMinutes: inputs.DurationInMinutes,
      OwnerId: userId,
      WhatId: inputs.WhatId,
    }, { actingUserId: userId });
    // The flow compares CASESAFEID() forms, so a 15- and an 18-character id of one person are one invitee.
    const invited = new Set([userId]);
    for (const given of (inputs.InviteeIds as string[] | undefined) ?? []) {
      const relationId = normalizeId(given) ?? given;
      if (invited.has(relationId)) continue;
      invited.add(relationId);
      store.insert('EventRelation', { EventId: event.Id, RelationId: relationId, IsInvitee: true, Status: 'New' }, { actingUserId: userId });
    }
    return { EventId: event.Id };
  },
};
