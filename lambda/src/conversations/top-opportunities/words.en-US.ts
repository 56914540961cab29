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
    },
    intro_one: '{{- whose}} top open deal{{- period}}, in {{- currency}}:',
    intro_other: '{{- whose}} top {{count}} open deals{{- period}}, in {{- currency}}:',
    periodSuffix: ' closing {{- period}}',
    item: '{{- place}}{{- deal}}: {{- amount}}, {{- closing}}.',
    place: '{{- position}}, ',
    none: {
      MINE: 'You have no open opportunities{{- period}}.',
      TEAM: 'Your team has no open opportunities{{- period}}.',
      ALL: 'There are no open opportunities{{- period}}.',
    },
    capped_other: 'I’ll read them {{count}} at a time.',
    cardTitle: 'Top opportunities',
    cardItem: '{{ordinal}}. {{name}} ({{account}}): {{amount}}, {{stage}}, closes {{closeDate}}',
  },
};
