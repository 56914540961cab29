/** `GET /search?q=FIND {…} …`: SOSL run as the token's user. */
import { executeSosl } from '../sosl';
import { SalesforceError, type OrgStore } from '../types';
import { ok, type Resource } from './data-api';
import { queryContext } from './query';

export function searchResource(store: OrgStore): Resource {
  return {
    pattern: /^\/search\/?$/,
    methods: {
      GET: (req) => {
        const sosl = req.query.get('q');
        if (!sosl) throw new SalesforceError('MALFORMED_SEARCH', 'No search term found. The search term must be enclosed in braces.', 400);
        return ok(executeSosl(sosl, store, { ...queryContext(store, req.userId, req.version), enforceFieldSecurity: true }));
      },
    },
  };
}
