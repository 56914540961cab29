/** Gewonnene und verlorene Deals in einem Zeitraum: Anzahl und Beträge, Gewinnquote, der größte Gewinn und Verlust. */
export const words = {
  winsLosses: {
    // The scope is the context: "Du hast" for MINE, "Dein Team hat", "Lena Fischer hat" for the others.
    summary: '{{- subject}} hat {{- period}} {{- won}} gewonnen und {{- lost}} verloren. Gewinnquote: {{rate}} Prozent.',
    summary_MINE: 'Du hast {{- period}} {{- won}} gewonnen und {{- lost}} verloren. Gewinnquote: {{rate}} Prozent.',
    onlyLost: '{{- subject}} hat {{- period}} {{- deals}} verloren.',
    onlyLost_MINE: 'Du hast {{- period}} {{- deals}} verloren.',
    onlyWon: '{{- subject}} hat {{- period}} {{- deals}} gewonnen.',
    onlyWon_MINE: 'Du hast {{- period}} {{- deals}} gewonnen.',
    fromReport: 'Laut deinem Bericht {{report}}: {{- won}} gewonnen und {{- lost}} verloren. Gewinnquote: {{rate}} Prozent.',
    deals_one: '{{count}} Deal im Wert von {{- amount}}',
    deals_other: '{{count}} Deals im Wert von {{- amount}}',
    noDeals: 'keine Deals',
    biggestWin: 'Größter Gewinn: {{name}}{{- account}}{{- amount}}{{- owner}}.',
    biggestLoss: 'Größter Verlust: {{name}}{{- account}}{{- amount}}{{- owner}}.',
    amount: ', {{- amount}}',
    by: ', von {{owner}}',
    none: {
      MINE: 'Du hast {{- period}} keine abgeschlossenen Deals.',
      TEAM: 'Dein Team hat {{- period}} keine abgeschlossenen Deals.',
      ALL: 'Es gibt {{- period}} keine abgeschlossenen Deals.',
      PERSON: '{{name}} hat {{- period}} keine abgeschlossenen Deals.',
    },
    over: 'Gezählt sind Deals über {{- amount}}:',
    reportNone: 'Dein Bericht {{report}} hat keine abgeschlossenen Deals.',
    cardTitle: 'Gewonnen und verloren, {{period}}',
    reportCardTitle: 'Gewonnen und verloren: {{report}}',
    card: 'Gewonnen: {{won}} ({{wonAmount}})\nVerloren: {{lost}} ({{lostAmount}})\nGewinnquote: {{rate}}\nGrößter Gewinn: {{biggestWin}}\nGrößter Verlust: {{biggestLoss}}',
  },
};
