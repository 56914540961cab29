/** What every spoken amount and date depends on, and how it is found for this user and request. */
import type { RequestContext } from '../context';
import { todayIn } from '../dates/todayIn';
import type { Identity } from '../salesforce/identity';

/** The org's currency, the request's locale, the user's day. */
export interface Speaking {
  currency: string;
  locale: string;
  /** The user's today, YYYY-MM-DD, in their time zone. */
  today: string;
  /** The linked user: their own deals are "yours" rather than their name. */
  userId: string;
}

export function speakingFor(ctx: RequestContext, identity: Identity): Speaking {
  return { currency: identity.currency, locale: ctx.locale, today: todayIn(identity.timeZone, ctx.now), userId: identity.userId };
}
