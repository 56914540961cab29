/** Builds the RequestContext before any handler runs. Nothing here does I/O until a handler asks. */
import type { RequestInterceptor } from 'ask-sdk-core';
import { type RequestContext, type SkillSettings, attachContext } from '../context';
import { type Translate, translatorFor } from '../i18n';
import { LinkRequiredError } from '../salesforce/errors';
import type { DescribeCache } from '../salesforce/describeCache';
import { type OrgFeatures, describeFeatures } from '../salesforce/features';
import type { Identity } from '../salesforce/identity';
import { type PicklistLabel, picklistLabels, picklistLabelsIn } from '../salesforce/labels';
import { type CallOptions, type SalesforcePort, createSalesforcePort } from '../salesforce/port';
import type { IdentityResolver } from '../state/identities';
import type { StateStore } from '../state/table';
import { progressiveResponder } from './progressiveResponse';

export interface RequestContextDeps {
  identities: IdentityResolver;
  describes: DescribeCache;
  table: StateStore;
  settings: SkillSettings;
  apiVersion: string;
  now: () => Date;
  /** How long all I/O of one request (Salesforce and DynamoDB) may take in total; Alexa gives up after 8 s. */
  budgetMs: number;
}

function memoize<T>(make: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= make());
}

/**
 * The context of one request made with `token` (a Salesforce access token, or none when the user has not linked):
 * the skill's requests and the MCP server's tool calls (mcp/) both get theirs here. `watch` sees every Salesforce call.
 */
export function createRequestContext(
  deps: RequestContextDeps,
  request: { token: string | undefined; locale: string | undefined; watch?: (t: Translate) => CallOptions['watch'] },
): RequestContext {
  const { token } = request;
  const now = deps.now();
  const started = Date.now();
  const t = translatorFor(request.locale);
  const calls: CallOptions = { deadline: () => started + deps.budgetMs, watch: request.watch?.(t) };
  // One deadline for every call of the turn, to Salesforce and to the table alike.
  const table = deps.table.forTurn(calls.deadline);
  const identity = memoize<Identity>(async () => {
    if (!token) throw new LinkRequiredError('missing');
    return deps.identities.resolve(token, calls, table);
  });
  const salesforce = memoize<SalesforcePort>(async () => {
    const { instanceUrl } = await identity();
    return createSalesforcePort({ instanceUrl, accessToken: token!, apiVersion: deps.apiVersion }, calls);
  });
  const features = memoize<OrgFeatures>(async () => {
    const { orgId, userId } = await identity();
    return deps.describes.get(`${orgId}/${userId}/features`, async () => describeFeatures(await salesforce()));
  });
  const locale = request.locale ?? 'en-US';
  const labels = new Map<string, Promise<PicklistLabel>>();
  const picklistLabel = (sobject: string, field: string): Promise<PicklistLabel> => {
    const key = `${sobject}.${field}`;
    if (!labels.has(key)) {
      labels.set(key, picklistLabelsIn(locale, async () => {
        const { orgId, userId } = await identity();
        return deps.describes.get(`${orgId}/${userId}/labels/${locale}/${key}`, async () => picklistLabels(await salesforce(), sobject, field, locale));
      }));
    }
    return labels.get(key)!;
  };
  return {
    t,
    locale,
    now,
    deadline: calls.deadline,
    identity,
    salesforce,
    features,
    picklistLabel,
    table,
    settings: deps.settings,
    forgetToken: async () => {
      if (token) await deps.identities.forget(token, table);
    },
  };
}

export function requestContextInterceptor(deps: RequestContextDeps): RequestInterceptor {
  return {
    process(input) {
      const envelope = input.requestEnvelope;
      const token = envelope.context?.System?.user?.accessToken ?? envelope.session?.user?.accessToken;
      attachContext(envelope, createRequestContext(deps, {
        token,
        locale: envelope.request.locale,
        watch: (t) => progressiveResponder(input, t('progress.checking')),
      }));
    },
  };
}
