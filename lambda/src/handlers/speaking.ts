/** How amounts and dates are spoken for this user and request. */
import type { RequestContext } from '../context';
import type { Speaking } from '../outputs/dealWords';
import type { Identity } from '../salesforce/identity';
import { todayIn } from '../speech/date';

export function speakingFor(ctx: RequestContext, identity: Identity): Speaking {
  return { currency: identity.currency, locale: ctx.locale, today: todayIn(identity.timeZone, ctx.now), userId: identity.userId };
}
