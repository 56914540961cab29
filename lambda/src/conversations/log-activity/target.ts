/**
 * What a call, a note or a reminder is about: a deal named ("the Northwind deal"), an account named ("Acme"), or
 * — when neither is said — the deal last spoken of ("it"), which the confirmation then names. Reuses the deal
 * search (opportunity-details/query.ts) and the account slot of the writes (writes/accountSlot.ts).
 */
import { heardDealName } from '../../deals/dealSlot';
import { type HandlerInput, getSlotValue } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { RequestContext } from '../../context';
import { dynamicValues } from '../../alexa/slots';
import { accountFromSlot } from '../../writes/accountSlot';
import type { Ask } from '../../writes/writeConversation';
import { escapeSsml } from '../../speaking/ssml';
import { spokenList } from '../../speaking/list';
import { recallLastDeal, recallList } from '../../state/session';
import { numberSlot } from '../../alexa/slots';
import { type OpportunityDetails, findDeal, opportunityDetails } from '../opportunity-details/query';
import type { Target } from './query';
import { spokenForm } from '../../salesforce/nameSearch';
import { heard } from '../../speaking/heard';

/**
 * The words said after the account's name ("copper canyon mining they need the data sheets" → "they need the data
 * sheets"). The account search finds the account by the whole phrase when its name fits well enough, and then hands
 * back no rest; the dictation is still there, after the name.
 */
export function wordsAfterName(heard: string, name: string): string | undefined {
  const nameWords = spokenForm(name).split(' ').filter(Boolean);
  const tokens = heard.trim().split(/\s+/);
  let seen = 0;
  let at = 0;
  while (at < tokens.length && seen < nameWords.length) {
    const words = spokenForm(tokens[at]!).split(' ').filter(Boolean);
    if (words.some((w, i) => w !== nameWords[seen + i])) return undefined;
    seen += words.length;
    at += 1;
  }
  const rest = tokens.slice(at).join(' ').replace(/^[\s,;:.-]+/, '');
  return seen >= nameWords.length && rest ? rest : undefined;
}

/** "Northwind Traders, Loading Dock Upgrade", as deals/listOutput.ts `dealName` says it, but plain text (escaped when spoken). */
export function dealTarget(deal: OpportunityDetails): Target {
  const account = deal.accountName;
  const rest = account && deal.name.toLowerCase().startsWith(account.toLowerCase()) ? deal.name.slice(account.length).replace(/^[\s\-–—:,|/]+/, '') : undefined;
  const label = !account ? deal.name : rest !== undefined ? (rest ? `${account}, ${rest}` : account) : deal.name.toLowerCase().includes(account.toLowerCase()) ? deal.name : `${account}, ${deal.name}`;
  return { id: deal.id, type: 'Opportunity', label, accountName: account ?? deal.name };
}

export interface TargetSlots {
  account: string;
  deal?: string;
  /** "The second one": a deal of the list just heard, by its place. */
  position?: string;
  /** Asked when nothing names the record and no deal was spoken of. */
  question: string;
}

/** The record, with any words the account slot caught after the account's name; or the question to ask. */
export async function targetFromSlots(input: HandlerInput, ctx: RequestContext, slots: TargetSlots): Promise<{ ask: Ask } | { target: Target; rest?: string }> {
  const { t } = ctx;
  const dealHeard = slots.deal ? heardDealName(input, slots.deal) : undefined;
  if (slots.deal && dealHeard) {
    const port = await ctx.salesforce();
    const resolved = dynamicValues(input, slots.deal);
    const byId = resolved.length === 1 ? await opportunityDetails(port, resolved[0]!.id) : null;
    if (byId) return { target: dealTarget(byId) };
    const match = await findDeal(port, dealHeard);
    if (match.kind === 'one') return { target: dealTarget(match.deal) };
    if (match.kind === 'several') {
      const choices = spokenList(match.deals.slice(0, 3).map((d) => escapeSsml(d.name)), ctx.locale, 'disjunction');
      return { ask: { slot: slots.deal, speech: t('logActivity.whichDeal', { choices }) } };
    }
    return { ask: { slot: slots.deal, speech: t('logActivity.noDeal', { heard: dealHeard }) } };
  }
  const positionSlot = slots.position;
  const position = positionSlot ? numberSlot(input, positionSlot) : undefined;
  if (positionSlot && position !== undefined) {
    const list = await recallList(input, ctx.now);
    const id = list?.kind === 'opportunities' && position >= 1 ? list.itemIds[position - 1] : undefined;
    const deal = id ? await opportunityDetails(await ctx.salesforce(), id) : null;
    if (deal) return { target: dealTarget(deal) };
    // No list of deals, or none at that place: said, and asked which record; the place is let go, so the answer counts.
    const slot = (input.requestEnvelope.request as IntentRequest).intent.slots?.[positionSlot];
    if (slot) delete slot.value;
    return { ask: { slot: slots.account, speech: t('logActivity.noPosition', { question: slots.question }) } };
  }
  const accountHeard = getSlotValue(input.requestEnvelope, slots.account)?.trim();
  // "Remind me to call them on Monday" right after a deal: its customer, not an account called "them".
  const pointing = accountHeard !== undefined && heard(ctx.locale, 'logActivity.heard.customer').test(spokenForm(accountHeard));
  if (accountHeard && !pointing) {
    const account = await accountFromSlot(input, ctx, slots.account, slots.question);
    if ('ask' in account) return account;
    const rest = account.rest ?? wordsAfterName(accountHeard, account.account.Name);
    return { target: { id: account.account.Id, type: 'Account', label: account.account.Name, accountName: account.account.Name }, ...(rest ? { rest } : {}) };
  }
  // "Log a call on it", or just "log a call" right after hearing a deal: that deal (the confirmation names it).
  const lastDeal = slots.deal || pointing ? await recallLastDeal(input, ctx.now) : undefined;
  const deal = lastDeal ? await opportunityDetails(await ctx.salesforce(), lastDeal) : null;
  if (deal) return { target: dealTarget(deal) };
  return { ask: { slot: slots.account, speech: slots.question } };
}
