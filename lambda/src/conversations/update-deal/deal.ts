/**
 * Which deal an update is about, with the deal-question code's own finders: the name said (the session's dynamic
 * entities, then opportunity-details' `findDeal`), an answer to "Which one: A or B?", a position in the last
 * list ("the second one"), or "it" (`recallLastDeal`). While one update's questions go on, the deal found first
 * and the LastModifiedDate the user's confirmation was based on are kept in the session.
 */
import { type HandlerInput, getSlotValue } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { RequestContext } from '../../context';
import { dynamicValues, numberSlot } from '../../alexa/slots';
import { spokenList } from '../../speaking/list';
import { rankByName, spokenForm } from '../../salesforce/nameSearch';
import { pointsAtDeal } from '../../deals/dealSlot';
import { heard as heardAt } from '../../speaking/heard';
import { offerDealChoice, offeredDealChoice, recallLastDeal, recallList, rememberDeal } from '../../state/session';
import { pendingQuestion } from '../../writes/draft';
import type { Ask } from '../../writes/writeConversation';
import type { IntentName } from '../../generated/model';
import { findDeal } from '../opportunity-details/query';
import { type DealState, dealState, stateOf } from './query';

/** The deal this update settled on, and the LastModifiedDate the user last heard it at. */
interface Memo {
  intent: string;
  id: string;
  heard?: string;
  seen: string;
  /** The close date the user heard: what "push it a week" moves, so a retried "yes" moves it no further. */
  closeDate: string;
  /** The deal as the user heard it at the confirmation: the confirmed turn writes without reading it again. */
  deal: DealState;
}

const KEY = 'updateDeal';

function memoOf(input: HandlerInput): Memo | undefined {
  return input.attributesManager.getSessionAttributes()[KEY] as Memo | undefined;
}

function setMemo(input: HandlerInput, memo: Memo): void {
  input.attributesManager.getSessionAttributes()[KEY] = memo;
}

/** A request attribute: the deal picked by position from "Which one?" (see the handler's pickedDealHandler). */
const PICKED = 'updateDeal.picked';

export function pickDeal(input: HandlerInput, id: string): void {
  input.attributesManager.getRequestAttributes()[PICKED] = id;
}

/** The most deals offered in one "Which one?". */
const MAX_CHOICES = 3;

export interface DealSlots {
  deal: string;
  position?: string;
}

/** The deal's id, and its state when the search already read it (no third call on a deal named). */
type Found = { id: string; deal?: DealState } | { ask: Ask } | { say: string };

type Field = 'closeDate' | 'amount' | 'nextStep' | 'stage' | 'category';
/** Words a deal slot catches that name one of a deal's fields ("change the close date to …"): updateDeal.heard.<field>Field. */
const FIELDS: readonly Field[] = ['closeDate', 'amount', 'nextStep', 'stage', 'category'];

const OWN_FIELD: Partial<Record<string, Field>> = {
  UpdateDealStageIntent: 'stage', UpdateDealCloseDateIntent: 'closeDate', UpdateDealAmountIntent: 'amount',
  UpdateDealNextStepIntent: 'nextStep', UpdateDealForecastIntent: 'category',
};

/**
 * "Change the close date to the end of the quarter": no sample takes that value, so Alexa put "the close date"
 * where a deal's name goes and the value in another slot. That is no deal to search for: what was heard is said
 * back, with how to say that field, and nothing is changed.
 */
function fieldNamed(input: HandlerInput, ctx: RequestContext, slots: DealSlots, heard: string): string | 'own' | undefined {
  const field = FIELDS.find((f) => heardAt(ctx.locale, `updateDeal.heard.${f}Field`, 'start').test(heard));
  if (!field) return undefined;
  const intent = (input.requestEnvelope.request as IntentRequest).intent;
  // "Update the forecast to upside" heard as the forecast update itself: the field is this update's own, so the
  // deal is the one spoken of, and the value is read as any other.
  if (OWN_FIELD[intent.name] === field) return 'own';
  const value = Object.values(intent.slots ?? {}).filter((slot) => slot.name !== slots.deal && slot.value).map((slot) => slot.value).join(' ');
  return ctx.t('updateDeal.fieldNotDeal', { field: ctx.t(`updateDeal.fieldHeard.${field}`), value: value || '…', hint: ctx.t(`updateDeal.fieldHint.${field}`) });
}

async function findId(input: HandlerInput, ctx: RequestContext, slots: DealSlots, memo: Memo | undefined): Promise<Found> {
  const { t } = ctx;
  const intent = (input.requestEnvelope.request as IntentRequest).intent.name as IntentName;
  const ask = (speech: string): Found => ({ ask: { slot: slots.deal, speech } });
  const several = (deals: { id: string; name: string }[]): Found => {
    offerDealChoice(input, { intent, deals });
    return ask(t('updateDeal.several', { choices: spokenList(deals.map((d) => d.name), ctx.locale, 'disjunction') }));
  };
  const picked = input.attributesManager.getRequestAttributes()[PICKED] as string | undefined;
  if (picked) return { id: picked };
  const said = getSlotValue(input.requestEnvelope, slots.deal)?.trim();
  const field = said && !pointsAtDeal(said, ctx.locale) ? fieldNamed(input, ctx, slots, spokenForm(said)) : undefined;
  if (field && field !== 'own') return { say: field };
  const heard = said && !pointsAtDeal(said, ctx.locale) && !field ? said : undefined;
  if (heard) {
    if (memo?.heard === spokenForm(heard)) return { id: memo.id };
    const resolved = dynamicValues(input, slots.deal);
    if (resolved.length === 1) return { id: resolved[0]!.id };
    if (resolved.length > 1 && resolved.length <= MAX_CHOICES) return several(resolved);
    const choice = offeredDealChoice(input);
    const named = spokenForm(heard).replace(heardAt(ctx.locale, 'updateDeal.heard.dealNoun', 'end'), '').trim();
    const picked = choice && rankByName(named, choice.deals.map((d) => ({ Id: d.id, Name: d.name })), { everyWord: true });
    if (picked?.kind === 'one') return { id: picked.record.Id };
    const match = await findDeal(await ctx.salesforce(), heard);
    if (match.kind === 'one') return { id: match.deal.id, deal: stateOf(match.deal) };
    if (match.kind === 'several') return several(match.deals);
    return ask(t('updateDeal.notFound', { heard }));
  }
  const position = slots.position ? numberSlot(input, slots.position) : undefined;
  if (position !== undefined) {
    const list = await recallList(input, ctx.now);
    const id = list?.kind === 'opportunities' && position >= 1 ? list.itemIds[position - 1] : undefined;
    return id ? { id } : ask(t('updateDeal.askDeal'));
  }
  if (memo) return { id: memo.id };
  const id = await recallLastDeal(input, ctx.now);
  return id ? { id } : ask(t('updateDeal.askDeal'));
}

/**
 * The deal as Salesforce holds it now, and the LastModifiedDate to guard the write with: on the turn that asks
 * for confirmation, the one just read; on the confirmed turn, the one the user heard the question at.
 */
export async function dealToUpdate(input: HandlerInput, ctx: RequestContext, slots: DealSlots): Promise<{ deal: DealState; seen: string; heardCloseDate: string } | { ask: Ask } | { say: string }> {
  const request = input.requestEnvelope.request as IntentRequest;
  // Only an answer to this write's own question goes on with what it found.
  const previous = memoOf(input);
  const memo = pendingQuestion(input) && previous?.intent === request.intent.name ? previous : undefined;
  const found = await findId(input, ctx, slots, memo);
  if ('ask' in found || 'say' in found) return found;
  const confirmed = request.intent.confirmationStatus === 'CONFIRMED';
  // The confirmed turn goes on from what the user heard (one call to Salesforce: the guarded write and its read-back).
  const kept = confirmed && memo?.id === found.id ? memo : undefined;
  const deal = kept?.deal ?? found.deal ?? (await dealState(await ctx.salesforce(), found.id));
  if (!deal) return { ask: { slot: slots.deal, speech: ctx.t('updateDeal.gone') } };
  rememberDeal(input, deal.id, ctx.now);
  const seen = kept?.seen ?? deal.lastModified;
  const heardCloseDate = kept?.closeDate ?? deal.closeDate;
  const heard = getSlotValue(input.requestEnvelope, slots.deal)?.trim();
  setMemo(input, { intent: request.intent.name, id: deal.id, seen, closeDate: heardCloseDate, deal, ...(heard ? { heard: spokenForm(heard) } : {}) });
  return { deal, seen, heardCloseDate };
}

/** After Salesforce said the record changed: the user now hears it as it is, so that is what a "yes" is based on. */
export function rememberSeen(input: HandlerInput, deal: DealState): void {
  const memo = memoOf(input);
  if (memo?.id === deal.id) setMemo(input, { ...memo, seen: deal.lastModified, closeDate: deal.closeDate, deal });
}
