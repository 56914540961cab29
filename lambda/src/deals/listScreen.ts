/** A page of deals on a screen: the page's deals as a table, each row opening its deal when touched. */
import type { Screen } from '../alexa/output';
import type { Translate } from '../i18n';
import { screenDocument } from '../screens/apl';
import { dealColumns, dealRow } from '../screens/values';
import type { Speaking } from '../speaking/speakingFor';
import type { OpportunitySummary } from './query';

const DOCUMENT = screenDocument([{ type: 'DealTable', grow: 1, columns: '${screen.columns}', rows: '${screen.rows}' }]);

export interface DealListPage {
  title: string;
  items: readonly OpportunitySummary[];
  /** 1-based position of the first item in the whole list. */
  firstPosition: number;
  hasMore: boolean;
}

export function dealListScreen(t: Translate, page: DealListPage, s: Speaking): Screen {
  const from = page.firstPosition;
  const to = from + page.items.length - 1;
  return {
    document: DOCUMENT,
    data: {
      title: page.title,
      subtitle: t(page.hasMore ? 'screen.rangeMore' : 'screen.range', { from, to }),
      columns: dealColumns(t),
      rows: page.items.map((item, i) => dealRow(t, item, from + i, s)),
    },
  };
}
