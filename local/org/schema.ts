/**
 * The org's sObjects as describe reports them: real API names, types, labels and standard picklist values.
 *
 * Sources (Salesforce Field Reference / Object Reference):
 *   https://developer.salesforce.com/docs/atlas.en-us.228.0.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Opportunity.htm
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-opportunitystage.html
 *   https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-opportunitystage.html
 * Only the fields the skill and its tests need are modelled; polymorphic references list only the objects
 * this org defines (a real Case.OwnerId also points at Group, Event.WhatId at dozens of objects).
 *
 * What a delete does to the records pointing at the deleted one (`onParentDelete`; unmarked lookups are cleared):
 * - an account takes its contacts, opportunities and activities with it, and cannot be deleted while it has cases
 *   (Salesforce Help, "Delete Accounts", as quoted in https://trailblazers.salesforce.com/answers?id=90630000000gyRjAAI);
 *   deleting contacts, leads, opportunities and cases also deletes their activities
 *   (Mass Delete Records, http://learn4sfdc.blogspot.com/2014/01/how-to-delete-users-data-from-salesforce.html);
 * - deleting an event deletes its EventRelations (Object Reference, EventRelation, "If Shared Activities Is Enabled":
 *   https://developer.salesforce.com/docs/atlas.en-us.204.0.api.meta/object_ref/sforce_api_objects_eventattendee.htm);
 * - campaign members go with their campaign, lead or contact (a junction to both).
 * [unsure] that a contact with cases is refused like an account with cases; the rules that depend on ownership and
 * sharing (opportunities owned by others, Closed Won opportunities the UI asks about) are not modelled.
 */
import type { FieldDef, FieldType, SObjectDef } from './types';

type Options = Partial<Omit<FieldDef, 'name' | 'label' | 'type'>>;
type Picklist = NonNullable<FieldDef['picklistValues']>;

/** A field with describe's defaults for a plain, optional, writable field. */
function field(name: string, label: string, type: FieldType, options: Options = {}): FieldDef {
  return { name, label, type, nillable: true, createable: true, updateable: true, ...options };
}

/** Read-only and computed by the org (IsClosed, CaseNumber, Name on Contact…). */
function derived(name: string, label: string, type: FieldType, options: Options = {}): FieldDef {
  return field(name, label, type, { createable: false, updateable: false, calculated: true, ...options });
}

/** A custom picklist field an org may have (an admin's Loss_Reason__c on Opportunity): for `startOrg({ customFields })`. */
export function customPicklistField(name: string, label: string, values: readonly string[]): FieldDef {
  return field(name, label, 'picklist', { picklistValues: picklist(values) });
}

function picklist(values: readonly string[], defaultValue?: string): Picklist {
  return values.map((value) => ({ value, label: value, active: true, defaultValue: value === defaultValue }));
}

function lookup(name: string, label: string, referenceTo: string[], relationshipName: string, options: Options = {}): FieldDef {
  return field(name, label, 'reference', { referenceTo, relationshipName, length: 18, ...options });
}

/** Required in describe, but the store defaults it to the creating user, so a create without it succeeds. */
function owner(referenceTo: string[] = ['User']): FieldDef {
  return lookup('OwnerId', 'Owner ID', referenceTo, 'Owner', { nillable: false });
}

/** Id, audit fields and IsDeleted: what every object here carries. */
function system(label: string): FieldDef[] {
  const audit = { nillable: false };
  return [
    derived('Id', `${label} ID`, 'id', { ...audit, length: 18 }),
    derived('IsDeleted', 'Deleted', 'boolean', audit),
    derived('CreatedDate', 'Created Date', 'datetime', audit),
    derived('CreatedById', 'Created By ID', 'reference', { ...audit, referenceTo: ['User'], relationshipName: 'CreatedBy' }),
    derived('LastModifiedDate', 'Last Modified Date', 'datetime', audit),
    derived('LastModifiedById', 'Last Modified By ID', 'reference', { ...audit, referenceTo: ['User'], relationshipName: 'LastModifiedBy' }),
    derived('SystemModstamp', 'System Modstamp', 'datetime', audit),
  ];
}

function personName(): FieldDef[] {
  return [
    field('FirstName', 'First Name', 'string', { length: 40 }),
    field('LastName', 'Last Name', 'string', { length: 80, nillable: false }),
    derived('Name', 'Full Name', 'string', { length: 121, nameField: true, nillable: false }),
  ];
}

const LEAD_SOURCES = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'];
const FORECAST_CATEGORY_NAMES = ['Omitted', 'Pipeline', 'Best Case', 'Commit', 'Closed'];
/** ForecastCategory is the API value behind ForecastCategoryName's label (Commit ↔ Forecast). */
export const FORECAST_CATEGORY_BY_NAME: Readonly<Record<string, string>> = {
  Omitted: 'Omitted', Pipeline: 'Pipeline', 'Best Case': 'BestCase', Commit: 'Forecast', Closed: 'Closed',
};

/** The stages of a new org: label, default probability, forecast category, closed, won (Setup → Stage). */
export const STANDARD_STAGES: readonly { label: string; probability: number; forecast: string; closed: boolean; won: boolean }[] = [
  { label: 'Prospecting', probability: 10, forecast: 'Pipeline', closed: false, won: false },
  { label: 'Qualification', probability: 10, forecast: 'Pipeline', closed: false, won: false },
  { label: 'Needs Analysis', probability: 20, forecast: 'Pipeline', closed: false, won: false },
  { label: 'Value Proposition', probability: 50, forecast: 'Pipeline', closed: false, won: false },
  { label: 'Id. Decision Makers', probability: 60, forecast: 'Pipeline', closed: false, won: false },
  { label: 'Perception Analysis', probability: 70, forecast: 'Pipeline', closed: false, won: false },
  { label: 'Proposal/Price Quote', probability: 75, forecast: 'Pipeline', closed: false, won: false },
  { label: 'Negotiation/Review', probability: 90, forecast: 'Pipeline', closed: false, won: false },
  { label: 'Closed Won', probability: 100, forecast: 'Closed', closed: true, won: true },
  { label: 'Closed Lost', probability: 0, forecast: 'Omitted', closed: true, won: false },
];

/**
 * The org's picklist labels in German, as a describe made with `Accept-Language: de` returns them (Salesforce's
 * translations of the standard stages and forecast categories, as the Translation Workbench keeps them).
 * [unconfirmed] the exact German labels Salesforce ships for the standard values; these are the org's own here.
 */
export const GERMAN_LABELS: Readonly<Record<string, string>> = {
  Prospecting: 'Akquise', Qualification: 'Qualifizierung', 'Needs Analysis': 'Bedarfsanalyse',
  'Value Proposition': 'Nutzenargumentation', 'Id. Decision Makers': 'Entscheider identifizieren',
  'Perception Analysis': 'Wahrnehmungsanalyse', 'Proposal/Price Quote': 'Angebot', 'Negotiation/Review': 'Verhandlung',
  'Closed Won': 'Geschlossen und gewonnen', 'Closed Lost': 'Geschlossen und verloren',
  Omitted: 'Ausgelassen', Pipeline: 'Pipeline', 'Best Case': 'Best Case', Commit: 'Commit', Closed: 'Geschlossen',
  // Campaign statuses [unconfirmed: Salesforce's shipped German labels].
  Planned: 'Geplant', 'In Progress': 'In Bearbeitung', Completed: 'Abgeschlossen', Aborted: 'Abgebrochen',
};

/**
 * The same labels in Spanish, as a describe with `Accept-Language: es` returns them. [unconfirmed] these are the
 * labels recalled from Salesforce's Spanish user interface (e.g. "Negociación/Revisión", "Cerrada ganada"); no
 * Salesforce page listing the shipped Spanish stage and forecast-category labels was found.
 */
export const SPANISH_LABELS: Readonly<Record<string, string>> = {
  Prospecting: 'Prospección', Qualification: 'Calificación', 'Needs Analysis': 'Análisis de necesidades',
  'Value Proposition': 'Propuesta de valor', 'Id. Decision Makers': 'Id. de responsables de toma de decisiones',
  'Perception Analysis': 'Análisis de percepción', 'Proposal/Price Quote': 'Propuesta/Presupuesto',
  'Negotiation/Review': 'Negociación/Revisión', 'Closed Won': 'Cerrada ganada', 'Closed Lost': 'Cerrada perdida',
  Omitted: 'Omitido', Pipeline: 'Canalización', 'Best Case': 'Mejor caso', Commit: 'Compromiso', Closed: 'Cerrado',
  Planned: 'Planificada', 'In Progress': 'En curso', Completed: 'Completada', Aborted: 'Cancelada',
};

/**
 * The same in French (`Accept-Language: fr`). "Fermée gagnée" / "Fermée perdue" are the closed stages as French
 * Salesforce users know them (https://pardotconsulting.fr/guide-complet-et-didacticiel-sur-les-etapes-dopportunite-salesforce/).
 * [unconfirmed] the other standard stages' and the forecast categories' exact French labels; these are the org's own here.
 */
export const FRENCH_LABELS: Readonly<Record<string, string>> = {
  Prospecting: 'Prospection', Qualification: 'Qualification', 'Needs Analysis': 'Analyse des besoins',
  'Value Proposition': 'Proposition de valeur', 'Id. Decision Makers': 'Identification des décideurs',
  'Perception Analysis': 'Analyse de perception', 'Proposal/Price Quote': 'Proposition/Devis', 'Negotiation/Review': 'Négociation/Révision',
  'Closed Won': 'Fermée gagnée', 'Closed Lost': 'Fermée perdue',
  Omitted: 'Omis', Pipeline: 'Pipeline', 'Best Case': 'Meilleur cas', Commit: 'Engagement', Closed: 'Fermé',
  Planned: 'Planifiée', 'In Progress': 'En cours', Completed: 'Terminée', Aborted: 'Annulée',
};

/** The org's translated picklist labels by language (an Accept-Language's first subtag); English is the values' own. */
export const LABELS_BY_LANGUAGE: Readonly<Record<string, Readonly<Record<string, string>>>> = { de: GERMAN_LABELS, fr: FRENCH_LABELS, es: SPANISH_LABELS };

/** Case statuses whose IsClosed is true (the CaseStatus table of a new org). */
export const CLOSED_CASE_STATUSES: ReadonlySet<string> = new Set(['Closed']);

/** A practical subset of Salesforce's locale keys (restricted picklists on User and Organization). */
const LOCALES = [
  'en_US', 'en_GB', 'en_CA', 'en_AU', 'en_IN', 'en_IE', 'en_NZ', 'de_DE', 'de_AT', 'de_CH', 'fr_FR', 'fr_CA', 'fr_BE',
  'fr_CH', 'es_ES', 'es_MX', 'es_US', 'it_IT', 'it_CH', 'ja_JP', 'pt_BR', 'pt_PT', 'nl_NL', 'nl_BE', 'sv_SE', 'da_DK',
  'fi_FI', 'nb_NO', 'pl_PL', 'hi_IN', 'ar_SA', 'zh_CN', 'ko_KR',
];
const LANGUAGES = ['en_US', 'en_GB', 'de', 'fr', 'es', 'es_MX', 'it', 'ja', 'pt_BR', 'nl_NL', 'sv', 'da', 'fi', 'no', 'pl', 'ar', 'zh_CN', 'ko'];
/** Salesforce time zone keys are IANA names; the runtime's list stands in for Setup's. */
const TIME_ZONES = ['GMT', ...Intl.supportedValuesOf('timeZone')];

function timeZoneField(name: string, label: string): FieldDef {
  return field(name, label, 'picklist', { nillable: false, restrictedPicklist: true, picklistValues: picklist(TIME_ZONES) });
}
function localeField(name: string, label: string): FieldDef {
  return field(name, label, 'picklist', { nillable: false, restrictedPicklist: true, picklistValues: picklist(LOCALES) });
}

const organization: SObjectDef = {
  name: 'Organization', label: 'Organization', labelPlural: 'Organizations', keyPrefix: '00D', deletable: false, childRelationships: [],
  fields: [
    ...system('Organization'),
    field('Name', 'Name', 'string', { length: 80, nillable: false, nameField: true }),
    localeField('DefaultLocaleSidKey', 'Locale'),
    localeField('LanguageLocaleKey', 'Language'),
    timeZoneField('TimeZoneSidKey', 'Default Time Zone'),
    field('FiscalYearStartMonth', 'Fiscal Year Starts In', 'int', { nillable: false }),
    field('UsesStartDateAsFiscalYearName', 'Fiscal Year Name by Start', 'boolean', { nillable: false }),
    // Single-currency org: no CurrencyIsoCode on records; the org default currency is a plain value.
    // getUserInfo's orgDefaultCurrencyIsoCode is "applicable only when organizationMultiCurrency is false":
    // https://developer.salesforce.com/docs/platform/api/guide/sforce-api-calls-getuserinfo-getuserinforesult.html
    // [unsure] that the Organization sObject exposes DefaultCurrencyIsoCode in a single-currency org.
    field('DefaultCurrencyIsoCode', 'Currency', 'picklist', { restrictedPicklist: true, picklistValues: picklist(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'INR', 'JPY', 'CHF', 'MXN', 'BRL']) }),
    // What `sf org display` asks of every org (Object Reference, Organization:
    // https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_organization.htm).
    derived('InstanceName', 'Instance Name', 'string', { length: 5 }),
    derived('IsSandbox', 'Is Sandbox', 'boolean', { nillable: false }),
    derived('TrialExpirationDate', 'Trial Expiration Date', 'datetime'),
    derived('NamespacePrefix', 'Namespace Prefix', 'string', { length: 15 }),
    derived('OrganizationType', 'Edition', 'picklist', {
      restrictedPicklist: true,
      picklistValues: picklist(['Team Edition', 'Professional Edition', 'Enterprise Edition', 'Developer Edition', 'Personal Edition', 'Unlimited Edition', 'Contact Manager Edition', 'Base Edition']),
    }),
  ],
};

const user: SObjectDef = {
  // Users are deactivated, never deleted.
  name: 'User', label: 'User', labelPlural: 'Users', keyPrefix: '005', deletable: false,
  childRelationships: [{ childSObject: 'User', field: 'ManagerId', relationshipName: 'ManagedUsers' }],
  fields: [
    ...system('User'),
    field('Username', 'Username', 'string', { length: 80, nillable: false }),
    ...personName(),
    field('Email', 'Email', 'email', { length: 128, nillable: false }),
    field('Alias', 'Alias', 'string', { length: 8, nillable: false }),
    lookup('ManagerId', 'Manager ID', ['User'], 'Manager'),
    timeZoneField('TimeZoneSidKey', 'Time Zone'),
    localeField('LocaleSidKey', 'Locale'),
    field('LanguageLocaleKey', 'Language', 'picklist', { nillable: false, restrictedPicklist: true, picklistValues: picklist(LANGUAGES) }),
    field('IsActive', 'Active', 'boolean', { nillable: false, defaultValue: true }),
    field('Title', 'Title', 'string', { length: 80 }),
    field('Phone', 'Phone', 'phone', { length: 40 }),
    field('UserRoleId', 'Role ID', 'reference', { length: 18 }),
    // "Allow Forecasting": without it (or View All Forecasts) a user cannot reach the forecasting objects (forecasting.ts).
    field('ForecastEnabled', 'Allow Forecasting', 'boolean', { nillable: false, defaultValue: false }),
  ],
};

const account: SObjectDef = {
  name: 'Account', label: 'Account', labelPlural: 'Accounts', keyPrefix: '001', deletable: true,
  childRelationships: [
    { childSObject: 'Account', field: 'ParentId', relationshipName: 'ChildAccounts' },
    { childSObject: 'Contact', field: 'AccountId', relationshipName: 'Contacts' },
    { childSObject: 'Opportunity', field: 'AccountId', relationshipName: 'Opportunities' },
    { childSObject: 'Case', field: 'AccountId', relationshipName: 'Cases' },
    { childSObject: 'Event', field: 'WhatId', relationshipName: 'Events' },
    { childSObject: 'Task', field: 'WhatId', relationshipName: 'Tasks' },
  ],
  fields: [
    ...system('Account'),
    field('Name', 'Account Name', 'string', { length: 255, nillable: false, nameField: true }),
    field('Type', 'Account Type', 'picklist', {
      picklistValues: picklist(['Prospect', 'Customer - Direct', 'Customer - Channel', 'Channel Partner / Reseller', 'Installation Partner', 'Technology Partner', 'Other']),
    }),
    field('Industry', 'Industry', 'picklist', {
      picklistValues: picklist(['Agriculture', 'Apparel', 'Banking', 'Biotechnology', 'Chemicals', 'Communications', 'Construction', 'Consulting',
        'Education', 'Electronics', 'Energy', 'Engineering', 'Entertainment', 'Environmental', 'Finance', 'Food & Beverage', 'Government',
        'Healthcare', 'Hospitality', 'Insurance', 'Machinery', 'Manufacturing', 'Media', 'Not For Profit', 'Recreation', 'Retail', 'Shipping',
        'Technology', 'Telecommunications', 'Transportation', 'Utilities', 'Other']),
    }),
    field('AnnualRevenue', 'Annual Revenue', 'currency'),
    field('BillingCity', 'Billing City', 'string', { length: 40 }),
    field('BillingState', 'Billing State/Province', 'string', { length: 80 }),
    field('BillingCountry', 'Billing Country', 'string', { length: 80 }),
    field('Phone', 'Account Phone', 'phone', { length: 40 }),
    owner(),
    lookup('ParentId', 'Parent Account ID', ['Account'], 'Parent'),
    derived('LastActivityDate', 'Last Activity', 'date'),
  ],
};

const contact: SObjectDef = {
  name: 'Contact', label: 'Contact', labelPlural: 'Contacts', keyPrefix: '003', deletable: true,
  childRelationships: [
    { childSObject: 'Case', field: 'ContactId', relationshipName: 'Cases' },
    { childSObject: 'Event', field: 'WhoId', relationshipName: 'Events' },
    { childSObject: 'CampaignMember', field: 'ContactId', relationshipName: 'CampaignMembers' },
  ],
  fields: [
    ...system('Contact'),
    ...personName(),
    lookup('AccountId', 'Account ID', ['Account'], 'Account', { onParentDelete: 'cascade' }),
    field('Email', 'Email', 'email', { length: 80 }),
    field('Phone', 'Business Phone', 'phone', { length: 40 }),
    field('Title', 'Title', 'string', { length: 128 }),
    owner(),
    derived('LastActivityDate', 'Last Activity', 'date'),
  ],
};

const opportunity: SObjectDef = {
  name: 'Opportunity', label: 'Opportunity', labelPlural: 'Opportunities', keyPrefix: '006', deletable: true,
  childRelationships: [
    { childSObject: 'Event', field: 'WhatId', relationshipName: 'Events' },
    { childSObject: 'Task', field: 'WhatId', relationshipName: 'Tasks' },
    { childSObject: 'OpportunityFieldHistory', field: 'OpportunityId', relationshipName: 'Histories' },
  ],
  fields: [
    ...system('Opportunity'),
    field('Name', 'Name', 'string', { length: 120, nillable: false, nameField: true }),
    lookup('AccountId', 'Account ID', ['Account'], 'Account', { onParentDelete: 'cascade' }),
    field('Amount', 'Amount', 'currency'),
    // Not a restricted picklist: the API accepts a stage outside the list (it then counts as open).
    // https://salesforcedictionary.com/errors/invalid-or-null-for-restricted-picklist [unsure for StageName in particular]
    field('StageName', 'Stage', 'picklist', { nillable: false, length: 255, picklistValues: picklist(STANDARD_STAGES.map((s) => s.label)) }),
    field('CloseDate', 'Close Date', 'date', { nillable: false }),
    field('Probability', 'Probability (%)', 'percent'),
    derived('ExpectedRevenue', 'Expected Amount', 'currency'),
    derived('IsClosed', 'Closed', 'boolean', { nillable: false }),
    derived('IsWon', 'Won', 'boolean', { nillable: false }),
    field('ForecastCategoryName', 'Forecast Category', 'picklist', { restrictedPicklist: true, picklistValues: picklist(FORECAST_CATEGORY_NAMES) }),
    derived('ForecastCategory', 'Forecast Category', 'picklist', {
      nillable: false, restrictedPicklist: true, picklistValues: picklist(Object.values(FORECAST_CATEGORY_BY_NAME)),
    }),
    field('Type', 'Opportunity Type', 'picklist', {
      picklistValues: picklist(['Existing Customer - Upgrade', 'Existing Customer - Replacement', 'Existing Customer - Downgrade', 'New Customer']),
    }),
    field('LeadSource', 'Lead Source', 'picklist', { picklistValues: picklist(LEAD_SOURCES) }),
    field('NextStep', 'Next Step', 'string', { length: 255 }),
    field('Description', 'Description', 'textarea', { length: 32000 }),
    owner(),
    lookup('CampaignId', 'Campaign ID', ['Campaign'], 'Campaign'),
    derived('FiscalYear', 'Fiscal Year', 'int'),
    derived('FiscalQuarter', 'Fiscal Quarter', 'int'),
    derived('LastActivityDate', 'Last Activity', 'date'),
    derived('HasOpenActivity', 'Has Open Activity', 'boolean', { nillable: false }),
    // Einstein Opportunity Scoring's score (ScoreIntelligence below); absent from an org without it.
    derived('ScoreIntelligenceId', 'Score Intelligence ID', 'reference', { referenceTo: ['ScoreIntelligence'], relationshipName: 'ScoreIntelligence', length: 18 }),
  ],
};

/**
 * The history of tracked Opportunity fields: one row per changed field per save, written by the org (store.ts),
 * never by the API (supported calls: describeSObjects, getDeleted, getUpdated, query, retrieve).
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-opportunityfieldhistory.html
 *   https://developer.salesforce.com/docs/atlas.en-us.264.0.object_reference.meta/object_reference/sforce_api_objects_opportunityfieldhistory.htm
 * The org tracks StageName, Amount and CloseDate (TRACKED_OPPORTUNITY_FIELDS). OldValue and NewValue hold the
 * field's own value (a number for Amount, YYYY-MM-DD for CloseDate).
 * [unsure] the key prefix 017 (the one field-history objects are commonly seen with); that a REST query answers
 * anyType values in their own JSON type; the object's "respects field level security on the parent" is not modelled.
 */
/**
 * The Opportunity fields whose changes the org writes to OpportunityFieldHistory, with their DataType.
 * [unsure] the DataType values (DynamicEnum for a picklist is what exports of the object show).
 */
export const TRACKED_OPPORTUNITY_FIELDS: Readonly<Record<string, string>> = { StageName: 'DynamicEnum', Amount: 'Currency', CloseDate: 'Date' };

const opportunityFieldHistory: SObjectDef = {
  name: 'OpportunityFieldHistory', label: 'Opportunity Field History', labelPlural: 'Opportunity Field History', keyPrefix: '017',
  deletable: false, createable: false, updateable: false, searchable: false, childRelationships: [],
  fields: [
    derived('Id', 'Opportunity History ID', 'id', { nillable: false, length: 18 }),
    derived('IsDeleted', 'Deleted', 'boolean', { nillable: false }),
    derived('CreatedDate', 'Created Date', 'datetime', { nillable: false }),
    derived('CreatedById', 'Created By ID', 'reference', { nillable: false, referenceTo: ['User'], relationshipName: 'CreatedBy' }),
    lookup('OpportunityId', 'Opportunity ID', ['Opportunity'], 'Opportunity', { nillable: false, createable: false, updateable: false, onParentDelete: 'cascade' }),
    derived('Field', 'Changed Field', 'picklist', {
      nillable: false, length: 255, restrictedPicklist: true, picklistValues: picklist(['created', ...Object.keys(TRACKED_OPPORTUNITY_FIELDS)]),
    }),
    derived('DataType', 'Datatype', 'picklist', { length: 40, restrictedPicklist: true, picklistValues: picklist([...new Set(Object.values(TRACKED_OPPORTUNITY_FIELDS))]) }),
    derived('OldValue', 'Old Value', 'anyType', { length: 255 }),
    derived('NewValue', 'New Value', 'anyType', { length: 255 }),
  ],
};


const opportunityStage: SObjectDef = {
  name: 'OpportunityStage', label: 'Opportunity Stage', labelPlural: 'Opportunity Stages', keyPrefix: '01J', deletable: false, childRelationships: [],
  // Setup data: the API can only read it (describeSObjects, query, retrieve).
  fields: [
    ...system('Opportunity Stage'),
    derived('MasterLabel', 'Master Label', 'string', { length: 255, nillable: false, nameField: true }),
    derived('ApiName', 'API Name', 'string', { length: 255, nillable: false }),
    derived('IsActive', 'Is Active', 'boolean', { nillable: false }),
    derived('IsClosed', 'Closed', 'boolean', { nillable: false }),
    derived('IsWon', 'Won', 'boolean', { nillable: false }),
    derived('SortOrder', 'Sort Order', 'int'),
    derived('DefaultProbability', 'Probability (%)', 'percent'),
    derived('ForecastCategory', 'Forecast Category', 'picklist', { restrictedPicklist: true, picklistValues: picklist(Object.values(FORECAST_CATEGORY_BY_NAME)) }),
    derived('ForecastCategoryName', 'Forecast Category Name', 'picklist', { restrictedPicklist: true, picklistValues: picklist(FORECAST_CATEGORY_NAMES) }),
    derived('Description', 'Description', 'string', { length: 255 }),
  ],
};

const caseObject: SObjectDef = {
  name: 'Case', label: 'Case', labelPlural: 'Cases', keyPrefix: '500', deletable: true,
  childRelationships: [{ childSObject: 'Event', field: 'WhatId', relationshipName: 'Events' }],
  fields: [
    ...system('Case'),
    derived('CaseNumber', 'Case Number', 'string', { length: 30, nillable: false, autoNumber: true, nameField: true }),
    field('Subject', 'Subject', 'string', { length: 255 }),
    field('Description', 'Description', 'textarea', { length: 32000 }),
    field('Status', 'Status', 'picklist', { picklistValues: picklist(['New', 'Working', 'Escalated', 'Closed'], 'New'), defaultValue: 'New' }),
    field('Priority', 'Priority', 'picklist', { picklistValues: picklist(['High', 'Medium', 'Low'], 'Medium'), defaultValue: 'Medium' }),
    field('Origin', 'Case Origin', 'picklist', { picklistValues: picklist(['Phone', 'Email', 'Web']) }),
    field('Type', 'Case Type', 'picklist', { picklistValues: picklist(['Mechanical', 'Electrical', 'Electronic', 'Structural', 'Other']) }),
    field('Reason', 'Case Reason', 'picklist', {
      picklistValues: picklist(['Installation', 'Equipment Complexity', 'Performance', 'Breakdown', 'Equipment Design', 'Feedback', 'Other']),
    }),
    lookup('AccountId', 'Account ID', ['Account'], 'Account', { onParentDelete: 'restrict' }),
    lookup('ContactId', 'Contact ID', ['Contact'], 'Contact', { onParentDelete: 'restrict' }),
    owner(),
    derived('IsClosed', 'Closed', 'boolean', { nillable: false }),
    derived('ClosedDate', 'Closed Date', 'datetime'),
  ],
};

const event: SObjectDef = {
  name: 'Event', label: 'Event', labelPlural: 'Events', keyPrefix: '00U', deletable: true,
  childRelationships: [{ childSObject: 'EventRelation', field: 'EventId', relationshipName: 'EventRelations' }],
  fields: [
    ...system('Event'),
    // A combobox in describe; modelled as a string (the FieldType contract has no combobox).
    field('Subject', 'Subject', 'string', { length: 255, nameField: true }),
    field('StartDateTime', 'Start', 'datetime'),
    field('EndDateTime', 'End', 'datetime'),
    field('DurationInMinutes', 'Duration', 'int'),
    field('ActivityDate', 'Due Date Only', 'date'),
    field('ActivityDateTime', 'Due Date Time', 'datetime'),
    field('IsAllDayEvent', 'All-Day Event', 'boolean', { nillable: false, defaultValue: false }),
    field('Location', 'Location', 'string', { length: 255 }),
    field('Description', 'Description', 'textarea', { length: 32000 }),
    owner(),
    lookup('WhatId', 'Related To ID', ['Account', 'Opportunity', 'Case', 'Campaign'], 'What', { onParentDelete: 'cascade' }),
    lookup('WhoId', 'Name ID', ['Contact', 'Lead'], 'Who', { onParentDelete: 'cascade' }),
  ],
};

const eventRelation: SObjectDef = {
  name: 'EventRelation', label: 'Event Relation', labelPlural: 'Event Relations', keyPrefix: '0RE', deletable: true, childRelationships: [],
  fields: [
    ...system('Event Relation'),
    lookup('EventId', 'Event ID', ['Event'], 'Event', { nillable: false, updateable: false, onParentDelete: 'cascade' }),
    lookup('RelationId', 'Relation ID', ['User', 'Contact', 'Lead'], 'Relation', { nillable: false, updateable: false, onParentDelete: 'cascade' }),
    field('Status', 'Status', 'picklist', { picklistValues: picklist(['New', 'Accepted', 'Declined'], 'New'), defaultValue: 'New' }),
    field('Response', 'Response', 'string', { length: 255 }),
    derived('RespondedDate', 'Response Date', 'datetime'),
    field('IsInvitee', 'Invitee', 'boolean', { nillable: false, defaultValue: true }),
    field('IsParent', 'Parent', 'boolean', { nillable: false, defaultValue: false }),
    field('IsWhat', 'Is What', 'boolean', { nillable: false, defaultValue: false }),
  ],
};

const campaign: SObjectDef = {
  name: 'Campaign', label: 'Campaign', labelPlural: 'Campaigns', keyPrefix: '701', deletable: true,
  childRelationships: [
    { childSObject: 'Campaign', field: 'ParentId', relationshipName: 'ChildCampaigns' },
    { childSObject: 'Opportunity', field: 'CampaignId', relationshipName: 'Opportunities' },
    { childSObject: 'CampaignMember', field: 'CampaignId', relationshipName: 'CampaignMembers' },
    { childSObject: 'Event', field: 'WhatId', relationshipName: 'Events' },
  ],
  fields: [
    ...system('Campaign'),
    field('Name', 'Name', 'string', { length: 80, nillable: false, nameField: true }),
    field('Type', 'Type', 'picklist', {
      picklistValues: picklist(['Conference', 'Webinar', 'Trade Show', 'Public Relations', 'Partners', 'Referral Program', 'Advertisement',
        'Banner Ads', 'Direct Mail', 'Email', 'Telemarketing', 'Other']),
    }),
    field('Status', 'Status', 'picklist', { picklistValues: picklist(['Planned', 'In Progress', 'Completed', 'Aborted']) }),
    field('StartDate', 'Start Date', 'date'),
    field('EndDate', 'End Date', 'date'),
    field('IsActive', 'Active', 'boolean', { nillable: false, defaultValue: false }),
    field('ExpectedRevenue', 'Expected Revenue in Campaign', 'currency'),
    field('BudgetedCost', 'Budgeted Cost in Campaign', 'currency'),
    field('ActualCost', 'Actual Cost in Campaign', 'currency'),
    // Roll-ups the org maintains from members and opportunities.
    derived('NumberOfLeads', 'Leads in Campaign', 'int', { nillable: false, defaultValue: 0 }),
    derived('NumberOfConvertedLeads', 'Converted Leads in Campaign', 'int', { nillable: false, defaultValue: 0 }),
    derived('NumberOfContacts', 'Contacts in Campaign', 'int', { nillable: false, defaultValue: 0 }),
    derived('NumberOfOpportunities', 'Opportunities in Campaign', 'int', { nillable: false, defaultValue: 0 }),
    derived('NumberOfWonOpportunities', 'Won Opportunities in Campaign', 'int', { nillable: false, defaultValue: 0 }),
    derived('AmountAllOpportunities', 'Value Opportunities in Campaign', 'currency', { nillable: false, defaultValue: 0 }),
    derived('AmountWonOpportunities', 'Value Won Opportunities in Campaign', 'currency', { nillable: false, defaultValue: 0 }),
    owner(),
    lookup('ParentId', 'Parent Campaign ID', ['Campaign'], 'Parent'),
  ],
};

const lead: SObjectDef = {
  name: 'Lead', label: 'Lead', labelPlural: 'Leads', keyPrefix: '00Q', deletable: true,
  childRelationships: [
    { childSObject: 'CampaignMember', field: 'LeadId', relationshipName: 'CampaignMembers' },
    { childSObject: 'Event', field: 'WhoId', relationshipName: 'Events' },
  ],
  fields: [
    ...system('Lead'),
    ...personName(),
    field('Company', 'Company', 'string', { length: 255, nillable: false }),
    field('Status', 'Status', 'picklist', {
      nillable: false, defaultValue: 'Open - Not Contacted',
      picklistValues: picklist(['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'], 'Open - Not Contacted'),
    }),
    // Conversion is its own API call (convertLead); the emulator lets seed data set these directly.
    field('IsConverted', 'Converted', 'boolean', { nillable: false, defaultValue: false, updateable: false }),
    lookup('ConvertedOpportunityId', 'Converted Opportunity ID', ['Opportunity'], 'ConvertedOpportunity', { updateable: false }),
    field('LeadSource', 'Lead Source', 'picklist', { picklistValues: picklist(LEAD_SOURCES) }),
    field('Email', 'Email', 'email', { length: 80 }),
    owner(['User']),
    derived('LastActivityDate', 'Last Activity', 'date'),
  ],
};

const campaignMember: SObjectDef = {
  name: 'CampaignMember', label: 'Campaign Member', labelPlural: 'Campaign Members', keyPrefix: '00v', deletable: true, childRelationships: [],
  fields: [
    ...system('Campaign Member'),
    lookup('CampaignId', 'Campaign ID', ['Campaign'], 'Campaign', { nillable: false, updateable: false, onParentDelete: 'cascade' }),
    lookup('LeadId', 'Lead ID', ['Lead'], 'Lead', { updateable: false, onParentDelete: 'cascade' }),
    lookup('ContactId', 'Contact ID', ['Contact'], 'Contact', { updateable: false, onParentDelete: 'cascade' }),
    field('Status', 'Status', 'picklist', { picklistValues: picklist(['Sent', 'Responded'], 'Sent'), defaultValue: 'Sent' }),
  ],
};

/*
 * Collaborative Forecasts: the fiscal calendar (FiscalYearSettings, Period), forecast types, quotas and forecast items.
 * Sources (Object Reference / Field Reference for the Salesforce Platform):
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-period.html
 *   https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-period.html
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-fiscalyearsettings.html
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-forecastingtype.html
 *   https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-forecastingquota.html
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-forecastingquota.html
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-forecastingitem.html
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_forecastingsubmissionitem.htm
 *     (the ForecastingItemCategory values, documented there for the submission item)
 * Who may read which rows is local/org/forecasting.ts. Field lists follow the field reference: Period has no
 * CreatedDate/IsDeleted, ForecastingQuota no IsDeleted. Key prefixes: 026 Period, 0Db ForecastingType,
 * 0J9 ForecastingQuota, 0FI ForecastingItem, [unsure] 022 FiscalYearSettings.
 */

/** Period.Type values; Week only exists in custom fiscal years. */
export const PERIOD_TYPES = ['Month', 'Quarter', 'Week', 'Year'] as const;

/**
 * ForecastingItem.ForecastingItemCategory: single categories (…Only) and cumulative rollups. CommitForecast is
 * Commit + Closed, BestCaseForecast Best Case + Most Likely + Commit + Closed, OpenPipeline Pipeline + Best Case +
 * Most Likely + Commit (open deals only). [unsure] ClosedOnly: the source page's list is cut off after the cumulative
 * values; Closed is both a single category and part of the cumulative ones.
 */
export const FORECASTING_ITEM_CATEGORIES = [
  'PipelineOnly', 'BestCaseOnly', 'MostLikelyOnly', 'CommitOnly', 'ClosedOnly',
  'OpenPipeline', 'BestCaseForecast', 'MostLikelyForecast', 'CommitForecast',
] as const;

/** Audit fields without the ones an object's field reference does not list. */
function auditFields(label: string, omit: readonly string[]): FieldDef[] {
  return system(label).filter((f) => !omit.includes(f.name));
}

const fiscalYearSettings: SObjectDef = {
  name: 'FiscalYearSettings', label: 'Fiscal Year Settings', labelPlural: 'Fiscal Year Settings', keyPrefix: '022', deletable: false,
  createable: false, updateable: false, searchable: false,
  childRelationships: [{ childSObject: 'Period', field: 'FiscalYearSettingsId', relationshipName: 'Periods' }],
  // Setup data (Setup → Fiscal Year): describeSObjects, query, retrieve only.
  fields: [
    ...auditFields('Fiscal Year Settings', ['IsDeleted', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById']),
    derived('Name', 'Name', 'string', { length: 80, nillable: false, nameField: true }),
    derived('Description', 'Description', 'string', { length: 255 }),
    derived('StartDate', 'Start Date', 'date'),
    derived('EndDate', 'End Date', 'date'),
    derived('IsStandardYear', 'Is Standard Year', 'boolean', { nillable: false }),
    derived('YearType', 'Year Type', 'picklist', { restrictedPicklist: true, picklistValues: picklist(['Standard', 'Custom', 'Placeholder']) }),
  ],
};

const period: SObjectDef = {
  name: 'Period', label: 'Period', labelPlural: 'Periods', keyPrefix: '026', deletable: false, createable: false, updateable: false, searchable: false,
  childRelationships: [
    { childSObject: 'ForecastingQuota', field: 'PeriodId', relationshipName: 'ForecastingQuotas' },
    { childSObject: 'ForecastingItem', field: 'PeriodId', relationshipName: 'ForecastingItems' },
  ],
  // Supported calls: describeSObjects, getDeleted, getUpdated, query, retrieve. Readable by every standard user.
  fields: [
    ...auditFields('Period', ['IsDeleted', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById']),
    derived('Type', 'Type', 'picklist', { length: 40, restrictedPicklist: true, picklistValues: picklist(PERIOD_TYPES) }),
    derived('StartDate', 'Start Date', 'date', { nillable: false }),
    derived('EndDate', 'End Date', 'date', { nillable: false }),
    derived('FiscalYearSettingsId', 'Fiscal Year Settings ID', 'reference', { referenceTo: ['FiscalYearSettings'], relationshipName: 'FiscalYearSettings', length: 18 }),
    derived('IsForecastPeriod', 'Is Forecast Period', 'boolean', { nillable: false, defaultValue: false }),
    derived('Number', 'Number', 'int'),
    // Custom names for months and quarters only; a standard fiscal year leaves them empty. [unsure] for standard years.
    derived('QuarterLabel', 'Quarter Name', 'picklist', { picklistValues: [] }),
    derived('PeriodLabel', 'Period Name', 'picklist', { picklistValues: [] }),
    derived('FullyQualifiedLabel', 'Fully Qualified Label', 'string', { length: 80 }),
  ],
};

const forecastingType: SObjectDef = {
  name: 'ForecastingType', label: 'Forecasting Type', labelPlural: 'Forecasting Types', keyPrefix: '0Db', deletable: false,
  // The API allows create/update/delete to admins with Setup access; this org treats forecast types as setup data. [unsure]
  createable: false, updateable: false, searchable: false,
  childRelationships: [],
  fields: [
    ...system('Forecasting Type'),
    derived('DeveloperName', 'API Name', 'string', { length: 80, nillable: false }),
    derived('MasterLabel', 'Master Label', 'string', { length: 80, nillable: false, nameField: true }),
    derived('Language', 'Master Language', 'picklist', { length: 40, restrictedPicklist: true, picklistValues: picklist(LANGUAGES) }),
    derived('IsActive', 'Is Active', 'boolean', { nillable: false }),
    derived('IsAmount', 'Is Amount', 'boolean', { nillable: false }),
    derived('IsQuantity', 'Is Quantity', 'boolean', { nillable: false }),
    derived('CanDisplayQuotas', 'Can Display Quotas', 'boolean', { nillable: false }),
    derived('HasAdjustments', 'Has Adjustments', 'boolean', { nillable: false }),
    derived('HasOwnerAdjustments', 'Has Owner Adjustments', 'boolean', { nillable: false }),
    derived('HasProductFamily', 'Has Product Family', 'boolean', { nillable: false }),
    derived('DateType', 'Date Type', 'picklist', { restrictedPicklist: true, picklistValues: picklist(['OpportunityCloseDate', 'ProductDate', 'ScheduleDate']) }),
    // R: user role hierarchy, T/Y: territories (Metadata API ForecastingType.roleType). [unsure] the label.
    derived('RoleType', 'Role Type', 'picklist', { restrictedPicklist: true, picklistValues: picklist(['R', 'T', 'Y']) }),
    derived('LastActivatedDate', 'Last Activated Date', 'datetime'),
  ],
};

const forecastingQuota: SObjectDef = {
  name: 'ForecastingQuota', label: 'Forecasting Quota', labelPlural: 'Forecasting Quotas', keyPrefix: '0J9', deletable: true, searchable: false, childRelationships: [],
  fields: [
    ...auditFields('ForecastingQuota', ['IsDeleted']),
    lookup('QuotaOwnerId', 'Quota Owner ID', ['User'], 'QuotaOwner', { nillable: false }),
    field('QuotaAmount', 'Quota Amount', 'currency'),
    field('QuotaQuantity', 'Quota Quantity', 'double'),
    // The first day of a forecast period; PeriodId follows from it (read-only).
    field('StartDate', 'Start Date', 'date', { nillable: false }),
    derived('PeriodId', 'Period ID', 'reference', { referenceTo: ['Period'], relationshipName: 'Period', length: 18 }),
    lookup('ForecastingTypeId', 'Forecasting Type ID', ['ForecastingType'], 'ForecastingType', { nillable: false, updateable: false }),
    // "Defaulted on create", not createable: they follow the forecast type's measure.
    derived('IsAmount', 'Is Amount', 'boolean', { nillable: false, defaultValue: false }),
    derived('IsQuantity', 'Is Quantity', 'boolean', { nillable: false, defaultValue: false }),
  ],
};

const forecastingItem: SObjectDef = {
  // Read-only: describeSObjects, getDeleted, getUpdated, query, retrieve. The org computes the rows (forecasting.ts).
  name: 'ForecastingItem', label: 'Forecasting Item', labelPlural: 'Forecasting Items', keyPrefix: '0FI', deletable: false,
  createable: false, updateable: false, searchable: false, childRelationships: [],
  fields: [
    // [unsure] which audit fields the object exposes besides SystemModstamp; IsDeleted is not listed.
    ...auditFields('Forecasting Item', ['IsDeleted']),
    derived('OwnerId', 'Owner ID', 'reference', { referenceTo: ['User'], relationshipName: 'Owner', length: 18, nillable: false }),
    derived('PeriodId', 'Period ID', 'reference', { referenceTo: ['Period'], relationshipName: 'Period', length: 18 }),
    derived('ForecastingTypeId', 'Forecasting Type ID', 'reference', { referenceTo: ['ForecastingType'], relationshipName: 'ForecastingType', length: 18 }),
    derived('ForecastingItemCategory', 'Forecasting Item Category', 'picklist', { restrictedPicklist: true, picklistValues: picklist(FORECASTING_ITEM_CATEGORIES) }),
    derived('ForecastCategoryName', 'Forecast Category', 'picklist', { restrictedPicklist: true, picklistValues: picklist(FORECAST_CATEGORY_NAMES) }),
    derived('ForecastAmount', 'Forecast Amount', 'currency'),
    derived('AmountWithoutAdjustments', 'Amount Without Adjustments', 'currency'),
    derived('AmountWithoutManagerAdjustment', 'Amount Without Manager Adjustment', 'currency'),
    derived('AmountWithoutOwnerAdjustment', 'Amount Without Owner Adjustments', 'currency'),
    derived('OwnerOnlyAmount', 'Owner Only Amount', 'currency'),
    derived('HasAdjustment', 'Has Adjustment', 'boolean', { nillable: false }),
    derived('HasOwnerAdjustment', 'Has Owner Adjustment', 'boolean', { nillable: false }),
    derived('IsAmount', 'Is Amount', 'boolean', { nillable: false }),
    derived('IsQuantity', 'Is Quantity', 'boolean', { nillable: false }),
  ],
};

/*
 * Einstein deal insights: OpportunityInsight, "an individual insight (deal prediction, follow-up reminder, or key
 * moment) related to an opportunity record". Sources:
 *   https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-opportunityinsight.html
 *   https://developer.salesforce.com/docs/atlas.en-us.264.0.object_reference.meta/object_reference/sforce_api_objects_opportunityinsight.htm
 * Supported calls: describeLayout, describeSObjects, getDeleted, query, retrieve — the API cannot write it, Einstein
 * does. Only users with a Sales Cloud Einstein license see it; an org without Einstein has no such object, so SOQL
 * answers INVALID_TYPE ("sObject type 'OpportunityInsight' is not supported") and describe does not list it: that org
 * is `startOrg({ einstein: false })`. Field names follow the object reference and an sfdx schema typing of the object
 * (OpportunityId, Name, Title, Type, TrendType, Reason, Rationale, Score, CloseDate, LastHeard, …).
 * [unsure] the picklist values of Type, TrendType and Reason (the reference pages read here do not list them): Type is
 * modelled as the three kinds the description names, TrendType as Positive / Negative / Neutral, Reason as a short
 * code. [unsure] the key prefix (0O9 here) and the labels; [unsure] that Title holds the sentence the UI shows.
 * OpportunityId is modelled as master-detail (deleting the deal deletes its insights), as AccountInsight.AccountId is
 * documented [unsure for OpportunityInsight]. Access to the row also needs access to its opportunity; this org models no sharing, so every Einstein user sees all.
 */
export const OPPORTUNITY_INSIGHT_TYPES = ['DealPrediction', 'FollowUpReminder', 'KeyMoment'] as const;
export const OPPORTUNITY_INSIGHT_TRENDS = ['Positive', 'Negative', 'Neutral'] as const;

const opportunityInsight: SObjectDef = {
  name: 'OpportunityInsight', label: 'Opportunity Insight', labelPlural: 'Opportunity Insights', keyPrefix: '0O9', deletable: false,
  createable: false, updateable: false, searchable: false, childRelationships: [],
  fields: [
    ...system('Opportunity Insight'),
    derived('Name', 'Name', 'string', { length: 80, nameField: true }),
    derived('OpportunityId', 'Opportunity ID', 'reference', { referenceTo: ['Opportunity'], relationshipName: 'Opportunity', length: 18, nillable: false, onParentDelete: 'cascade' }),
    derived('Title', 'Title', 'string', { length: 255 }),
    derived('Type', 'Type', 'picklist', { picklistValues: picklist(OPPORTUNITY_INSIGHT_TYPES) }),
    derived('TrendType', 'Trend Type', 'picklist', { picklistValues: picklist(OPPORTUNITY_INSIGHT_TRENDS) }),
    derived('Reason', 'Reason', 'string', { length: 255 }),
    derived('Rationale', 'Rationale', 'textarea', { length: 32000 }),
    derived('Score', 'Score', 'double'),
    derived('CloseDate', 'Close Date', 'datetime'),
    derived('LastHeard', 'Last Heard', 'datetime'),
    derived('ActualHeardWithinDays', 'Actual Heard Within Days', 'int'),
    derived('ExpectedHeardWithinDays', 'Expected Heard Within Days', 'int'),
  ],
};

/*
 * Einstein Opportunity Scoring: "each opportunity is given a score from 1 to 99, available on opportunity records and
 * list views" (Salesforce Help, Einstein Opportunity Scoring; the org setting is OpportunityScoreSettings.
 * enableOpportunityScoring, https://developer.salesforce.com/docs/platform/api-metadata/references/meta-types/metadata-opportunityscoresettings.html).
 * The score is not a field of the record: it is a ScoreIntelligence row ("for internal use only", API exposed:
 * https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-scoreintelligence.html)
 * with BaseId (the scored record) and Score, and the record points at it through ScoreIntelligenceId — documented for
 * Lead (Salesforce Help, "Einstein Lead Scoring – Reports, Dashboard, and Data Model Overview":
 * https://help.salesforce.com/s/articleView?id=005314324&type=1, with the queries `SELECT Id, BaseId, Score FROM
 * ScoreIntelligence` and `SELECT Id, ScoreIntelligence.Score FROM Lead`). [unsure] that Opportunity carries the same
 * ScoreIntelligenceId lookup and that BaseId may refer to an opportunity; [unsure] the key prefix (0Ku here), the
 * labels and the audit fields. Only open deals are scored. An org without Einstein has neither the object nor the
 * lookup: `startOrg({ einstein: false })`.
 */
const scoreIntelligence: SObjectDef = {
  name: 'ScoreIntelligence', label: 'Score Intelligence', labelPlural: 'Score Intelligences', keyPrefix: '0Ku', deletable: false,
  createable: false, updateable: false, searchable: false, childRelationships: [],
  fields: [
    ...system('Score Intelligence'),
    derived('BaseId', 'Base ID', 'reference', { referenceTo: ['Lead', 'Opportunity'], relationshipName: 'Base', length: 18, nillable: false, onParentDelete: 'cascade' }),
    derived('Score', 'Einstein Score', 'int'),
  ],
};

/*
 * Activities and notes: Task, ContentNote and the ContentDocumentLink that puts a note on a record.
 * Sources (Object Reference for the Salesforce Platform, Field Reference):
 *   https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-task.html
 *   https://developer.salesforce.com/docs/atlas.en-us.196.0.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Task.htm
 *   https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-contentnote.html
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-contentdocumentlink.html
 * Task: ActivityDate is a date only ("Due Date Only"); AccountId is computed from WhatId (an account itself, an
 * opportunity's account) or else from a contact WhoId; TaskSubtype is set on create only. Status and Priority are
 * the values of a new org. [unsure] the exact wording of the WhoId-lead-with-WhatId refusal, and that TaskSubtype
 * is not updateable (the reference lists it as Create, Filter, Group, Nillable, Restricted picklist, Sort).
 * ContentNote: Title and Content (base64 of the note's HTML) are the only writable fields; FileType is SNOTE.
 * A ContentNote's Id is its ContentDocument's Id (069…), which ContentDocumentLink.ContentDocumentId points at;
 * this org has no separate ContentDocument object, so the link refers to the note itself [unsure].
 * ShareType: V (viewer), C (collaborator), I (inferred from the record); Visibility: AllUsers, InternalUsers, SharedUsers.
 */
export const TASK_STATUSES = ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'] as const;
/** Task statuses whose IsClosed is true (the TaskStatus table of a new org). */
export const CLOSED_TASK_STATUSES: ReadonlySet<string> = new Set(['Completed']);

const task: SObjectDef = {
  name: 'Task', label: 'Task', labelPlural: 'Tasks', keyPrefix: '00T', deletable: true, childRelationships: [],
  fields: [
    ...system('Activity'),
    // A combobox in describe; modelled as a string, as Event.Subject is.
    field('Subject', 'Subject', 'string', { length: 255, nameField: true }),
    field('ActivityDate', 'Due Date Only', 'date'),
    field('Status', 'Status', 'picklist', { nillable: false, picklistValues: picklist(TASK_STATUSES, 'Not Started'), defaultValue: 'Not Started' }),
    field('Priority', 'Priority', 'picklist', { nillable: false, picklistValues: picklist(['High', 'Normal', 'Low'], 'Normal'), defaultValue: 'Normal' }),
    field('TaskSubtype', 'Task Subtype', 'picklist', {
      updateable: false, restrictedPicklist: true, picklistValues: picklist(['Task', 'Email', 'ListEmail', 'Cadence', 'Call', 'LinkedIn']),
    }),
    field('Description', 'Comments', 'textarea', { length: 32000 }),
    field('IsReminderSet', 'Reminder Set', 'boolean', { nillable: false, defaultValue: false }),
    field('ReminderDateTime', 'Reminder Date/Time', 'datetime'),
    field('CallDurationInSeconds', 'Call Duration', 'int'),
    field('CallType', 'Call Type', 'picklist', { restrictedPicklist: true, picklistValues: picklist(['Internal', 'Inbound', 'Outbound']) }),
    field('CallDisposition', 'Call Result', 'string', { length: 255 }),
    owner(),
    lookup('WhatId', 'Related To ID', ['Account', 'Opportunity', 'Case', 'Campaign'], 'What', { onParentDelete: 'cascade' }),
    lookup('WhoId', 'Name ID', ['Contact', 'Lead'], 'Who', { onParentDelete: 'cascade' }),
    derived('AccountId', 'Account ID', 'reference', { referenceTo: ['Account'], relationshipName: 'Account', length: 18 }),
    derived('IsClosed', 'Closed', 'boolean', { nillable: false }),
    derived('IsHighPriority', 'High Priority', 'boolean', { nillable: false }),
    derived('CompletedDateTime', 'Completed Date', 'datetime'),
  ],
};

const contentNote: SObjectDef = {
  name: 'ContentNote', label: 'Note', labelPlural: 'Notes', keyPrefix: '069', deletable: true,
  childRelationships: [{ childSObject: 'ContentDocumentLink', field: 'ContentDocumentId', relationshipName: 'ContentDocumentLinks' }],
  fields: [
    ...system('Note'),
    field('Title', 'Title', 'string', { length: 255, nillable: false, nameField: true }),
    field('Content', 'Content', 'base64'),
    derived('TextPreview', 'Text Preview', 'string', { length: 255 }),
    derived('ContentSize', 'Size', 'int'),
    derived('FileType', 'File Type', 'string', { length: 20 }),
    derived('FileExtension', 'File Extension', 'string', { length: 40 }),
    derived('IsReadOnly', 'Is Read Only', 'boolean', { nillable: false, defaultValue: false }),
    owner(),
  ],
};

const contentDocumentLink: SObjectDef = {
  name: 'ContentDocumentLink', label: 'Content Document Link', labelPlural: 'Content Document Links', keyPrefix: '06A', deletable: true,
  searchable: false, childRelationships: [],
  fields: [
    ...auditFields('Content Document Link', ['CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById']),
    lookup('ContentDocumentId', 'Content Document ID', ['ContentNote'], 'ContentDocument', { nillable: false, updateable: false, onParentDelete: 'cascade' }),
    lookup('LinkedEntityId', 'Linked Entity ID', ['Account', 'Opportunity', 'Case', 'Contact', 'Lead', 'Campaign', 'User'], 'LinkedEntity', {
      nillable: false, updateable: false, onParentDelete: 'cascade',
    }),
    field('ShareType', 'Share Type', 'picklist', { nillable: false, restrictedPicklist: true, picklistValues: picklist(['V', 'C', 'I']) }),
    field('Visibility', 'Visibility', 'picklist', {
      restrictedPicklist: true, picklistValues: picklist(['AllUsers', 'InternalUsers', 'SharedUsers'], 'AllUsers'), defaultValue: 'AllUsers',
    }),
  ],
};

/** Every sObject of the emulated org, in describe-global order. */
export const SOBJECTS: SObjectDef[] = [
  account, campaign, campaignMember, caseObject, contact, contentDocumentLink, contentNote, event, eventRelation, fiscalYearSettings,
  forecastingItem, forecastingQuota, forecastingType, lead, opportunity, opportunityFieldHistory, opportunityInsight, opportunityStage, organization, period,
  scoreIntelligence, task, user,
];
