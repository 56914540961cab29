/** Wins and losses over a period: counts and amounts, win rate, the biggest win and loss. */
export const words = {
  winsLosses: {
    summary: '{{- subject}} won {{- won}} and lost {{- lost}} {{- period}}. Win rate: {{rate}} percent.',
    onlyLost: '{{- subject}} lost {{- deals}} {{- period}}.',
    onlyWon: '{{- subject}} won {{- deals}} {{- period}}.',
    fromReport: 'From your report {{report}}: {{- won}} won and {{- lost}} lost. Win rate: {{rate}} percent.',
    deals_one: '{{count}} deal worth {{- amount}}',
    deals_other: '{{count}} deals worth {{- amount}}',
    noDeals: 'no deals',
    biggestWin: 'Biggest win: {{name}}{{- account}}{{- amount}}{{- owner}}.',
    biggestLoss: 'Biggest loss: {{name}}{{- account}}{{- amount}}{{- owner}}.',
    amount: ', {{- amount}}',
    by: ', by {{owner}}',
    none: {
      MINE: 'You have no closed deals {{- period}}.',
      TEAM: 'Your team has no closed deals {{- period}}.',
      ALL: 'There are no closed deals {{- period}}.',
      PERSON: '{{name}} has no closed deals {{- period}}.',
    },
    over: 'Counting deals over {{- amount}}:',
    reportNone: 'Your report {{report}} has no closed deals.',
    cardTitle: 'Wins and losses, {{period}}',
    reportCardTitle: 'Wins and losses: {{report}}',
    card: 'Won: {{won}} ({{wonAmount}})\nLost: {{lost}} ({{lostAmount}})\nWin rate: {{rate}}\nBiggest win: {{biggestWin}}\nBiggest loss: {{biggestLoss}}',
  },
};
