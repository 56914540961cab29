/** One deal on a screen: its name and account over its fields. The review shows the deal in focus the same way. */
import type { Screen } from '../../alexa/output';
import type { Translate } from '../../i18n';
import { screenDocument } from '../../screens/apl';
import { writtenDate } from '../../speaking/days';
import { cardAmount, cardPercent } from '../../speaking/money';
import type { Speaking } from '../../speaking/speakingFor';
import type { OpportunityDetails } from './query';

const DOCUMENT = screenDocument([{ type: 'FieldList', grow: 1, fields: '${screen.fields}' }]);

/** What the screen can show of a deal: a details reading has all of it, a review's deal all but the probability. */
export type ShownDeal = Pick<OpportunityDetails, 'name' | 'accountName' | 'amount' | 'stage' | 'closeDate' | 'nextStep' | 'lastActivityDate' | 'ownerName'> &
  Partial<Pick<OpportunityDetails, 'probability' | 'forecastCategory'>>;

export function dealScreen(t: Translate, d: ShownDeal, s: Speaking, subtitle = d.accountName ?? ''): Screen {
  const field = (label: string, value: string | null | undefined) => ({ label, value: value ?? t('screen.none') });
  // Salesforce counts planned events too, so the latest activity may still be ahead (as the details say it).
  const activity = d.lastActivityDate && d.lastActivityDate > s.today ? 'screen.fields.plannedActivity' : 'screen.fields.lastActivity';
  const fields = [
    field(t('screen.fields.amount'), cardAmount(d.amount, s)),
    field(t('screen.fields.stage'), d.stage),
    ...(d.probability === undefined ? [] : [field(t('screen.fields.probability'), d.probability === null ? null : cardPercent(d.probability, s.locale))]),
    field(t('screen.fields.closeDate'), writtenDate(d.closeDate, s.locale)),
    ...(d.forecastCategory === undefined ? [] : [field(t('screen.fields.forecastCategory'), d.forecastCategory)]),
    field(t('screen.fields.nextStep'), d.nextStep),
    field(t('screen.fields.owner'), d.ownerName),
    field(t(activity), d.lastActivityDate && writtenDate(d.lastActivityDate, s.locale)),
  ];
  return { document: DOCUMENT, data: { title: d.name, subtitle, fields } };
}
