/**
 * What the identity service says about a user: the OpenID Connect UserInfo body and the identity URL body.
 * Shapes follow Salesforce Help "Query for User Information" / "Identity URL Response"
 * (https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_using_userinfo_endpoint.htm).
 */
import { tzOffset } from '@date-fns/tz';
import type { SObjectRecord } from '../types';

function text(user: SObjectRecord, field: string): string {
  const value = user[field];
  return value === null || value === undefined ? '' : String(value);
}

/** `2026-03-01T09:00:00.000Z` → `2026-03-01T09:00:00Z`, as the identity service prints times. */
function seconds(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Where the org's APIs live. `{version}` stays a placeholder: Salesforce fills it only when the caller
 * passes `version`. `custom_domain` is how the skill finds the instance (Alexa drops `instance_url`).
 */
function apiUrls(url: string, orgId: string, userId: string): Record<string, string> {
  const org15 = orgId.slice(0, 15);
  const data = `${url}/services/data/v{version}`;
  return {
    enterprise: `${url}/services/Soap/c/{version}/${org15}`,
    metadata: `${url}/services/Soap/m/{version}/${org15}`,
    partner: `${url}/services/Soap/u/{version}/${org15}`,
    rest: `${data}/`,
    sobjects: `${data}/sobjects/`,
    search: `${data}/search/`,
    query: `${data}/query/`,
    recent: `${data}/recent/`,
    tooling_soap: `${url}/services/Soap/T/{version}/${org15}`,
    tooling_rest: `${data}/tooling/`,
    profile: `${url}/${userId}`,
    feeds: `${data}/chatter/feeds`,
    groups: `${data}/chatter/groups`,
    users: `${data}/chatter/users`,
    feed_items: `${data}/chatter/feed-items`,
    feed_elements: `${data}/chatter/feed-elements`,
    custom_domain: url,
  };
}

/** [unsure] whether Salesforce reports the current (DST-aware) offset or the standard one; this is the current one. */
function utcOffsetMs(timeZone: string, now: Date): number {
  return tzOffset(timeZone, now) * 60_000;
}

function photos(url: string, userId: string): { picture: string; thumbnail: string } {
  return { picture: `${url}/profilephoto/005/F?u=${userId}`, thumbnail: `${url}/profilephoto/005/T?u=${userId}` };
}

export function identityId(url: string, orgId: string, userId: string): string {
  return `${url}/id/${orgId}/${userId}`;
}

/** `GET /services/oauth2/userinfo`. */
export function userInfo(url: string, orgId: string, user: SObjectRecord, now: Date): Record<string, unknown> {
  const timeZone = text(user, 'TimeZoneSidKey');
  return {
    sub: identityId(url, orgId, user.Id),
    user_id: user.Id,
    organization_id: orgId,
    preferred_username: text(user, 'Username'),
    nickname: text(user, 'CommunityNickname') || text(user, 'Alias'),
    name: text(user, 'Name'),
    email: text(user, 'Email'),
    email_verified: true,
    given_name: text(user, 'FirstName'),
    family_name: text(user, 'LastName'),
    zoneinfo: timeZone,
    photos: photos(url, user.Id),
    profile: `${url}/${user.Id}`,
    picture: photos(url, user.Id).picture,
    address: {},
    is_salesforce_integration_user: false,
    urls: apiUrls(url, orgId, user.Id),
    active: user.IsActive !== false,
    user_type: 'STANDARD',
    language: text(user, 'LanguageLocaleKey'),
    locale: text(user, 'LocaleSidKey'),
    utcOffset: utcOffsetMs(timeZone, now),
    updated_at: seconds(text(user, 'LastModifiedDate')),
    is_app_installed: true,
  };
}

/** `GET /id/{orgId}/{userId}` (jsforce `conn.identity()`). */
export function identity(url: string, orgId: string, user: SObjectRecord, now: Date): Record<string, unknown> {
  const timeZone = text(user, 'TimeZoneSidKey');
  return {
    id: identityId(url, orgId, user.Id),
    asserted_user: true,
    user_id: user.Id,
    organization_id: orgId,
    username: text(user, 'Username'),
    nick_name: text(user, 'CommunityNickname') || text(user, 'Alias'),
    display_name: text(user, 'Name'),
    email: text(user, 'Email'),
    email_verified: true,
    first_name: text(user, 'FirstName'),
    last_name: text(user, 'LastName'),
    timezone: timeZone,
    photos: photos(url, user.Id),
    urls: apiUrls(url, orgId, user.Id),
    active: user.IsActive !== false,
    user_type: 'STANDARD',
    language: text(user, 'LanguageLocaleKey'),
    locale: text(user, 'LocaleSidKey'),
    utcOffset: utcOffsetMs(timeZone, now),
    last_modified_date: text(user, 'LastModifiedDate').replace(/Z$/, '+0000'),
    is_app_installed: true,
  };
}
