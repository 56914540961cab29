/**
 * Speaks the forecast: its total first with what it is made of (closed plus commit), then how much of the quota that
 * is, then best case as the upside. The currency is said once, with the total. Never calls Salesforce.
 */
import type { Output } from '../../alexa/output';
import type { Owner } from '../../deals/owner';
import type { Period } from '../../deals/period';
import { notesSpeech, ownerWords, spokenPeriod } from '../../deals/phrases';
import type { Note } from '../../deals/question';
import type { Translate } from '../../i18n';
import { cardAmount, spokenFigure, totalAmount } from '../../speaking/money';
import type { Speaking } from '../../speaking/speakingFor';
import { attainmentPercent } from '../quota/output';
import type { ForecastAmounts, ForecastResult } from './query';

export type ForecastView = Speaking & {
  owner: Owner;
  period: Period;
  result: ForecastResult;
  notes: Note[];
  /** Whether the speaker manages anyone (a rep cannot see another person's forecast). */
  hasReports: boolean;
  /** The user asked for everyone's forecast and hears their own forecast hierarchy's. */
  everyone?: 'TEAM' | 'MINE';
};

/** The forecast as Collaborative Forecasts counts it: closed plus commit. */
export const forecastTotal = (a: ForecastAmounts): number => a.closed + a.commit;

export function forecastOutput(t: Translate, view: ForecastView): Output {
  const period = spokenPeriod(t, view.period, view.today);
  const scope = view.owner.scope === 'PERSON' ? 'PERSON' : view.owner.scope === 'TEAM' ? 'TEAM' : 'MINE';
  const words = { ...ownerWords(view.owner), period };
  const said = (...parts: string[]): Output => ({
    speech: [...(view.everyone ? [t(`forecast.everyone.${view.everyone}`)] : []), ...notesSpeech(t, view.notes, { owner: view.owner, period }), ...parts, t('list.whatElse')]
      .filter(Boolean)
      .join(' '),
    reprompt: t('help.reprompt'),
  });
  const { result } = view;
  if (result.kind === 'noForecasting') return said(t('forecast.noForecasting'));
  const { forecast } = result;
  if (forecast.kind === 'otherPeriods') return said(t(`forecast.otherPeriods.${forecast.periodType === 'Month' ? 'Month' : 'Quarter'}`, { period }));
  if (forecast.kind === 'none') return said(scope === 'PERSON' && !view.hasReports ? t('forecast.hidden', words) : t(`forecast.none.${scope}`, words));

  const { amounts } = forecast;
  const total = forecastTotal(amounts);
  const figure = (amount: number) => spokenFigure(amount, view.locale);
  const headline = t(`forecast.forecast.${scope}`, {
    ...words,
    total: totalAmount(t, total, view),
    closed: amounts.closed > 0 ? t('forecast.closed', { amount: figure(amounts.closed) }) : t('forecast.nothingClosed'),
    commit: amounts.commit > 0 ? t('forecast.commit', { amount: figure(amounts.commit) }) : t('forecast.nothingInCommit'),
  });
  const own = result.quota.kind === 'quota' ? result.quota.amount : undefined;
  const quota = own ?? result.repsQuota ?? undefined;
  const against = quota === undefined
    ? t('forecast.noQuota')
    : t(own === undefined ? 'forecast.teamQuotaFromReps' : 'forecast.quota', { percent: attainmentPercent(total, quota), quota: figure(quota) });
  const upside = amounts.bestCase > 0 ? t('forecast.bestCase', { amount: figure(amounts.bestCase) }) : t('forecast.noBestCase');

  const plain = { interpolation: { escapeValue: false } };
  const lines = [
    t('forecast.card', { ...plain, closed: cardAmount(amounts.closed, view), commit: cardAmount(amounts.commit, view), total: cardAmount(total, view), bestCase: cardAmount(amounts.bestCase, view) }),
    ...(quota === undefined ? [] : [t('forecast.cardQuota', { ...plain, quota: cardAmount(quota, view), percent: attainmentPercent(total, quota) })]),
  ];
  return { ...said(headline, against, upside), card: { type: 'Simple', title: t('forecast.cardTitle', { ...plain, period }), content: lines.join('\n') } };
}
