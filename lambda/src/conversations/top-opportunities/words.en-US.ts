/** The top-opportunities list: its intro and one sentence per deal (paging words are in lists.ts, deal words in deals.ts). */
export const words = {
  topOpportunities: {
    intro_one: 'Here is {{- whose}} top open opportunity{{- filters}}{{- period}}:',
    intro_other: 'Here are {{- whose}} top {{count}} open opportunities{{- filters}}{{- period}}:',
    periodSuffix: ' closing {{- period}}',
    item: '{{- ordinal}}, {{name}}{{- account}}: {{- amount}}, {{stage}}, {{- closing}}{{- owner}}.',
    none: {
      MINE: 'You have no open opportunities{{- filters}}{{- period}}.',
      TEAM: 'Your team has no open opportunities{{- filters}}{{- period}}.',
      ALL: 'There are no open opportunities{{- filters}}{{- period}}.',
      PERSON: '{{name}} has no open opportunities{{- filters}}{{- period}}.',
    },
    cardTitle: 'Top opportunities',
    cardItem: '{{ordinal}}. {{name}} ({{account}}): {{amount}}, {{stage}}, closes {{closeDate}}',
  },
};
