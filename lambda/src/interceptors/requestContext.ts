/** Builds the RequestContext before any handler runs. Nothing here does I/O until a handler asks. */
import type { RequestInterceptor } from 'ask-sdk-core';
import { type SkillSettings, attachContext } from '../context';
import { translatorFor } from '../i18n';
import { LinkRequiredError } from '../salesforce/errors';
import { type FeatureCache, type OrgFeatures, describeFeatures } from '../salesforce/features';
import type { Identity } from '../salesforce/identity';
import { type SalesforcePort, createSalesforcePort } from '../salesforce/port';
import type { IdentityResolver } from '../state/identities';
import type { StateStore } from '../state/table';
import { progressiveResponder } from './progressiveResponse';

export interface RequestContextDeps {
  identities: IdentityResolver;
  features: FeatureCache;
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

export function requestContextInterceptor(deps: RequestContextDeps): RequestInterceptor {
  return {
    process(input) {
      const envelope = input.requestEnvelope;
      const now = deps.now();
      const started = Date.now();
      const t = translatorFor(envelope.request.locale);
      const calls = { deadline: () => started + deps.budgetMs, watch: progressiveResponder(input, t('progress.checking')) };
      // One deadline for every call of the turn, to Salesforce and to the table alike.
      const table = deps.table.forTurn(calls.deadline);
      const token = envelope.context?.System?.user?.accessToken ?? envelope.session?.user?.accessToken;
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
        return deps.features.get(`${orgId}/${userId}`, async () => describeFeatures(await salesforce()));
      });
      attachContext(envelope, {
        t,
        locale: envelope.request.locale ?? 'en-US',
        now,
        deadline: calls.deadline,
        identity,
        salesforce,
        features,
        table,
        settings: deps.settings,
        forgetToken: async () => {
          if (token) await deps.identities.forget(token, table);
        },
      });
    },
  };
}
