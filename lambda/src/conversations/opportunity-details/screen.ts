/** One deal on a screen: its name and account over its fields. The review shows the deal in focus the same way. */
import type { Screen } from '../../alexa/output';
import type { Translate } from '../../i18n';
import { screenDocument } from '../../screens/apl';
import { screenDate } from '../../screens/values';
import { cardAmount } from '../../speaking/money';
import type { Speaking } from '../../speaking/speakingFor';
import type { OpportunityDetails } from './query';

const DOCUMENT = screenDocument([{ type: 'FieldList', grow: 1, fields: '${screen.fields}' }]);

/** What the screen can show of a deal: a details reading has all of it, a review's deal most. */
export type ShownDeal = Pick<OpportunityDetails, 'name' | 'accountName' | 'amount' | 'stage' | 'closeDate' | 'nextStep' | 'lastActivityDate' | 'ownerName'> &
  Partial<Pick<OpportunityDetails, 'probability' | 'forecastCategory'>>;

export function dealScreen(t: Translate, d: ShownDeal, s: Speaking, subtitle = d.accountName ?? ''): Screen {
  const none = t('screen.none');
  const field = (key: keyof ReturnType<typeof fieldLabels>, value: string | null | undefined) => ({ label: fieldLabels(t)[key], value: value ?? none });
  const fields = [
    field('amount', cardAmount(d.amount, s)),
    field('stage', d.stage),
    ...(d.probability === undefined ? [] : [field('probability', d.probability === null ? null : `${Math.round(d.probability)}%`)]),
    field('closeDate', screenDate(d.closeDate, s.locale)),
    ...(d.forecastCategory === undefined ? [] : [field('forecastCategory', d.forecastCategory)]),
    field('nextStep', d.nextStep),
    field('owner', d.ownerName),
    field('lastActivity', d.lastActivityDate && screenDate(d.lastActivityDate, s.locale)),
  ];
  return { document: DOCUMENT, data: { title: d.name, subtitle, fields } };
}

function fieldLabels(t: Translate) {
  return {
    amount: t('screen.fields.amount'),
    stage: t('screen.fields.stage'),
    probability: t('screen.fields.probability'),
    closeDate: t('screen.fields.closeDate'),
    forecastCategory: t('screen.fields.forecastCategory'),
    nextStep: t('screen.fields.nextStep'),
    owner: t('screen.fields.owner'),
    lastActivity: t('screen.fields.lastActivity'),
  };
}
