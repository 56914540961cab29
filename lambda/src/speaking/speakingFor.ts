/** How amounts and dates are spoken for this user and request. */
import type { RequestContext } from '../context';
import type { Speaking } from '../deals/phrases';
import type { Identity } from '../salesforce/identity';
import { todayIn } from './days';

export function speakingFor(ctx: RequestContext, identity: Identity): Speaking {
  return { currency: identity.currency, locale: ctx.locale, today: todayIn(identity.timeZone, ctx.now), userId: identity.userId };
}
