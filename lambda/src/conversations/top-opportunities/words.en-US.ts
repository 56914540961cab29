/**
 * The top-opportunities list: its intro and one short breath per deal (paging words are in lists/, deal words in
 * deals/). The currency is said once in the intro, not after every figure; stage and owner are in the details.
 */
export const words = {
  topOpportunities: {
    whose: {
      MINE: 'Your',
      TEAM: 'Your team’s',
      ALL: 'Everyone’s',
      PERSON: '{{name}}’s',
    },
    intro_one: '{{- whose}} top open deal{{- filters}}{{- period}}, in {{- currency}}:',
    intro_other: '{{- whose}} top {{count}} open deals{{- filters}}{{- period}}, in {{- currency}}:',
    periodSuffix: ' closing {{- period}}',
    item: '{{- place}}{{- deal}}: {{- amount}}, {{- closing}}.',
    place: '{{- position}}, ',
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
