/**
 * The shape every write conversation shares — collect what is missing, confirm, act once, say what was done:
 *   1. `collect` reads the slots; anything missing or unclear is asked for (Dialog.ElicitSlot);
 *   2. with everything known, the user hears the whole request back (Dialog.ConfirmIntent);
 *   3. on "yes" the write runs through `once`, so a repeat, a retry or a second "yes" writes nothing new;
 *   4. if Salesforce refuses a field, the user hears why and is asked for that value again, keeping the rest;
 *   5. if Salesforce's answer never came or cannot be read, the user hears that the outcome is unknown, and the next
 *      attempt asks Salesforce before writing (state/once.ts); without the state table, nothing is written.
 * At any of its questions the user may correct what was said ("no, make it three", "Friday instead"): the new
 * words are merged into what the question carried (see `correctedIntent`) and the draft is confirmed again.
 * Each write's model lists those phrases as samples of its own intent. [unsure: real Alexa may map "no, make it
 * three" at a ConfirmIntent to DENIED, which cancels; and a phrase two writes share ("make it three": a meeting's
 * time or an opportunity's amount) goes to whichever intent Alexa picks — the other write then starts afresh]
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, IntentRequest } from 'ask-sdk-model';
import type { RequestContext } from '../context';
import type { Translate } from '../i18n';
import { log } from '../log';
import { afterWriteOutput, askOutput, confirmOutput } from '../alexa/dialog';
import { SalesforceRequestError, SalesforceUnavailableError } from '../salesforce/errors';
import type { SalesforcePort } from '../salesforce/port';
import { WriteInProgressError, once } from '../state/once';
import { StateUnavailableError } from '../state/table';
import { type WriteKind, correctedIntent, endWrite, registerWrite, startWrite, writeUnderWay } from './draft';
import { type IntentHandler, intentHandler } from '../alexa/intentHandler';
import type { Output } from '../alexa/output';
import { setPending } from '../state/session';
import { reviewUnderWay } from '../conversations/review/state';

/**
 * The write is over (done, cancelled or refused): offer something else, which a "no" declines (basics/no.ts) —
 * or, inside a pipeline review, its next deal: the write was one of the review's steps, not the end of a talk.
 */
export function finishWrite(input: HandlerInput, t: Translate, speech: string): Output {
  endWrite(input);
  if (reviewUnderWay(input)) return { speech: `${speech} ${t('review.afterWrite')}`, reprompt: t('review.reprompt') };
  setPending(input, 'anythingElse');
  return afterWriteOutput(t, speech);
}

export interface Ask {
  slot: string;
  speech: string;
}

export interface WriteConversation<D, R> extends WriteKind {
  /** `say`: nothing to write (the record already holds the value): said, and the write is over. */
  collect(input: HandlerInput, ctx: RequestContext): Promise<{ ask: Ask } | { draft: D } | { say: string }>;
  confirm(ctx: RequestContext, draft: D): string | Promise<string>;
  /** What makes two of these writes the same one (ids and values, not words). */
  sameness(draft: D): unknown;
  perform(port: SalesforcePort, ctx: RequestContext, draft: D): Promise<R>;
  /** Finds the record a lost attempt made since `since`, if it did. */
  recover(port: SalesforcePort, userId: string, draft: D, since: Date): Promise<R | undefined>;
  done(ctx: RequestContext, draft: D, result: R, repeated: boolean): string | Promise<string>;
  /** Told once a write was made (not when it was a repeat): what else in the session counts it (a review's summary). */
  written?(input: HandlerInput, draft: D): void;
  /** The slot to ask again, and how, when Salesforce rejects one of the record's fields. */
  askAgainFor(field: string, t: Translate): Ask | undefined;
  /** A refusal this write answers itself (a record changed since it was read: say so, offer to go ahead), or undefined. */
  refused?(err: SalesforceRequestError, input: HandlerInput, ctx: RequestContext, draft: D, intent: Intent): Promise<Output | undefined>;
  /**
   * Slots that say one thing together: a correction naming one of them replaces all of them (saying "with the
   * team instead" drops "James"; a new time drops the half of the day that was asked for the old one).
   */
  replacedTogether?: readonly (readonly string[])[];
  /**
   * Slots a request for a new write names at least one of (a meeting's day, subject or people; a case's account).
   * Only a correction ("no, make it three") fills other slots alone: said with no write under way, it changes
   * nothing and is not taken for a new write (a meeting at three, on a day still to be asked).
   */
  anchors: readonly string[];
  /**
   * The one value a bare correction changes ("no, make it 260 thousand" at a deal's new amount), when Alexa gives
   * the correction to another write's intent (see draft.ts redirectCorrection). Writes with correction phrases
   * of their own for several values leave it out.
   */
  correctionSlot?: string;
}

/** The slots of a request that hold a value. */
function filled(intent: Intent): string[] {
  return Object.values(intent.slots ?? {}).filter((slot) => slot.value).map((slot) => slot.name);
}

/**
 * Writes the draft through `once` (state/once.ts): however often it is asked for, one record. The skill writes after
 * "yes"; an MCP tool passes the idempotency key its caller sent, so a retried call is the same write and a new call
 * with new words another.
 */
export async function writeOnce<D, R>(
  ctx: RequestContext,
  conversation: Pick<WriteConversation<D, R>, 'intent' | 'sameness' | 'perform' | 'recover'>,
  draft: D,
  requestKey?: string,
): Promise<{ result: R; repeated: boolean }> {
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  const write = { org: identity.orgId, user: identity.userId, intent: conversation.intent, write: conversation.sameness(draft) };
  return once({
    table: ctx.table,
    identity: requestKey === undefined ? write : { ...write, requestKey },
    perform: () => conversation.perform(port, ctx, draft),
    recover: (since) => conversation.recover(port, identity.userId, draft, since),
    now: () => new Date(),
  });
}

export function writeHandler<D, R>(conversation: WriteConversation<D, R>): IntentHandler {
  registerWrite(conversation.intent, conversation.anchors, conversation.correctionSlot);
  return intentHandler([conversation.intent], async (input, ctx) => {
    const { t } = ctx;
    const request = input.requestEnvelope.request as IntentRequest;
    // The corrected intent takes the request's place, so every slot reader in `collect` sees the whole draft.
    const intent = (request.intent = correctedIntent(input, request.intent, conversation.replacedTogether ?? []));
    if (intent.confirmationStatus === 'DENIED') return finishWrite(input, t, t(`${conversation.words}.cancelled`));
    const said = filled(intent);
    if (!writeUnderWay(input) && said.length > 0 && !said.some((slot) => conversation.anchors.includes(slot))) {
      return { speech: t('writes.nothingToChange'), reprompt: t('help.reprompt') };
    }
    startWrite(input, conversation);
    const collected = await conversation.collect(input, ctx);
    if ('ask' in collected) return askOutput(collected.ask.speech, collected.ask.slot, intent);
    if ('say' in collected) return finishWrite(input, t, collected.say);
    const { draft } = collected;
    if (intent.confirmationStatus !== 'CONFIRMED') return confirmOutput(await conversation.confirm(ctx, draft), intent);

    try {
      const { result, repeated } = await writeOnce(ctx, conversation, draft);
      if (!repeated) conversation.written?.(input, draft);
      return finishWrite(input, t, await conversation.done(ctx, draft, result, repeated));
    } catch (err) {
      if (err instanceof WriteInProgressError) return { speech: t('writes.inProgress') };
      if (err instanceof StateUnavailableError) {
        log.warn('write not attempted: the state table is unavailable', { intent: conversation.intent, error: err.message });
        return finishWrite(input, t, t('writes.notSaved'));
      }
      if (err instanceof SalesforceUnavailableError) {
        log.warn('write outcome unknown', { intent: conversation.intent, answered: err.answered, error: err.message });
        return { speech: t('writes.outcomeUnknown') };
      }
      if (!(err instanceof SalesforceRequestError)) throw err;
      log.info('Salesforce refused a write', { intent: conversation.intent, errorCode: err.errorCode, fields: err.fields });
      const answered = await conversation.refused?.(err, input, ctx, draft, intent);
      if (answered) return answered;
      const again = err.fields.map((f) => conversation.askAgainFor(f, t)).find((a) => a !== undefined);
      if (again) return askOutput(`${t('writes.rejected', { message: err.message })} ${again.speech}`, again.slot, intent);
      return finishWrite(input, t, t(`${conversation.words}.refused`, { message: err.message }));
    }
  });
}
