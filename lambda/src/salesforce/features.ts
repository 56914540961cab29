/**
 * The optional features of a user's org, found by describe rather than assumed: Collaborative Forecasts (is
 * ForecastingItem among the objects?) and Einstein Opportunity Scoring (does Opportunity have a lookup to the score,
 * ScoreIntelligence?). Both describes go in one composite call, made the first time a user asks about either, and the
 * answer is kept for an hour (describeCache.ts): a warm question about forecasts or scores costs one call.
 *
 * Kept per org and user, not per org alone: describe answers what the user may reach, and Salesforce hides the
 * forecasting objects from users without "Allow Forecasting" or "View All Forecasts" (Object Reference, ForecastingItem,
 * Special Access Rules: https://developer.salesforce.com/docs/atlas.en-us.264.0.object_reference.meta/object_reference/sforce_api_objects_forecastingitem.htm),
 * so one user's answer must not switch the feature off for a colleague.
 * Global describe: `GET /sobjects` → `{ sobjects: [{ name, … }] }`; an object's: `GET /sobjects/X/describe` →
 * `{ fields: [{ name, type, referenceTo, relationshipName, … }] }` (REST API Developer Guide).
 */
import type { SalesforcePort } from './port';

export interface OrgFeatures {
  /** Collaborative Forecasts: ForecastingItem is an object this user can query. */
  forecasting: boolean;
  /** The Opportunity relationship whose `Score` is Einstein's opportunity score (ScoreIntelligence), when there is one. */
  opportunityScore: string | null;
}

interface DescribedField {
  type: string;
  referenceTo?: string[] | null;
  relationshipName?: string | null;
}

/** The relationship from Opportunity to its Einstein score, by the type it refers to — never by an assumed field name. */
export function scoreRelationship(fields: readonly DescribedField[]): string | null {
  return fields.find((f) => f.type === 'reference' && f.referenceTo?.includes('ScoreIntelligence') && f.relationshipName)?.relationshipName ?? null;
}

export async function describeFeatures(port: SalesforcePort): Promise<OrgFeatures> {
  const base = `/services/data/v${port.apiVersion}/sobjects`;
  const answers = await port.composite([
    { method: 'GET', url: base, referenceId: 'global' },
    { method: 'GET', url: `${base}/Opportunity/describe`, referenceId: 'opportunity' },
  ]);
  const body = (ref: string) => answers.find((a) => a.referenceId === ref)?.body;
  const objects = (body('global') as { sobjects?: { name: string }[] } | undefined)?.sobjects ?? [];
  const fields = (body('opportunity') as { fields?: DescribedField[] } | undefined)?.fields ?? [];
  return { forecasting: objects.some((o) => o.name === 'ForecastingItem'), opportunityScore: scoreRelationship(fields) };
}
