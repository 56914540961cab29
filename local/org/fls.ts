/**
 * Field-level security per user. Baseline: every user reads every field and may write what the schema lets the API
 * write (the demo users' access before field-level security existed here). Tests narrow one user's access to a field
 * to read-only ('read') or hidden ('none'), as a profile or permission set without Edit or Read on it would.
 *
 * Enforced the way the API does for the running user (the REST query, sObject, composite and search resources):
 * - a field the user cannot read does not exist for them: SOQL answers INVALID_FIELD "No such column 'X' on entity
 *   'Y'…" (a field that is not visible to the integration user fails exactly like a misspelled one:
 *   https://docs.withampersand.com/troubleshooting-guides/salesforce, "Read Action: No such column error"), describe
 *   leaves it out, and a create/update naming it answers INVALID_FIELD "No such column 'X' on sobject of type Y"
 *   [unsure: that wording for a write of a hidden field];
 * - a field the user can read but not edit is refused on create/update with INVALID_FIELD_FOR_INSERT_UPDATE
 *   "Unable to create/update fields: X. Please check the security settings of this field and verify that it is
 *   read/write for your profile or permission set." (the wording also used for fields the API never writes:
 *   https://salesforcedictionary.com/errors/invalid-field-for-insert-update), and describe reports it with
 *   createable and updateable false (describe answers for the current user: UserFieldAccess IsAccessible /
 *   IsCreatable / IsUpdatable, https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_userfieldaccess.htm,
 *   and Apex's DescribeFieldResult.isUpdateable(), "Enforce Security with Field and SObject Describe Methods").
 * Not enforced [left]: reports (Salesforce drops a hidden column from a report rather than failing), flows (the demo
 * flow runs in system context), and SOSL's search of a hidden field's text (its RETURNING list is enforced).
 */
import type { FieldDef, SObjectDef } from './types';

export type FieldAccess = 'edit' | 'read' | 'none';

export class FieldSecurity {
  /** User id → lowercased `Object.Field` → what the user keeps of it. */
  private readonly rules = new Map<string, Map<string, { path: string; access: 'read' | 'none' }>>();
  private readonly views = new Map<string, Map<string, SObjectDef>>();

  constructor(private readonly objects: () => readonly SObjectDef[]) {}

  /**
   * Narrows a user's access to `Object.Field`. The Id and required fields (Name, StageName, CloseDate…) have no
   * field-level security in Salesforce (a permission set may not list them), so they cannot be restricted.
   */
  restrict(userId: string, path: string, access: 'read' | 'none'): void {
    const [objectName = '', fieldName = '', ...rest] = path.split('.');
    const def = this.objects().find((d) => d.name.toLowerCase() === objectName.toLowerCase());
    const field = def?.fields.find((f) => f.name.toLowerCase() === fieldName.toLowerCase());
    if (!def || !field || rest.length > 0) throw new Error(`No field ${path} to restrict`);
    if (field.type === 'id' || (!field.nillable && field.createable && field.type !== 'boolean')) {
      throw new Error(`${def.name}.${field.name} has no field-level security (an id or required field)`);
    }
    const mine = this.rules.get(userId) ?? new Map();
    mine.set(`${def.name}.${field.name}`.toLowerCase(), { path: `${def.name}.${field.name}`, access });
    this.rules.set(userId, mine);
    this.views.delete(userId);
  }

  /** Back to the baseline, for one user or all. */
  clear(userId?: string): void {
    if (userId === undefined) this.rules.clear();
    else this.rules.delete(userId);
    if (userId === undefined) this.views.clear();
    else this.views.delete(userId);
  }

  access(userId: string | undefined, objectName: string, field: FieldDef): FieldAccess {
    const rule = userId === undefined ? undefined : this.rules.get(userId)?.get(`${objectName}.${field.name}`.toLowerCase());
    if (rule) return rule.access;
    return 'edit';
  }

  /** A key that differs between users whose restrictions differ ('' for the baseline): compiled queries are shared by it. */
  fingerprint(userId: string): string {
    const mine = this.rules.get(userId);
    if (!mine || mine.size === 0) return '';
    return [...mine.values()].map((r) => `${r.path}=${r.access}`).sort().join(',');
  }

  /** An object as the user sees it: hidden fields left out, read-only ones neither createable nor updateable. */
  view(def: SObjectDef, userId: string): SObjectDef {
    if (this.fingerprint(userId) === '') return def;
    let mine = this.views.get(userId);
    if (!mine) this.views.set(userId, (mine = new Map()));
    let seen = mine.get(def.name);
    if (!seen) {
      const fields = def.fields
        .filter((f) => this.access(userId, def.name, f) !== 'none')
        .map((f) => (this.access(userId, def.name, f) === 'read' ? { ...f, createable: false, updateable: false } : f));
      seen = { ...def, fields };
      mine.set(def.name, seen);
    }
    return seen;
  }
}
