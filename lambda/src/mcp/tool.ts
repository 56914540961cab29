/**
 * Running one tool call: the request context of the caller's token (built as for a skill request, so every
 * Salesforce call is made as that user), and the failures an assistant can act on turned into tool errors it can
 * read — an expired Salesforce session is forgotten, so the next request is refused with a 401 and the host signs
 * in again (mcp/auth/).
 */
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CallToolResult, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import type { RequestContext } from '../context';
import { type RequestContextDeps, createRequestContext } from '../interceptors/requestContext';
import { log } from '../log';
import { LinkRequiredError, SalesforceLimitError, SalesforceRequestError, SalesforceUnavailableError } from '../salesforce/errors';
import type { Identity } from '../salesforce/identity';
import { WriteInProgressError } from '../state/once';
import { AskBackError } from './question';

export type ToolExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;

export async function runTool<T extends Record<string, unknown>>(
  deps: RequestContextDeps,
  extra: ToolExtra,
  /** The structured result; its `said` is also the text content. */
  answer: (ctx: RequestContext, identity: Identity) => Promise<T & { said: string }>,
): Promise<CallToolResult> {
  // The locale of the answer's words and numbers: the skill speaks en-US only (i18n/index.ts).
  const ctx = createRequestContext(deps, { token: extra.authInfo?.token, locale: 'en-US' });
  try {
    const structured = await answer(ctx, await ctx.identity());
    return { content: [{ type: 'text', text: structured.said }], structuredContent: structured };
  } catch (err) {
    const refused = (text: string): CallToolResult => ({ isError: true, content: [{ type: 'text', text }] });
    if (err instanceof AskBackError) return refused(err.message);
    if (err instanceof LinkRequiredError) {
      await ctx.forgetToken();
      return refused('The Salesforce session behind this connection has expired or was revoked: sign in to Salesforce again.');
    }
    if (err instanceof SalesforceUnavailableError) return refused('Salesforce is not answering right now. Try again in a minute.');
    if (err instanceof SalesforceLimitError) return refused("The org's Salesforce API allowance for today is used up. Try again tomorrow.");
    if (err instanceof SalesforceRequestError) {
      log.info('Salesforce refused a tool call', { errorCode: err.errorCode, fields: err.fields });
      return refused(`Salesforce refused it: ${err.message}`);
    }
    if (err instanceof WriteInProgressError) return refused('The same write is still in progress. Ask again in a few seconds; it will not be done twice.');
    log.error('tool failed', { error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
    return refused('Something went wrong reading Salesforce.');
  }
}
