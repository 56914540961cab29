/**
 * "Move the Acme deal to negotiation", "push it to next month", "push it a week", "make that deal 250 thousand",
 * "next step: send the revised quote by Friday", "put it in commit", "mark the Initech deal as won", "we lost
 * Globex": one field of one opportunity, through the write protocol (collect → confirm → once → read back).
 * The PATCH carries `If-Unmodified-Since` with the LastModifiedDate the user's confirmation was based on; when
 * someone changed the deal meanwhile, the user hears it as it is now and is asked whether to go ahead.
 * The same change said again after it is done is answered from the record: "It's already closing on December 31st."
 */
import { amountInWords } from '../../speaking/amountWords';
import { heard as heardAt, withoutHeard } from '../../speaking/heard';
import { spokenForm } from '../../salesforce/nameSearch';
import { getIntentName, getRequestType, getSlotValue } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { addDays, addMonths, addWeeks, addYears, format, parseISO } from 'date-fns';
import type { RequestContext } from '../../context';
import type { Translate } from '../../i18n';
import type { PicklistLabel } from '../../salesforce/labels';
import { type ForecastCategoryId, type IntentName, DealStageIds, ForecastCategoryIds, LossReasonIds, SLOTS } from '../../generated/model';
import { confirmOutput } from '../../alexa/dialog';
import { numberSlot, readNumber, readSlot, resolvedId } from '../../alexa/slots';
import { dealSpokenOfInSession, lastOutput, offeredDealChoice } from '../../state/session';
import { bareCorrection, writeUnderWay } from '../../writes/draft';
import { closeDate } from '../../dates/closeDate';
import { FORECAST_CATEGORY_NAMES, forecastCategoryId } from '../../deals/forecastCategories';
import { spokenDay, spokenDayAfterPreposition } from '../../speaking/days';
import { spokenList } from '../../speaking/list';
import { exactAmount, totalAmount } from '../../speaking/money';
import { type Speaking, speakingFor } from '../../speaking/speakingFor';
import { type Ask, type WriteConversation, finishWrite, writeHandler } from '../../writes/writeConversation';
import type { IntentHandler } from '../../alexa/intentHandler';
import { type ReviewChange, noteReviewChange } from '../review/state';
import { type DealSlots, dealToUpdate, pickDeal, rememberSeen } from './deal';
import { type DealChange, type DealState, type LossReason, type LossReasonField, type OrgStage, dealState, lossReasonField, orgStages, updateDeal } from './query';

/** What the user asked for, in their words' terms: a field, or closing the deal won or lost. */
export type Kind = DealChange['field'] | 'won' | 'lost';

export interface UpdateDraft {
  kind: Kind;
  deal: DealState;
  change: DealChange;
  /** The LastModifiedDate the user heard the deal at. */
  seen: string;
  /** The stage's label, for a stage change, and the label of the stage it leaves (both in the user's language). */
  stageLabel?: string;
  fromStageLabel?: string;
  /** Written with "we lost it" when the org has a loss-reason picklist. */
  lossReason?: LossReason;
  /** Said before the confirmation: a reason heard that this org has no field for. */
  note?: string;
  speaking: Speaking;
}

type Collected = { ask: Ask } | { draft: UpdateDraft } | { say: string };

/**
 * The org's active stages, read once per session (an admin's change to the stages reaches the next session;
 * a stage gone meanwhile is refused by Salesforce, and that refusal is said).
 */
async function stages(input: HandlerInput, ctx: RequestContext): Promise<OrgStage[]> {
  const session = input.attributesManager.getSessionAttributes();
  // Said and matched as the org labels them in the user's language ("Verhandlung"), kept for the session.
  if (!session.updateDealStages) {
    const [all, stageLabel] = await Promise.all([ctx.salesforce().then(orgStages), ctx.picklistLabel('Opportunity', 'StageName')]);
    session.updateDealStages = all.map((s) => ({ ...s, label: stageLabel(s.apiName, s.label) }));
  }
  return session.updateDealStages as OrgStage[];
}

/** The org's stage the user meant: the slot's resolved stage, or the one whose label holds every word heard. */
export function matchStage(all: readonly OrgStage[], resolved: string | undefined, heard: string, locale: string): OrgStage | undefined {
  const byId = resolved && all.find((s) => s.apiName === resolved || s.label === resolved);
  if (byId) return byId;
  const said = spokenForm(heard).replace(heardAt(locale, 'updateDeal.heard.article', 'start'), '').replace(heardAt(locale, 'updateDeal.heard.stageWord', 'end'), '').trim();
  const exact = all.find((s) => spokenForm(s.label) === said || spokenForm(s.apiName) === said);
  if (exact) return exact;
  const words = said.split(' ').filter(Boolean);
  const fits = all.filter((s) => words.length > 0 && words.every((w) => spokenForm(s.label).split(' ').includes(w)));
  return fits.length === 1 ? fits[0] : undefined;
}

/** A few stages to offer for one the org lacks: the open stages after the deal's, else the first ones. */
function stagesToOffer(all: readonly OrgStage[], current: string): string[] {
  const open = all.filter((s) => !s.isClosed);
  const at = open.findIndex((s) => s.apiName === current);
  const after = at >= 0 ? open.slice(at + 1) : [];
  return (after.length ? after : open).slice(0, 3).map((s) => s.label);
}

/** A close date moved by an AMAZON.DURATION ("P1W", "P2M", "P10D", "P1Y"), or undefined for another length. */
export function shiftedDate(from: string, duration: string): string | undefined {
  const m = /^P(\d+)([DWMY])$/.exec(duration);
  if (!m) return undefined;
  const n = Number(m[1]);
  const add = { D: addDays, W: addWeeks, M: addMonths, Y: addYears }[m[2] as 'D' | 'W' | 'M' | 'Y'];
  return format(add(parseISO(from), n), 'yyyy-MM-dd');
}

/** What one kind of update reads from its slots: the change, or a question. */
export type Read = { change: DealChange; stageLabel?: string; fromStageLabel?: string; lossReason?: LossReason; note?: string };
type ChangeReader = (input: HandlerInput, ctx: RequestContext, deal: DealState, speaking: Speaking, heardCloseDate: string) => Promise<Read | { ask: Ask } | { say: string }>;

function stageReader(slot: string): ChangeReader {
  return async (input, ctx, deal) => {
    const { t } = ctx;
    const heard = getSlotValue(input.requestEnvelope, slot)?.trim();
    if (!heard) return { ask: { slot, speech: t('updateDeal.askStage') } };
    const resolved = resolvedId(input, slot, DealStageIds);
    const all = await stages(input, ctx);
    const stage = matchStage(all, resolved, heard, ctx.locale);
    if (!stage) {
      return { ask: { slot, speech: t('updateDeal.unknownStage', { heard, choices: spokenList(stagesToOffer(all, deal.stage), ctx.locale, 'disjunction') }) } };
    }
    return stageChange(all, stage, deal);
  };
}

function stageChange(all: readonly OrgStage[], stage: OrgStage, deal: DealState): Read {
  return { change: { field: 'StageName', value: stage.apiName }, stageLabel: stage.label, fromStageLabel: all.find((s) => s.apiName === deal.stage)?.label };
}

/** Closing the deal won or lost: the org's closed stage of that outcome, or what to say when it has none. */
export function closingChange(t: Translate, all: readonly OrgStage[], won: boolean, deal: DealState): Read | { say: string } {
  const stage = all.find((s) => s.isClosed && s.isWon === won);
  if (!stage) return { say: t('updateDeal.noClosedStage', { outcome: t(won ? 'updateDeal.closedWon' : 'updateDeal.closedLost'), name: deal.name }) };
  return stageChange(all, stage, deal);
}

function closingReader(won: boolean): ChangeReader {
  return async (input, ctx, deal) => closingChange(ctx.t, await stages(input, ctx), won, deal);
}

/** The org's loss-reason picklist, looked up by describe once per session (null: the org has none). */
async function lossField(input: HandlerInput, ctx: RequestContext): Promise<LossReasonField | undefined> {
  const session = input.attributesManager.getSessionAttributes();
  if (session.updateDealLossReason === undefined) session.updateDealLossReason = (await lossReasonField(await ctx.salesforce())) ?? null;
  return (session.updateDealLossReason as LossReasonField | null) ?? undefined;
}

/** The picklist value the user meant: the slot's resolved id or the words heard, matched word for word. */
export function matchValue(values: readonly string[], resolved: string | undefined, heard: string, locale: string): string | undefined {
  const said = spokenForm(heard).replace(heardAt(locale, 'updateDeal.heard.article', 'start'), '').trim();
  for (const candidate of [resolved && spokenForm(resolved), said].filter(Boolean) as string[]) {
    const exact = values.find((v) => spokenForm(v) === candidate);
    if (exact) return exact;
    const words = candidate.split(' ');
    const fits = values.filter((v) => {
      const own = spokenForm(v).split(' ');
      return words.every((w) => own.includes(w)) || own.every((w) => words.includes(w));
    });
    if (fits.length === 1) return fits[0];
  }
  return undefined;
}

/** "We lost Globex to a competitor": the closed-lost stage, and the reason when the org keeps one. */
const lostReader: ChangeReader = async (input, ctx, deal, speaking, heardCloseDate) => {
  const closing = await closingReader(false)(input, ctx, deal, speaking, heardCloseDate);
  if (!('change' in closing)) return closing;
  const slot = SLOTS.MarkDealLostIntent.reason;
  const heard = getSlotValue(input.requestEnvelope, slot)?.trim();
  const reason = lossReasonOf(ctx, await lossField(input, ctx), heard, resolvedId(input, slot, LossReasonIds));
  return 'question' in reason ? { ask: { slot, speech: reason.question } } : { ...closing, ...reason };
};

/**
 * The loss reason to write with "we lost it", by the org's loss-reason picklist: a value of it; without one, a note
 * that a reason heard goes nowhere; or the question to ask (none heard, or one the picklist lacks).
 */
export function lossReasonOf(
  ctx: Pick<RequestContext, 't' | 'locale'>, field: LossReasonField | undefined, heard: string | undefined, resolved: string | undefined,
): Pick<Read, 'lossReason' | 'note'> | { question: string } {
  if (!field) return heard ? { note: ctx.t('updateDeal.noLossReasonField') } : {};
  const choices = spokenList(field.values.slice(0, 4), ctx.locale, 'disjunction');
  if (!heard) return { question: ctx.t('updateDeal.askLossReason', { choices }) };
  const value = matchValue(field.values, resolved, heard, ctx.locale);
  if (!value) return { question: ctx.t('updateDeal.unknownLossReason', { heard, choices }) };
  return { lossReason: { field: field.name, value } };
}

const closeDateReader: ChangeReader = async (input, ctx, deal, speaking, heardCloseDate) => {
  const slots = SLOTS.UpdateDealCloseDateIntent;
  const { t } = ctx;
  const dateSaid = getSlotValue(input.requestEnvelope, slots.closeDate);
  const shift = getSlotValue(input.requestEnvelope, slots.shift);
  let day: string | undefined;
  if (dateSaid) {
    day = closeDate(dateSaid, (await ctx.identity()).timeZone, ctx.now);
    if (!day) return { ask: { slot: slots.closeDate, speech: t('updateDeal.vagueCloseDate') } };
  } else if (shift) {
    day = shiftedDate(heardCloseDate, shift);
    if (!day) return { ask: { slot: slots.closeDate, speech: t('updateDeal.vagueCloseDate') } };
  } else {
    return { ask: { slot: slots.closeDate, speech: t('updateDeal.askCloseDate') } };
  }
  if (day < speaking.today && !deal.isClosed) return { ask: { slot: slots.closeDate, speech: t('updateDeal.pastCloseDate') } };
  return { change: { field: 'CloseDate', value: day } };
};

const amountReader: ChangeReader = async (input, ctx) => {
  const slot = SLOTS.UpdateDealAmountIntent.amount;
  const amount = readNumber(input, slot);
  if (amount.kind === 'empty') return { ask: { slot, speech: ctx.t('updateDeal.askAmount') } };
  if (amount.kind !== 'number' || amount.value <= 0) return { ask: { slot, speech: ctx.t('updateDeal.badAmount') } };
  return { change: { field: 'Amount', value: amount.value } };
};

/** The next step as written: the words said without a leading "is" or "to" (updateDeal.heard.nextStepLead), capitalised. */
export function nextStepOf(said: string | undefined, locale: string): string | undefined {
  const words = said && withoutHeard(said, locale, 'updateDeal.heard.nextStepLead');
  return words ? words[0]!.toUpperCase() + words.slice(1) : undefined;
}

const nextStepReader: ChangeReader = async (input, ctx) => {
  const slot = SLOTS.UpdateDealNextStepIntent.nextStep;
  const value = nextStepOf(getSlotValue(input.requestEnvelope, slot), ctx.locale);
  if (!value) return { ask: { slot, speech: ctx.t('updateDeal.askNextStep') } };
  return { change: { field: 'NextStep', value } };
};

/**
 * "Pipeline" alone is the pipeline itself in a question ("how's my pipeline") and so no synonym of the category,
 * but "drop it to pipeline" can only mean the category (updateDeal.heard.pipelineCategory).
 */

const forecastReader: ChangeReader = async (input, ctx) => {
  const slot = SLOTS.UpdateDealForecastIntent.category;
  const reading = readSlot(input, slot, ForecastCategoryIds);
  const heard = reading.kind === 'unmatched' ? reading.heard.toLowerCase().trim() : undefined;
  const id: ForecastCategoryId | undefined = reading.kind === 'match' ? reading.id : heard && heardAt(ctx.locale, 'updateDeal.heard.pipelineCategory').test(spokenForm(heard)) ? 'PIPELINE' : undefined;
  if (!id) {
    const ask = ctx.t('updateDeal.askCategory');
    return { ask: { slot, speech: heard ? `${ctx.t('updateDeal.noCategory', { heard })} ${ask}` : ask } };
  }
  return { change: { field: 'ForecastCategoryName', value: FORECAST_CATEGORY_NAMES[id] } };
};

/** Does the deal already hold what the change would write? */
export function holds(deal: DealState, change: DealChange): boolean {
  switch (change.field) {
    case 'StageName': return deal.stage === change.value;
    case 'CloseDate': return deal.closeDate === change.value;
    case 'Amount': return deal.amount === change.value;
    case 'NextStep': return spokenForm(deal.nextStep ?? '') === spokenForm(change.value);
    case 'ForecastCategoryName': return deal.forecastCategory === change.value;
  }
}

/** The stage a change moves to, as stored (its API value) and as said (its label in the user's language). */
export function stageMovedTo(read: Pick<Read, 'change' | 'stageLabel'>): { apiName: string; label: string } | undefined {
  return read.change.field === 'StageName' && read.stageLabel ? { apiName: read.change.value, label: read.stageLabel } : undefined;
}

/**
 * What the deal now holds, in the words of one kind of update ("It's already closing on December 31st"); a stage
 * it holds is said by the label of the stage moved to ("steht jetzt auf Verhandlung"), not its API value.
 */
export function saidOf(t: Translate, key: 'done' | 'already', kind: Kind, deal: DealState, speaking: Speaking, movedTo?: { apiName: string; label: string }): string {
  const because = key === 'done' && kind === 'lost' && deal.lossReason;
  const which = because ? `updateDeal.done.lostBecause` as const : (`updateDeal.${key}.${kind}` as const);
  return t(which, {
    reason: deal.lossReason ?? '',
    name: deal.name,
    stage: movedTo && deal.stage === movedTo.apiName ? movedTo.label : deal.stage,
    day: spokenDay(t, deal.closeDate, speaking.today),
    // After "make it 1,249" the figure is the user's own: said exactly, like in the confirmation.
    amount: deal.amount === null ? t('updateDeal.noAmount') : (kind === 'Amount' ? exactAmount : totalAmount)(t, deal.amount, speaking),
    nextStep: deal.nextStep ?? '',
    category: deal.forecastCategory ?? '',
  });
}

function confirmation(t: Translate, d: UpdateDraft): string {
  const { deal, change, speaking } = d;
  const from = (() => {
    switch (change.field) {
      case 'StageName': return d.fromStageLabel ?? deal.stage;
      case 'CloseDate': return spokenDayAfterPreposition(t, deal.closeDate, speaking.today);
      case 'Amount': return deal.amount === null ? '' : exactAmount(t, deal.amount, speaking);
      case 'NextStep': return deal.nextStep ?? '';
      case 'ForecastCategoryName': return deal.forecastCategory ?? '';
    }
  })();
  const to = (() => {
    switch (change.field) {
      case 'StageName': return d.stageLabel ?? change.value;
      case 'CloseDate': return spokenDayAfterPreposition(t, change.value, speaking.today);
      case 'Amount': return exactAmount(t, change.value, speaking);
      default: return change.value;
    }
  })();
  // A "push" to a day before the deal's close date is said as what it is: pulling the deal in.
  const earlier = change.field === 'CloseDate' && change.value < deal.closeDate;
  const key = change.field === 'Amount' && deal.amount === null ? 'AmountUnset' : d.lossReason ? 'lostBecause' : earlier ? 'CloseDateEarlier' : d.kind;
  const question = t(`updateDeal.confirm.${key}`, { name: deal.name, from, to, reason: d.lossReason?.value ?? '' });
  return d.note ? `${d.note} ${question}` : question;
}

/** How a review's summary counts the update: "3 pushed, 1 moved to commit and 1 won". */
function reviewChangeOf(d: UpdateDraft): ReviewChange {
  const { change } = d;
  if (d.kind === 'won' || d.kind === 'lost') return d.kind;
  switch (change.field) {
    case 'CloseDate': return change.value > d.deal.closeDate ? 'pushed' : 'pulledIn';
    case 'ForecastCategoryName': {
      const to = forecastCategoryId(change.value);
      return to === 'COMMIT' ? 'toCommit' : to === 'BEST_CASE' ? 'toBestCase' : to === 'OMITTED' ? 'toOmitted' : 'toPipeline';
    }
    case 'StageName': return 'stage';
    case 'Amount': return 'amount';
    default: return 'nextStep';
  }
}

interface UpdateIntent {
  intent: IntentName;
  kind: Kind;
  slots: DealSlots;
  /** The slots a new request names at least one of (the deal, or the value: "move it to proposal"). */
  anchors: readonly string[];
  read: ChangeReader;
  /** The slot to ask again when Salesforce refuses this field. */
  valueSlot?: string;
  ask?: 'askStage' | 'askCloseDate' | 'askAmount' | 'askNextStep' | 'askCategory';
}

function conversation(u: UpdateIntent): WriteConversation<UpdateDraft, DealState> {
  return {
    intent: u.intent,
    words: 'updateDeal',
    anchors: u.anchors,
    ...(u.valueSlot ? { correctionSlot: u.valueSlot } : {}),
    async collect(input, ctx): Promise<Collected> {
      const found = await dealToUpdate(input, ctx, u.slots);
      if ('ask' in found || 'say' in found) return found;
      const speaking = speakingFor(ctx, await ctx.identity());
      const read = await u.read(input, ctx, found.deal, speaking, found.heardCloseDate);
      if (!('change' in read)) return read;
      if (holds(found.deal, read.change)) return { say: saidOf(ctx.t, 'already', u.kind, found.deal, speaking, stageMovedTo(read)) };
      const { change, ...rest } = read;
      return { draft: { kind: u.kind, deal: found.deal, change, seen: found.seen, speaking, ...rest } };
    },
    confirm: ({ t }, d) => confirmation(t, d),
    sameness: (d) => ({ deal: d.deal.id, field: d.change.field, value: d.change.value, reason: d.lossReason?.value }),
    // A deal marked won or lost closed today: its close date says so, or this quarter's wins would miss it.
    perform: (port, _ctx, d) => updateDeal(port, d.deal.id, d.change, d.seen, d.lossReason, d.kind === 'won' || d.kind === 'lost' ? d.speaking.today : undefined),
    // The update is a PATCH: when a lost attempt did write, the record holds the value, and writing it again is harmless.
    recover: async () => undefined,
    written: (input, d) => noteReviewChange(input, reviewChangeOf(d)),
    done: ({ t }, d, after, repeated) => {
      const said = saidOf(t, repeated ? 'already' : 'done', d.kind, after, d.speaking, stageMovedTo(d));
      // Salesforce moves a deal to its new stage's forecast category: a change to the forecast is said, never silent.
      const moved = d.kind === 'StageName' && !repeated && after.forecastCategory !== d.deal.forecastCategory;
      return moved ? `${said} ${t('updateDeal.categoryFollowed', { from: d.deal.forecastCategory ?? '', to: after.forecastCategory ?? '' })}` : said;
    },
    askAgainFor(field, t) {
      if (u.kind === 'lost' && /reason/i.test(field)) return { slot: SLOTS.MarkDealLostIntent.reason, speech: t('updateDeal.askLossReason', { choices: '' }).replace(/: \?$/, '?') };
      if (!u.valueSlot || !u.ask) return undefined;
      return field === u.kind ? { slot: u.valueSlot, speech: t(`updateDeal.${u.ask}`) } : undefined;
    },
    async refused(err, input, ctx, d, intent) {
      // A field the user may not edit (field-level security, or one Salesforce derives): asking for another value
      // would not help, so the refusal is said and the write is over.
      if (err.errorCode === 'INVALID_FIELD_FOR_INSERT_UPDATE') {
        return finishWrite(input, ctx.t, ctx.t('updateDeal.readOnly', { field: ctx.t(`updateDeal.field.${d.change.field}`), name: d.deal.name }));
      }
      if (err.errorCode !== 'PRECONDITION_FAILED') return undefined;
      const now = await dealState(await ctx.salesforce(), d.deal.id);
      if (!now) return undefined;
      rememberSeen(input, now);
      return confirmOutput(staleSaid(ctx.t, d, now, await ctx.picklistLabel('Opportunity', 'StageName')), intent);
    },
  };
}

/**
 * Someone changed the deal after the user heard it: how it is now, and the change asked again on top of that — its
 * stage as the org labels it in the user's language, also where the question says the stage it leaves.
 */
export function staleSaid(t: Translate, d: UpdateDraft, now: DealState, stageLabel: PicklistLabel): string {
  const stage = stageLabel(now.stage, now.stage);
  return t('updateDeal.stale', {
    name: now.name,
    stage,
    amount: now.amount === null ? t('updateDeal.noAmount') : totalAmount(t, now.amount, d.speaking),
    day: spokenDay(t, now.closeDate, d.speaking.today),
    question: confirmation(t, { ...d, deal: now, fromStageLabel: stage }),
  });
}

const S = SLOTS;
const UPDATES: UpdateIntent[] = [
  {
    intent: 'UpdateDealStageIntent', kind: 'StageName', read: stageReader(S.UpdateDealStageIntent.stage),
    slots: { deal: S.UpdateDealStageIntent.deal, position: S.UpdateDealStageIntent.position },
    anchors: [S.UpdateDealStageIntent.deal, S.UpdateDealStageIntent.position, S.UpdateDealStageIntent.stage],
    valueSlot: S.UpdateDealStageIntent.stage, ask: 'askStage',
  },
  {
    intent: 'UpdateDealCloseDateIntent', kind: 'CloseDate', read: closeDateReader,
    slots: { deal: S.UpdateDealCloseDateIntent.deal, position: S.UpdateDealCloseDateIntent.position },
    anchors: [S.UpdateDealCloseDateIntent.deal, S.UpdateDealCloseDateIntent.position, S.UpdateDealCloseDateIntent.closeDate, S.UpdateDealCloseDateIntent.shift],
    valueSlot: S.UpdateDealCloseDateIntent.closeDate, ask: 'askCloseDate',
  },
  {
    intent: 'UpdateDealAmountIntent', kind: 'Amount', read: amountReader,
    slots: { deal: S.UpdateDealAmountIntent.deal },
    anchors: [S.UpdateDealAmountIntent.deal, S.UpdateDealAmountIntent.amount],
    valueSlot: S.UpdateDealAmountIntent.amount, ask: 'askAmount',
  },
  {
    intent: 'UpdateDealNextStepIntent', kind: 'NextStep', read: nextStepReader,
    slots: { deal: S.UpdateDealNextStepIntent.deal },
    anchors: [S.UpdateDealNextStepIntent.deal, S.UpdateDealNextStepIntent.nextStep],
    valueSlot: S.UpdateDealNextStepIntent.nextStep, ask: 'askNextStep',
  },
  {
    intent: 'UpdateDealForecastIntent', kind: 'ForecastCategoryName', read: forecastReader,
    slots: { deal: S.UpdateDealForecastIntent.deal },
    anchors: [S.UpdateDealForecastIntent.deal, S.UpdateDealForecastIntent.category],
    valueSlot: S.UpdateDealForecastIntent.category, ask: 'askCategory',
  },
  {
    intent: 'MarkDealWonIntent', kind: 'won', read: closingReader(true),
    slots: { deal: S.MarkDealWonIntent.deal, position: S.MarkDealWonIntent.position },
    anchors: [S.MarkDealWonIntent.deal, S.MarkDealWonIntent.position],
  },
  {
    intent: 'MarkDealLostIntent', kind: 'lost', read: lostReader,
    slots: { deal: S.MarkDealLostIntent.deal, position: S.MarkDealLostIntent.position },
    anchors: [S.MarkDealLostIntent.deal, S.MarkDealLostIntent.position, S.MarkDealLostIntent.reason],
  },
];

/** Each kind of update's write, for the skill's handlers and the MCP tool alike (the same once-records and words). */
export const updateConversations = Object.fromEntries(UPDATES.map((u) => [u.kind, conversation(u)])) as Record<Kind, WriteConversation<UpdateDraft, DealState>>;

const writeHandlers: IntentHandler[] = Object.values(updateConversations).map(writeHandler);

/**
 * "The second one" after an update's "Which one: A or B?": Alexa hears a position (OpportunityDetailsIntent, whose
 * own handler would read the deal out instead). The update asked goes on with the deal at that place.
 */
const pickedDealHandler: IntentHandler = {
  intents: ['OpportunityDetailsIntent'],
  canHandle(input) {
    if (getRequestType(input.requestEnvelope) !== 'IntentRequest' || getIntentName(input.requestEnvelope) !== 'OpportunityDetailsIntent') return false;
    const choice = offeredDealChoice(input);
    const asked = lastOutput(input)?.dialog?.intent;
    const position = pickedPosition(input);
    return !!choice && asked?.name === choice.intent && writeHandlers.some((h) => h.intents.includes(choice.intent)) &&
      position !== undefined && position >= 1 && position <= choice.deals.length;
  },
  handle(input) {
    const choice = offeredDealChoice(input)!;
    const asked = lastOutput(input)!.dialog!.intent;
    const picked = choice.deals[pickedPosition(input)! - 1]!;
    pickDeal(input, picked.id);
    const slot = SLOTS.UpdateDealStageIntent.deal; // every update names its deal slot alike
    (input.requestEnvelope.request as IntentRequest).intent = {
      ...asked,
      slots: { ...asked.slots, [slot]: { name: slot, value: picked.name, confirmationStatus: 'NONE' } },
    };
    return writeHandlers.find((h) => h.intents.includes(choice.intent))!.handle(input);
  },
};

function pickedPosition(input: HandlerInput): number | undefined {
  const slots = SLOTS.OpportunityDetailsIntent;
  return numberSlot(input, slots.position) ?? numberSlot(input, slots.number);
}

export const updateDealHandlers: IntentHandler[] = [pickedDealHandler, ...writeHandlers];

/**
 * "Make it 80 thousand" right after hearing about a deal, with no write under way: Alexa gives it to the new
 * opportunity's correction phrase, which alone would answer that nothing is being created — or "make it one point
 * two million" to the case's "make it {priority}", which would start a case. The amount is for the deal just
 * spoken of ("it"): the request becomes that deal's amount update, which names the deal in its confirmation
 * before anything is written. Only an amount said alone, and only for a deal of this session.
 */
/**
 * The one value of a case's "make it {priority}" — a phrase with no other words, so an amount there ("make it one
 * point two million") can only be a deal's. (A case's account is never read as an amount: "3M" is a company.)
 */
function makeItSlot(request: IntentRequest): { name: string; value?: string } | undefined {
  const said = Object.values(request.intent.slots ?? {}).filter((slot) => slot.value);
  return request.intent.name === 'CreateCaseIntent' && said.length === 1 && said[0]!.name === SLOTS.CreateCaseIntent.priority ? said[0] : undefined;
}

export const amountForDealSpokenOf: RequestInterceptor = {
  process(input) {
    const { request } = input.requestEnvelope;
    if (request.type !== 'IntentRequest' || writeUnderWay(input) || !dealSpokenOfInSession(input) || request.intent.name.startsWith('UpdateDeal')) return;
    const said = bareCorrection(request) ?? makeItSlot(request);
    if (!said?.value) return;
    const amount = said.name === 'amount' && /^\d+$/.test(said.value) ? Number(said.value) : amountInWords(said.value, input.requestEnvelope.request.locale ?? 'en-US');
    if (amount === undefined) return;
    const slot = SLOTS.UpdateDealAmountIntent.amount;
    request.intent = { name: 'UpdateDealAmountIntent', confirmationStatus: 'NONE', slots: { [slot]: { name: slot, value: String(amount), confirmationStatus: 'NONE' } } };
  },
};
