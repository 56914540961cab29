/** "Create a case for Acme about a broken printer", "log a high priority case for Globex". */
import { getSlot } from 'ask-sdk-core';
import { type CasePriorityId, CasePriorityIds, SLOTS } from '../../generated/model';
import { SLOT_PHRASES } from '../../generated/phrases';
import { type CreatedCase, type NewCase, createCase, findCreatedCase } from './query';
import type { AccountRef } from '../../writes/draft';
import { accountFromSlot } from '../../writes/accountSlot';
import { resolvedId } from '../../alexa/slots';
import { heard, withoutHeard } from '../../speaking/heard';
import { spokenForm } from '../../salesforce/nameSearch';
import { type WriteConversation, writeHandler } from '../../writes/writeConversation';

const slots = SLOTS.CreateCaseIntent;

export interface CaseDraft extends NewCase {
  account: AccountRef;
}

/**
 * The subject as heard, without a leading article ("a login problem" → "Login problem"; case.heard.article), or the
 * catalog's wording when Alexa matched one ("the printer is broken" → "Broken printer").
 */
function subjectOf(slot: ReturnType<typeof getSlot>, locale: string): string | undefined {
  const matched = slot?.resolutions?.resolutionsPerAuthority?.find((a) => a.status.code === 'ER_SUCCESS_MATCH')?.values[0]?.value.name;
  const words = withoutHeard((matched ?? slot?.value) ?? '', locale, 'case.heard.article');
  return words ? capitalized(words) : undefined;
}

function capitalized(words: string): string {
  return words[0]!.toUpperCase() + words.slice(1);
}

/**
 * "About a late delivery, high priority", "wegen einer späten Lieferung, mit hoher Priorität", "concernant une livraison en
 * retard, priorité haute": the subject slot caught the priority too. It is taken out of the subject and honoured, so
 * the case is not written with the wrong priority and a subject that says otherwise. The words around the priority
 * are the locale's case.heard lists.
 */
export function priorityInSubject(subject: string, locale: string): { subject: string; priority?: CasePriorityId } {
  const priorities = SLOT_PHRASES[locale]?.CasePriority ?? SLOT_PHRASES['en-US']!.CasePriority!;
  const tokens = subject.trim().split(/\s+/);
  const spoken = tokens.map(spokenForm);
  let at = tokens.length - 1;
  let id: string | undefined;
  if (heard(locale, 'case.heard.alone').test(spoken[at] ?? '')) id = priorities[spoken[at]!];
  else if (at >= 1 && heard(locale, 'case.heard.priority').test(spoken[at]!)) {
    at -= 1;
    id = priorities[spoken[at]!];
  } else if (at >= 1 && priorities[spoken[at]!] && heard(locale, 'case.heard.priority').test(spoken[at - 1]!)) {
    // "…, priorité haute": French says the word priority first.
    id = priorities[spoken[at]!];
    at -= 1;
  }
  // "with a", "it's", "mit": the words that lead up to the priority go with it.
  const rest = withoutHeard(tokens.slice(0, at).join(' '), locale, 'case.heard.priorityLead', 'end').replace(/[\s,;.-]+$/, '');
  return rest && id ? { subject: rest, priority: id as CasePriorityId } : { subject };
}

export const caseConversation: WriteConversation<CaseDraft, CreatedCase> = {
  intent: 'CreateCaseIntent',
  words: 'case',
  // "Create a high priority case" is a new case with only a priority: a stray "make it high priority" then asks which account.
  anchors: [slots.account, slots.subject, slots.priority],
  async collect(input, ctx) {
    const account = await accountFromSlot(input, ctx, slots.account, ctx.t('case.askAccount'));
    if ('ask' in account) return account;
    // "For Globex, their scanner won't sync": what came after the account's name in its slot is the subject.
    const said = subjectOf(getSlot(input.requestEnvelope, slots.subject), ctx.locale) ?? (account.rest && capitalized(withoutHeard(account.rest, ctx.locale, 'case.heard.subjectLead')));
    if (!said) return { ask: { slot: slots.subject, speech: ctx.t('case.askSubject') } };
    const { subject, priority: inSubject } = priorityInSubject(said, ctx.locale);
    const priority = resolvedId(input, slots.priority, CasePriorityIds) ?? inSubject ?? 'Medium';
    return { draft: { account: account.account, accountId: account.account.Id, subject, priority } };
  },
  confirm: ({ t }, d) =>
    t('case.confirm', { priority: t(`case.priority.${d.priority}`), account: d.account.Name, subject: d.subject }),
  sameness: (d) => ({ account: d.accountId, subject: d.subject.toLowerCase(), priority: d.priority }),
  perform: (port, _ctx, d) => createCase(port, d),
  recover: (port, userId, d, since) => findCreatedCase(port, d, userId, since),
  done: ({ t }, d, created, repeated) =>
    repeated
      ? t('case.repeated', { number: created.caseNumber, account: d.account.Name })
      : t('case.done', { number: created.caseNumber, account: d.account.Name, subject: d.subject, priority: t(`case.priority.${d.priority}`) }),
  askAgainFor(field, t) {
    if (field === 'Subject') return { slot: slots.subject, speech: t('case.askSubject') };
    if (field === 'AccountId') return { slot: slots.account, speech: t('case.askAccount') };
    return undefined;
  },
};

export const createCaseHandler = writeHandler(caseConversation);
