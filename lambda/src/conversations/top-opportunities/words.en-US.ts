/** The top-opportunities list: its intro and one sentence per deal (paging words are in lists.ts, deal words in deals.ts). */
export const words = {
  topOpportunities: {
    intro_one: 'Here is {{- whose}} top open opportunity{{- period}}:',
    intro_other: 'Here are {{- whose}} top {{count}} open opportunities{{- period}}:',
    periodSuffix: ' closing {{- period}}',
    item: '{{- ordinal}}, {{name}}{{- account}}: {{- amount}}, {{stage}}, {{- closing}}{{- owner}}.',
    none: {
      MINE: 'You have no open opportunities{{- period}}.',
      TEAM: 'Your team has no open opportunities{{- period}}.',
      ALL: 'There are no open opportunities{{- period}}.',
    },
    capped: 'I can read up to {{max}} at a time.',
    cardTitle: 'Top opportunities',
    cardItem: '{{ordinal}}. {{name}} ({{account}}): {{amount}}, {{stage}}, closes {{closeDate}}',
  },
};
