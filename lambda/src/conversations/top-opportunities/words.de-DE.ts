/** Die Top-Deals: die Einleitung und ein kurzer Satz je Deal (Blättern in lists/, Deal-Wörter in deals/). */
export const words = {
  topOpportunities: {
    whose: {
      MINE_one: 'Dein', MINE_other: 'Deine',
      TEAM_one: 'Euer', TEAM_other: 'Eure',
      ALL_one: 'Der', ALL_other: 'Die',
      PERSON: '{{name}}s',
    },
    intro_one: '{{- whose}} größter offener Deal{{- filters}}{{- period}}, in {{- currency}}:',
    intro_other: '{{- whose}} {{count}} größten offenen Deals{{- filters}}{{- period}}, in {{- currency}}:',
    periodSuffix: ' mit Abschluss {{- period}}',
    item: '{{- place}}{{- deal}}: {{- amount}}, {{- closing}}.',
    place: '{{- position}}: ',
    none: {
      MINE: 'Du hast keine offenen Deals{{- filters}}{{- period}}.',
      TEAM: 'Dein Team hat keine offenen Deals{{- filters}}{{- period}}.',
      ALL: 'Es gibt keine offenen Deals{{- filters}}{{- period}}.',
      PERSON: '{{name}} hat keine offenen Deals{{- filters}}{{- period}}.',
    },
    cardTitle: 'Top-Deals',
    cardItem: '{{ordinal}} {{name}} ({{account}}): {{amount}}, {{stage}}, Abschluss {{closeDate}}',
  },
};
