/**
 * Describe bodies built from the schema: describeGlobal entries, `GET /sobjects/X/describe` and its fields.
 * Key names follow the REST API's DescribeSObjectResult / Field (REST API Developer Guide, "sObject Describe").
 */
import type { FieldDef, FieldType, SObjectDef } from '../types';
import { LABELS_BY_LANGUAGE } from '../schema';

const SOAP_TYPES: Record<FieldType, string> = {
  id: 'tns:ID', reference: 'tns:ID', string: 'xsd:string', textarea: 'xsd:string', picklist: 'xsd:string',
  email: 'xsd:string', phone: 'xsd:string', url: 'xsd:string', currency: 'xsd:double', double: 'xsd:double',
  percent: 'xsd:double', int: 'xsd:int', boolean: 'xsd:boolean', date: 'xsd:date', datetime: 'xsd:dateTime',
  base64: 'xsd:base64Binary', anyType: 'xsd:anyType',
};
const TEXT_TYPES: ReadonlySet<FieldType> = new Set(['id', 'reference', 'string', 'textarea', 'picklist', 'email', 'phone', 'url']);

function urls(version: string, name: string): Record<string, string> {
  const base = `/services/data/v${version}/sobjects/${name}`;
  return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` };
}

/** One entry of describeGlobal, also the head of a full describe. */
export function describeSummary(def: SObjectDef, version: string): Record<string, unknown> {
  const writable = def.createable !== false && def.fields.some((f) => f.createable);
  return {
    // Not undeletable: deleted records are gone, the emulator has no recycle bin.
    activateable: false, createable: writable, custom: false, customSetting: false, deletable: def.deletable,
    deprecatedAndHidden: false, feedEnabled: false, hasSubtypes: false, isInterface: false, isSubtype: false,
    keyPrefix: def.keyPrefix, label: def.label, labelPlural: def.labelPlural, layoutable: writable,
    mergeable: false, mruEnabled: writable, name: def.name, queryable: true, replicateable: true, retrieveable: true,
    searchable: def.searchable !== false && def.fields.some((f) => f.nameField), triggerable: writable, undeletable: false,
    updateable: def.updateable !== false && def.fields.some((f) => f.updateable), urls: urls(version, def.name),
  };
}

/** A picklist value's label in `language` (an Accept-Language value, "de", "fr-FR" or "es"): translated where the org has a translation. */
function labelIn(language: string | undefined, value: string, label: string): string {
  const labels = LABELS_BY_LANGUAGE[language?.toLowerCase().split(/[-_]/)[0] ?? ''];
  return labels?.[value] ?? label;
}

function describeField(field: FieldDef, language?: string): Record<string, unknown> {
  const text = TEXT_TYPES.has(field.type);
  const length = text ? (field.length ?? 255) : 0;
  const numeric = field.type === 'currency' || field.type === 'double' || field.type === 'percent';
  return {
    aggregatable: field.type !== 'textarea', autoNumber: field.autoNumber ?? false, byteLength: length * 3,
    calculated: field.calculated ?? false, calculatedFormula: null, cascadeDelete: field.onParentDelete === 'cascade', caseSensitive: false,
    createable: field.createable, custom: false, defaultValue: field.defaultValue ?? null,
    defaultedOnCreate: field.defaultValue !== undefined || field.type === 'id' || field.calculated === true,
    dependentPicklist: false, digits: field.type === 'int' ? 9 : 0, externalId: false, filterable: field.type !== 'textarea',
    groupable: field.type !== 'textarea' && !numeric, htmlFormatted: false, idLookup: field.type === 'id',
    inlineHelpText: null, label: field.label, length, name: field.name, nameField: field.nameField ?? false,
    namePointing: (field.referenceTo?.length ?? 0) > 1, nillable: field.nillable,
    picklistValues: (field.picklistValues ?? []).map((v) => ({ ...v, label: labelIn(language, v.value, v.label) })), polymorphicForeignKey: (field.referenceTo?.length ?? 0) > 1,
    precision: field.type === 'currency' ? 18 : field.type === 'percent' ? 3 : 0,
    referenceTo: field.referenceTo ?? [], relationshipName: field.relationshipName ?? null,
    restrictedDelete: field.onParentDelete === 'restrict', restrictedPicklist: field.restrictedPicklist ?? false,
    scale: field.type === 'currency' ? 2 : 0,
    soapType: SOAP_TYPES[field.type], sortable: field.type !== 'textarea', type: field.type, unique: false,
    updateable: field.updateable,
  };
}

/**
 * `GET /sobjects/X/describe`; `objects` finds the child field behind each child relationship. Picklist labels are in
 * the request's `Accept-Language` (describe's labels follow the language asked for: the SOAP API's LocaleOptions header,
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_header_localeheader.htm; [unconfirmed]
 * that REST honours Accept-Language the same way).
 */
export function describeObject(def: SObjectDef, version: string, objects: readonly SObjectDef[], language?: string): Record<string, unknown> {
  const onDelete = (child: string, field: string) => objects.find((o) => o.name === child)?.fields.find((f) => f.name === field)?.onParentDelete;
  return {
    ...describeSummary(def, version),
    childRelationships: def.childRelationships.map((r) => ({
      cascadeDelete: onDelete(r.childSObject, r.field) === 'cascade', childSObject: r.childSObject, deprecatedAndHidden: false,
      field: r.field, junctionIdListNames: [], junctionReferenceTo: [], relationshipName: r.relationshipName,
      restrictedDelete: onDelete(r.childSObject, r.field) === 'restrict',
    })),
    fields: def.fields.map((f) => describeField(f, language)),
    // Every object has the master record type; this org defines no others.
    recordTypeInfos: [{
      active: true, available: true, defaultRecordTypeMapping: true, developerName: 'Master', master: true,
      name: 'Master', recordTypeId: '012000000000000AAA', urls: {},
    }],
  };
}
