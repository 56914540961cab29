/** Values as a screen writes them: short and in the user's locale. */
import type { Translate } from '../i18n';
import type { Speaking } from '../speaking/speakingFor';
import { cardAmount } from '../speaking/money';
import { writtenDate } from '../speaking/days';
import type { OpportunitySummary } from '../deals/query';


/** A deal as a row of a table; `position` is its place in the whole list, what a touch on it sends. */
export function dealRow(t: Translate, deal: OpportunitySummary, position: number, s: Speaking) {
  return {
    position,
    name: deal.name,
    account: deal.accountName ?? t('screen.none'),
    amount: cardAmount(deal.amount, s),
    stage: deal.stage,
    closeDate: writtenDate(deal.closeDate, s.locale),
  };
}

/** The table's column heads, in the order of its cells. */
export function dealColumns(t: Translate) {
  return {
    name: t('screen.columns.name'),
    account: t('screen.columns.account'),
    amount: t('screen.columns.amount'),
    stage: t('screen.columns.stage'),
    closeDate: t('screen.columns.closeDate'),
  };
}
