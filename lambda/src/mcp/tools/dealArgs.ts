/** A deal named in a tool's arguments, by id or by the words said, found as the skill finds one (opportunity-details' findDeal). */
import { z } from 'zod';
import { type OpportunityDetails, findDeal, opportunityDetails } from '../../conversations/opportunity-details/query';
import type { SalesforcePort } from '../../salesforce/port';
import { AskBackError } from '../question';

export const DEAL_ID = z.string().regex(/^006[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/).describe('Opportunity Id');
export const DEAL_NAME = z.string().min(2).max(120).describe("The deal's or its account's name, as said");

/** The one deal the user may see that the id or the name points at; none or several is asked back. */
export async function dealNamed(port: SalesforcePort, args: { dealId?: string | undefined; dealName?: string | undefined }): Promise<OpportunityDetails> {
  if (!args.dealId && !args.dealName) throw new AskBackError('Give the deal\'s id or its name.');
  const found = args.dealId ? await opportunityDetails(port, args.dealId) : await findDeal(port, args.dealName!);
  if (!found || ('kind' in found && found.kind === 'none')) throw new AskBackError(`No deal ${args.dealId ? `with id ${args.dealId}` : `named "${args.dealName}"`} that this user can see.`);
  if ('kind' in found && found.kind === 'several') throw new AskBackError(`Several deals fit "${args.dealName}": ${found.deals.map((d) => `${d.name} (${d.id})`).join('; ')}. Ask which one.`);
  return 'kind' in found ? found.deal : found;
}
