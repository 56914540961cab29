/** The data API's resources, assembled: what an authenticated `/services/data/vNN.N/…` call can reach. */
import type { OrgStore } from '../types';
import { actionResources } from './actions';
import { analyticsResource } from './analytics';
import { compositeResource } from './composite';
import { respond, type DataReply, type DataRequest, type Resource } from './data-api';
import { limitsResource, type ApiUsage } from './limits';
import { QueryCursors, queryResources } from './query';
import { searchResource } from './search';
import { sobjectResources } from './sobjects';
import { versionRoot } from './versions';

export type { DataReply, DataRequest } from './data-api';
export { ApiUsage } from './limits';
export { isSupportedVersion, versionList } from './versions';

export function createDataApi(store: OrgStore, usage: ApiUsage, identityUrl: (userId: string) => string): (req: DataRequest) => DataReply {
  const resources: Resource[] = [
    versionRoot(identityUrl),
    ...queryResources(store, new QueryCursors()),
    ...sobjectResources(store),
    searchResource(store),
    limitsResource(usage),
    ...actionResources(store),
    analyticsResource(store),
  ];
  const all = [...resources, compositeResource(store, resources)];
  return (req) => respond(all, req);
}
