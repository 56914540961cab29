/** "Add a new opportunity for Initech worth fifty thousand dollars closing next month". */
import { getSlotValue } from 'ask-sdk-core';
import { format, parseISO } from 'date-fns';
import { closeDate } from '../../dates/closeDate';
import { localeOf, type Translate } from '../../i18n';
import { SLOTS } from '../../generated/model';
import { type CreatedOpportunity, type NewOpportunity, createOpportunity, findCreatedOpportunity } from './query';
import type { AccountRef } from '../../writes/draft';
import { accountFromSlot } from '../../writes/accountSlot';
import { numberSlot } from '../../alexa/slots';
import { speakingFor } from '../../speaking/speakingFor';
import { type WriteConversation, writeHandler } from '../../writes/writeConversation';
import { type Speaking } from '../../speaking/speakingFor';
import { exactAmount } from '../../speaking/money';
import { amountInWords, trailingAmount } from '../../speaking/amountWords';
import { spokenDay } from '../../speaking/days';
import { dateLocaleFor } from '../../speaking/dateLocale';

const slots = SLOTS.CreateOpportunityIntent;

export interface OpportunityDraft extends NewOpportunity {
  account: AccountRef;
  /** Currency, locale and the user's today, for "50 thousand dollars, closing on Friday". */
  speaking: Speaking;
}

/** The opportunity to register, named "<Account> - <Month Year>" after its close date. */
export function opportunityDraft(t: Translate, account: AccountRef, amount: number, close: string, speaking: Speaking): OpportunityDraft {
  // The record's name is data, not speech: no SSML escaping here; it is escaped when spoken.
  const name = t('newOpportunity.name', { account: account.Name, month: format(parseISO(close), 'MMMM yyyy', { locale: dateLocaleFor(localeOf(t)) }), interpolation: { escapeValue: false } });
  return { account, accountId: account.Id, name, amount, closeDate: close, speaking };
}

export const newOpportunityConversation: WriteConversation<OpportunityDraft, CreatedOpportunity> = {
  intent: 'CreateOpportunityIntent',
  words: 'newOpportunity',
  anchors: [slots.account],
  async collect(input, ctx) {
    const { t } = ctx;
    // "For Initech 50 thousand dollars": Alexa may leave the amount among the account's words; it is taken from there.
    const spokenAccount = getSlotValue(input.requestEnvelope, slots.account);
    const trailing = spokenAccount ? trailingAmount(spokenAccount, ctx.locale) : undefined;
    const account = await accountFromSlot(input, ctx, slots.account, t('newOpportunity.askAccount'), undefined, trailing?.name);
    if ('ask' in account) return account;
    const amountAfterName = trailing?.amount ?? (account.rest ? amountInWords(account.rest, ctx.locale) : undefined);
    const amountSaid = getSlotValue(input.requestEnvelope, slots.amount) || (amountAfterName !== undefined ? String(amountAfterName) : undefined);
    const amount = numberSlot(input, slots.amount) ?? amountAfterName;
    if (!amountSaid) return { ask: { slot: slots.amount, speech: t('newOpportunity.askAmount') } };
    if (amount === undefined || amount <= 0) return { ask: { slot: slots.amount, speech: t('newOpportunity.badAmount') } };
    const dateSaid = getSlotValue(input.requestEnvelope, slots.closeDate);
    if (!dateSaid) return { ask: { slot: slots.closeDate, speech: t('newOpportunity.askCloseDate') } };
    const identity = await ctx.identity();
    const speaking = speakingFor(ctx, identity);
    const close = closeDate(dateSaid, identity.timeZone, ctx.now);
    if (!close) return { ask: { slot: slots.closeDate, speech: t('newOpportunity.vagueCloseDate') } };
    if (close < speaking.today) return { ask: { slot: slots.closeDate, speech: t('newOpportunity.pastCloseDate') } };
    return { draft: opportunityDraft(t, account.account, amount, close, speaking) };
  },
  confirm: ({ t }, d) =>
    t('newOpportunity.confirm', { name: d.name, amount: exactAmount(t, d.amount, d.speaking), day: spokenDay(t, d.closeDate, d.speaking.today) }),
  sameness: (d) => ({ account: d.accountId, name: d.name, amount: d.amount, closeDate: d.closeDate }),
  perform: (port, _ctx, d) => createOpportunity(port, d),
  recover: (port, userId, d, since) => findCreatedOpportunity(port, d, userId, since),
  // The stage as the org labels it in the user's language ("Prospection"): one describe, only outside English.
  done: async (ctx, d, created, repeated) => {
    const { t } = ctx;
    const stage = (await ctx.picklistLabel('Opportunity', 'StageName'))(created.stage);
    return repeated
      ? t('newOpportunity.repeated', { name: created.name, stage })
      : t('newOpportunity.done', {
          name: created.name,
          stage,
          amount: exactAmount(t, d.amount, d.speaking),
          day: spokenDay(t, d.closeDate, d.speaking.today),
        });
  },
  askAgainFor(field, t) {
    if (field === 'Amount') return { slot: slots.amount, speech: t('newOpportunity.askAmount') };
    if (field === 'CloseDate') return { slot: slots.closeDate, speech: t('newOpportunity.askCloseDate') };
    if (field === 'AccountId') return { slot: slots.account, speech: t('newOpportunity.askAccount') };
    return undefined;
  },
};

export const createOpportunityHandler = writeHandler(newOpportunityConversation);
