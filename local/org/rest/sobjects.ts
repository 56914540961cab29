/** `/sobjects`: describeGlobal, basic info, describe, create, read, update, delete. */
import { notFound } from '../http';
import { executeSoql } from '../soql';
import { SalesforceError, type OrgStore, type SObjectDef } from '../types';
import { describeObject, describeSummary } from './describe';
import { objectBody, ok, type Resource } from './data-api';
import { queryContext } from './query';

/** Object names in URLs are case-insensitive (`/sobjects/account` works). */
function resolve(store: OrgStore, name: string): SObjectDef {
  const def = store.objects().find((d) => d.name.toLowerCase() === name.toLowerCase());
  if (!def) throw notFound();
  return def;
}

export function sobjectResources(store: OrgStore): Resource[] {
  const recordUrl = (version: string, type: string, id: string) => `/services/data/v${version}/sobjects/${type}/${id}`;
  return [
    {
      pattern: /^\/sobjects\/?$/,
      methods: {
        GET: (req) => ok({ encoding: 'UTF-8', maxBatchSize: 200, sobjects: store.objects().map((d) => describeSummary(d, req.version)) }),
      },
    },
    {
      pattern: /^\/sobjects\/(\w+)\/?$/,
      methods: {
        GET: (req, [name = '']) => ok({ objectDescribe: describeSummary(resolve(store, name), req.version), recentItems: [] }),
        POST: (req, [name = '']) => {
          const def = resolve(store, name);
          const record = store.insert(def.name, objectBody(req), { actingUserId: req.userId });
          return ok({ id: record.Id, success: true, errors: [] }, 201, { Location: recordUrl(req.version, def.name, record.Id) });
        },
      },
    },
    {
      pattern: /^\/sobjects\/(\w+)\/describe\/?$/,
      methods: { GET: (req, [name = '']) => ok(describeObject(resolve(store, name), req.version, store.objects())) },
    },
    {
      pattern: /^\/sobjects\/(\w+)\/(\w+)$/,
      methods: {
        /** Read through the SOQL engine so values print exactly as a query prints them; `?fields=` narrows. */
        GET: (req, [name = '', id = '']) => {
          const def = resolve(store, name);
          const record = store.get(def.name, id);
          if (!record) throw notFound();
          const fields = req.query.get('fields')?.split(',').map((f) => f.trim()).filter(Boolean);
          const odd = fields?.find((f) => !/^\w+$/.test(f));
          if (odd) throw new SalesforceError('INVALID_FIELD', `No such column '${odd}' on sobject of type ${def.name}`, 400);
          const select = fields?.length ? [...new Set(['Id', ...fields])] : def.fields.map((f) => f.name);
          const soql = `SELECT ${select.join(', ')} FROM ${def.name} WHERE Id = '${record.Id}'`;
          const [row] = executeSoql(soql, store, queryContext(store, req.userId, req.version)).records;
          return ok(row);
        },
        PATCH: (req, [name = '', id = '']) => {
          const def = resolve(store, name);
          store.update(def.name, id, objectBody(req), { actingUserId: req.userId });
          return { status: 204 };
        },
        /** 204, no body (REST API Developer Guide, "Delete a Record": https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_delete_record.htm). */
        DELETE: (_req, [name = '', id = '']) => {
          store.delete(resolve(store, name).name, id);
          return { status: 204 };
        },
      },
    },
  ];
}
