/** The account slot of a write: the spoken name becomes one Salesforce account, or Alexa asks again. */
import { type HandlerInput, getSlotValue } from 'ask-sdk-core';
import type { RequestContext } from '../context';
import { type AccountRecord, findAccount } from '../salesforce/accounts';
import type { NameMatch } from '../salesforce/nameSearch';
import { escapeSsml } from '../speaking/ssml';
import { type AccountRef, knownAccount, rememberAccount } from './draft';
import type { Ask } from './writeConversation';
import { spokenList } from '../speaking/list';

/** The accounts a spoken name fits: the one this write already settled for it, or Salesforce's answer. */
export async function accountsNamed(input: HandlerInput, ctx: RequestContext, spoken: string): Promise<NameMatch<AccountRecord>> {
  const known = knownAccount(input, spoken);
  if (known) return { kind: 'one', record: { Id: known.Id, Name: known.Name }, ...(known.rest ? { rest: known.rest } : {}) };
  const match = await findAccount(await ctx.salesforce(), spoken);
  // Remembered under the words as spoken, with any words after the name ("Globex, their scanner won't sync"),
  // so the confirming turn reads the same account and the same rest without searching again.
  if (match.kind === 'one') rememberAccount(input, spoken, { Id: match.record.Id, Name: match.record.Name, ...(match.rest ? { rest: match.rest } : {}) });
  return match;
}

/** `notFound` is what to say when no account has the name (by default: no account called …, which account?). */
export async function accountFromSlot(
  input: HandlerInput,
  ctx: RequestContext,
  slot: string,
  question: string,
  notFound = (spoken: string) => ctx.t('writes.account.none', { spoken }),
  /** The name's words when the caller took some off the slot's (an amount said after the name). */
  name?: string,
): Promise<{ ask: Ask } | { account: AccountRef; rest?: string }> {
  const spoken = name ?? getSlotValue(input.requestEnvelope, slot)?.trim();
  if (!spoken) return { ask: { slot, speech: question } };
  const match = await accountsNamed(input, ctx, spoken);
  if (match.kind === 'one') return { account: { Id: match.record.Id, Name: match.record.Name }, ...(match.rest ? { rest: match.rest } : {}) };
  if (match.kind === 'several') {
    const choices = spokenList(match.records.map((r) => escapeSsml(r.Name)), ctx.locale, 'disjunction');
    return { ask: { slot, speech: ctx.t('writes.account.several', { choices }) } };
  }
  return { ask: { slot, speech: notFound(spoken) } };
}
