/**
 * Picklist values as Salesforce labels them in the user's language: a stage is stored as its API value
 * ("Negotiation/Review") and said as the org's translation ("Verhandlung"). Describe returns labels in the language
 * asked for (the SOAP API's LocaleOptions header,
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_header_localeheader.htm; over REST the
 * request's Accept-Language [unconfirmed]), sent here on a composite subrequest, whose httpHeaders may carry any
 * header but Accept, Authorization and Content-Type
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_composite_post.htm).
 */
import type { SalesforcePort } from './port';

interface DescribedPicklistField {
  name: string;
  picklistValues?: { value: string; label: string }[] | null;
}

/** Value → label of one picklist field, in `locale`'s language. */
export async function picklistLabels(port: SalesforcePort, sobject: string, field: string, locale: string): Promise<Record<string, string>> {
  const [answer] = await port.composite([
    { method: 'GET', url: `/services/data/v${port.apiVersion}/sobjects/${sobject}/describe`, referenceId: 'describe', httpHeaders: { 'Accept-Language': locale } },
  ]);
  const fields = (answer?.body as { fields?: DescribedPicklistField[] } | undefined)?.fields ?? [];
  const values = fields.find((f) => f.name === field)?.picklistValues ?? [];
  return Object.fromEntries(values.map((v) => [v.value, v.label]));
}

/**
 * Says a picklist's API value as the user hears it; `englishLabel`, when the caller has the org's own label (a
 * stage's OpportunityStage.MasterLabel), is said in English.
 */
export type PicklistLabel = (apiValue: string, englishLabel?: string) => string;

/**
 * A picklist value as the org labels it in `locale`'s language (a stage "Negotiation/Review" → "Verhandlung", a
 * campaign's "In Progress" → "In Bearbeitung"); a value describe does not list (one deactivated since) is said as it
 * is. In English no describe is made: [assumption] the org's own language, in which API values are written, is English.
 */
export async function picklistLabelsIn(locale: string, describe: () => Promise<Record<string, string>>): Promise<PicklistLabel> {
  if (locale.startsWith('en-')) return (value, englishLabel) => englishLabel ?? value;
  const labels = await describe();
  return (value, englishLabel) => labels[value] ?? englishLabel ?? value;
}
