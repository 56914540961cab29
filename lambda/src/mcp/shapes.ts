/** The parts of structured results that several tools share (their `outputSchema`s are built from these). */
import { z } from 'zod';
import type { Owner } from '../deals/owner';
import type { Period } from '../deals/period';
import type { OpportunitySummary } from '../deals/query';

export const DEAL = z.object({
  id: z.string().describe('Salesforce Opportunity Id'),
  name: z.string(),
  accountName: z.string().nullable(),
  amount: z.number().nullable(),
  stage: z.string(),
  closeDate: z.string().describe('YYYY-MM-DD'),
  ownerId: z.string(),
  ownerName: z.string().nullable(),
});

export const TOTALS = z.object({ count: z.number().int(), amount: z.number() });

/** Whose deals the answer is about, as it was understood. */
export const OWNER = z.object({
  scope: z.enum(['MINE', 'TEAM', 'ALL', 'PERSON']),
  person: z.object({ id: z.string(), name: z.string() }).optional(),
});

/** Close dates as the answer used them: a relative period (THIS_QUARTER …, YEAR_TO_DATE) or inclusive YYYY-MM-DD bounds. */
export const PERIOD = z.object({ relative: z.string().optional(), from: z.string().optional(), to: z.string().optional() });

export const CURRENCY = z.string().describe('ISO code of every amount');

/** What the skill would say: plain text, short enough for a voice assistant to read out. */
export const SAID = z.string().describe('The answer as a voice assistant would read it');

export function dealOf(d: OpportunitySummary): z.infer<typeof DEAL> {
  const { id, name, accountName, amount, stage, closeDate, ownerId, ownerName } = d;
  return { id, name, accountName, amount, stage, closeDate, ownerId, ownerName };
}

export function ownerOf(owner: Owner): z.infer<typeof OWNER> {
  return owner.scope === 'PERSON' ? { scope: 'PERSON', person: { id: owner.person.id, name: owner.person.name } } : { scope: owner.scope };
}

export function periodOut(period: Period): z.infer<typeof PERIOD> {
  if (period.kind === 'relative') return { relative: period.id };
  if (period.kind === 'yearToDate') return { relative: 'YEAR_TO_DATE' };
  return { from: period.from, to: period.to };
}
