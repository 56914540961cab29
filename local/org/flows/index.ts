/** The flows this org has deployed, by API name (names are case-sensitive, as in Salesforce). */
import type { InvocableFlow } from './flow';
import { scheduleSalesMeeting } from './schedule-sales-meeting';

export const FLOWS: readonly InvocableFlow[] = [scheduleSalesMeeting];

export function findFlow(name: string): InvocableFlow | undefined {
  return FLOWS.find((flow) => flow.name === name);
}
