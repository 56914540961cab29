/**
 * The shape every write conversation shares — collect what is missing, confirm, act once, say what was done:
 *   1. `collect` reads the slots; anything missing or unclear is asked for (Dialog.ElicitSlot);
 *   2. with everything known, the user hears the whole request back (Dialog.ConfirmIntent);
 *   3. on "yes" the write runs through `once`, so a repeat, a retry or a second "yes" writes nothing new;
 *   4. if Salesforce refuses a field, the user hears why and is asked for that value again, keeping the rest.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { RequestContext } from '../context';
import type { Translate } from '../i18n';
import { log } from '../log';
import { afterWriteOutput, askOutput, confirmOutput } from '../alexa/dialog';
import { SalesforceRequestError } from '../salesforce/errors';
import type { SalesforcePort } from '../salesforce/port';
import { WriteInProgressError, once } from '../state/once';
import { type WriteKind, endWrite, startWrite } from './draft';
import { type IntentHandler, intentHandler } from '../alexa/intentHandler';
import type { Output } from '../alexa/output';
import { setPending } from '../state/session';

/** The write is over (done, cancelled or refused): offer something else, which a "no" declines (basics/no.ts). */
export function finishWrite(input: HandlerInput, t: Translate, speech: string): Output {
  endWrite(input);
  setPending(input, 'anythingElse');
  return afterWriteOutput(t, speech);
}

export interface Ask {
  slot: string;
  speech: string;
}

export interface WriteConversation<D, R> extends WriteKind {
  collect(input: HandlerInput, ctx: RequestContext): Promise<{ ask: Ask } | { draft: D }>;
  confirm(ctx: RequestContext, draft: D): string | Promise<string>;
  /** What makes two of these writes the same one (ids and values, not words). */
  sameness(draft: D): unknown;
  perform(port: SalesforcePort, ctx: RequestContext, draft: D): Promise<R>;
  /** Finds the record a lost attempt made since `since`, if it did. */
  recover(port: SalesforcePort, userId: string, draft: D, since: Date): Promise<R | undefined>;
  done(ctx: RequestContext, draft: D, result: R, repeated: boolean): string | Promise<string>;
  /** The slot to ask again, and how, when Salesforce rejects one of the record's fields. */
  askAgainFor(field: string, t: Translate): Ask | undefined;
}

export function writeHandler<D, R>(conversation: WriteConversation<D, R>): IntentHandler {
  return intentHandler([conversation.intent], async (input, ctx) => {
    const { t } = ctx;
    const intent = (input.requestEnvelope.request as IntentRequest).intent;
    if (intent.confirmationStatus === 'DENIED') return finishWrite(input, t, t(`${conversation.words}.cancelled`));
    startWrite(input, conversation);
    const collected = await conversation.collect(input, ctx);
    if ('ask' in collected) return askOutput(collected.ask.speech, collected.ask.slot, intent);
    const { draft } = collected;
    if (intent.confirmationStatus !== 'CONFIRMED') return confirmOutput(await conversation.confirm(ctx, draft), intent);

    const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
    try {
      const { result, repeated } = await once({
        table: ctx.table,
        identity: { org: identity.orgId, user: identity.userId, intent: conversation.intent, write: conversation.sameness(draft) },
        perform: () => conversation.perform(port, ctx, draft),
        recover: (since) => conversation.recover(port, identity.userId, draft, since),
        now: () => new Date(),
      });
      return finishWrite(input, t, await conversation.done(ctx, draft, result, repeated));
    } catch (err) {
      if (err instanceof WriteInProgressError) return { speech: t('writes.inProgress') };
      if (!(err instanceof SalesforceRequestError)) throw err;
      log.info('Salesforce refused a write', { intent: conversation.intent, errorCode: err.errorCode, fields: err.fields });
      const again = err.fields.map((f) => conversation.askAgainFor(f, t)).find((a) => a !== undefined);
      if (again) return askOutput(`${t('writes.rejected', { message: err.message })} ${again.speech}`, again.slot, intent);
      return finishWrite(input, t, t(`${conversation.words}.refused`, { message: err.message }));
    }
  });
}
