/**
 * The records a tool's arguments name — a deal by id or by the words said, an account by the words said — found as
 * the skill finds them (opportunity-details' findDeal, salesforce/accounts' findAccount). None or several is asked
 * back, never guessed.
 */
import { z } from 'zod';
import type { Target } from '../../conversations/log-activity/query';
import { dealTarget } from '../../conversations/log-activity/target';
import { type OpportunityDetails, findDeal, opportunityDetails } from '../../conversations/opportunity-details/query';
import { type AccountRecord, findAccount } from '../../salesforce/accounts';
import type { SalesforcePort } from '../../salesforce/port';
import { AskBackError } from '../question';

export const DEAL_ID = z.string().regex(/^006[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/).describe('Opportunity Id');
export const DEAL_NAME = z.string().min(2).max(120).describe("The deal's or its account's name, as said");
export const ACCOUNT_NAME = z.string().min(2).max(120).describe("The account's name, as said");

/** The one deal the user may see that the id or the name points at. */
export async function dealNamed(port: SalesforcePort, args: { dealId?: string | undefined; dealName?: string | undefined }): Promise<OpportunityDetails> {
  if (!args.dealId && !args.dealName) throw new AskBackError('Give the deal\'s id or its name.');
  const found = args.dealId ? await opportunityDetails(port, args.dealId) : await findDeal(port, args.dealName!);
  if (!found || ('kind' in found && found.kind === 'none')) throw new AskBackError(`No deal ${args.dealId ? `with id ${args.dealId}` : `named "${args.dealName}"`} that this user can see.`);
  if ('kind' in found && found.kind === 'several') throw new AskBackError(`Several deals fit "${args.dealName}": ${found.deals.map((d) => `${d.name} (${d.id})`).join('; ')}. Ask which one.`);
  return 'kind' in found ? found.deal : found;
}

/** The one account the user may see by that name; words after a name that fits are not dropped but asked about. */
export async function accountNamed(port: SalesforcePort, name: string): Promise<AccountRecord> {
  const match = await findAccount(port, name);
  if (match.kind === 'none') throw new AskBackError(`No account named "${name}" that this user can see. Ask which account.`);
  if (match.kind === 'several') throw new AskBackError(`Several accounts fit "${name}": ${match.records.map((r) => r.Name).join('; ')}. Ask which one.`);
  if (match.rest) throw new AskBackError(`"${name}" is more than an account's name: ${match.record.Name}, then "${match.rest}". Give the name alone.`);
  return { Id: match.record.Id, Name: match.record.Name };
}

/** What a note or a reminder is about: a deal (by id or name) or an account, as the skill's log-activity takes it. */
export async function activityTarget(port: SalesforcePort, args: { dealId?: string | undefined; dealName?: string | undefined; account?: string | undefined }): Promise<Target> {
  if (args.dealId || args.dealName) return dealTarget(await dealNamed(port, args));
  if (!args.account) throw new AskBackError('Give the deal (its id or name) or the account it is about.');
  const account = await accountNamed(port, args.account);
  return { id: account.Id, type: 'Account', label: account.Name, accountName: account.Name };
}
