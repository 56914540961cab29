/** Speaks Einstein's insights: on one deal, or the deals at risk, biggest first. Never calls Salesforce. */
import type { Translate } from '../../i18n';
import type { Output } from '../../alexa/output';
import { accountPhrase, dealAmount, ownerWords } from '../../deals/phrases';
import type { Owner } from '../../deals/owner';
import { type Speaking } from '../../speaking/speakingFor';
import { escapeSsml } from '../../speaking/ssml';
import type { DealAtRisk, DealInsights } from './query';

/** The deals at risk read aloud (two keep the turn short); the rest are counted and on the card. */
export const READ_AT_RISK = 2;

const whatElse = (t: Translate): string => t('list.whatElse');

/** A sentence from Salesforce, ending as one, escaped for SSML (it goes into the words unescaped). */
const sentence = (text: string): string => escapeSsml(/[.!?]$/.test(text) ? text : `${text}.`);

export function noEinsteinOutput(t: Translate): Output {
  const next = whatElse(t);
  return { speech: `${t('insights.noEinstein')} ${next}`, reprompt: next };
}

export function dealInsightsOutput(t: Translate, deal: DealInsights): Output {
  const next = whatElse(t);
  const said = deal.insights.length
    ? t('insights.deal', { name: deal.name, insights: deal.insights.map((i) => sentence(i.title)).join(' ') })
    : t('insights.dealNone', { name: deal.name });
  const plain = { interpolation: { escapeValue: false } };
  return {
    speech: `${said} ${next}`,
    reprompt: next,
    card: { type: 'Simple', title: deal.name, content: deal.insights.map((i) => `• ${i.title}`).join('\n') || t('insights.dealNone', { ...plain, name: deal.name }) },
  };
}

export function dealsAtRiskOutput(t: Translate, deals: readonly DealAtRisk[], s: Speaking, owner: Owner): Output {
  const next = whatElse(t);
  const { scope } = owner;
  const name = ownerWords(owner).name;
  if (deals.length === 0) return { speech: `${t(`insights.noneAtRisk.${scope}`, { name })} ${next}`, reprompt: next };
  const read = deals.slice(0, READ_AT_RISK).map((d) =>
    t('insights.dealAtRisk', {
      name: d.name, account: accountPhrase(t, d), amount: dealAmount(t, d.amount, s), insight: sentence(d.insights[0]?.title ?? ''),
    }),
  );
  return {
    speech: `${t(`insights.atRisk.${scope}`, { count: deals.length, deals: read.join(' '), name })} ${next}`,
    reprompt: next,
    card: { type: 'Simple', title: t('insights.cardTitle'), content: deals.map((d) => `${d.name}: ${d.insights.map((i) => i.title).join(' ')}`).join('\n') },
  };
}
