/** Anzahl, Summen und Durchschnitte von Deals: "du hast 12 offene Deals im Wert von 3,4 Millionen Dollar", "dein durchschnittlicher gewonnener Deal". */
export const words = {
  dealStats: {
    /** {{what}} ist `worth`, oder `worthOver`, wenn den Deals schon ein Betrag folgt ("über 500 Tausend Dollar"). */
    open: {
      MINE: 'Du hast {{- what}}.',
      TEAM: 'Dein Team hat {{- what}}.',
      ALL: 'Eure Firma hat {{- what}}.',
      PERSON: '{{name}} hat {{- what}}.',
    },
    worth: '{{- deals}}{{- filters}} im Wert von {{- amount}}{{- closing}}',
    worthOver: '{{- deals}}{{- filters}}{{- closing}}, insgesamt {{- amount}} wert',
    openUnpriced: {
      MINE: 'Du hast {{- deals}}{{- filters}}{{- closing}}, noch keinen davon mit Betrag.',
      TEAM: 'Dein Team hat {{- deals}}{{- filters}}{{- closing}}, noch keinen davon mit Betrag.',
      ALL: 'Eure Firma hat {{- deals}}{{- filters}}{{- closing}}, noch keinen davon mit Betrag.',
      PERSON: '{{name}} hat {{- deals}}{{- filters}}{{- closing}}, noch keinen davon mit Betrag.',
    },
    noOpen: {
      MINE: 'Du hast keine offenen Deals{{- filters}}{{- closing}}.',
      TEAM: 'Dein Team hat keine offenen Deals{{- filters}}{{- closing}}.',
      ALL: 'Es gibt keine offenen Deals{{- filters}}{{- closing}}.',
      PERSON: '{{name}} hat keine offenen Deals{{- filters}}{{- closing}}.',
    },
    // After "hast"/"hat": accusative ("einen offenen Deal").
    openDeals_one: '{{count}} offenen Deal',
    openDeals_other: '{{count}} offene Deals',
    closing: ' mit Abschluss {{- period}}',
    unpriced_one: '{{count}} davon hat noch keinen Betrag.',
    unpriced_other: '{{count}} davon haben noch keinen Betrag.',

    // German says whose with the noun's own article ("Dein …", "Der … deines Teams"): the scope is the context.
    averageWon: 'Der durchschnittliche gewonnene Deal {{- period}} {{verb}} {{- amount}}, gerechnet über {{- deals}}.',
    averageWon_MINE: 'Dein durchschnittlicher gewonnener Deal {{- period}} {{verb}} {{- amount}}, gerechnet über {{- deals}}.',
    averageWon_TEAM: 'Der durchschnittliche gewonnene Deal deines Teams {{- period}} {{verb}} {{- amount}}, gerechnet über {{- deals}}.',
    averageWon_PERSON: 'Der durchschnittliche gewonnene Deal von {{name}} {{- period}} {{verb}} {{- amount}}, gerechnet über {{- deals}}.',
    averageOpen: 'Der durchschnittliche offene Deal{{- filters}}{{- closing}} liegt bei {{- amount}}, gerechnet über {{- deals}}.',
    averageOpen_MINE: 'Dein durchschnittlicher offener Deal{{- filters}}{{- closing}} liegt bei {{- amount}}, gerechnet über {{- deals}}.',
    averageOpen_TEAM: 'Der durchschnittliche offene Deal deines Teams{{- filters}}{{- closing}} liegt bei {{- amount}}, gerechnet über {{- deals}}.',
    averageOpen_PERSON: 'Der durchschnittliche offene Deal von {{name}}{{- filters}}{{- closing}} liegt bei {{- amount}}, gerechnet über {{- deals}}.',
    is: 'liegt bei',
    was: 'lag bei',
    pricedDeals_one: '{{count}} Deal mit Betrag',
    pricedDeals_other: '{{count}} Deals mit Betrag',
    wonUnpriced_one: '{{count}} weiterer gewonnener Deal hat keinen Betrag.',
    wonUnpriced_other: '{{count}} weitere gewonnene Deals haben keinen Betrag.',
    openUnpricedMore_one: '{{count}} weiterer offener Deal hat noch keinen Betrag.',
    openUnpricedMore_other: '{{count}} weitere offene Deals haben noch keinen Betrag.',
    noWins: {
      MINE: 'Du hast {{- period}} keine Deals gewonnen, deshalb gibt es noch keine durchschnittliche Dealgröße.',
      TEAM: 'Dein Team hat {{- period}} keine Deals gewonnen, deshalb gibt es noch keine durchschnittliche Dealgröße.',
      ALL: 'Niemand hat {{- period}} einen Deal gewonnen, deshalb gibt es noch keine durchschnittliche Dealgröße.',
      PERSON: '{{name}} hat {{- period}} keine Deals gewonnen, deshalb gibt es noch keine durchschnittliche Dealgröße.',
    },
    winsUnpriced: {
      MINE: 'Du hast {{- period}} {{- deals}} gewonnen, aber keiner hat einen Betrag, deshalb gibt es keine durchschnittliche Dealgröße.',
      TEAM: 'Dein Team hat {{- period}} {{- deals}} gewonnen, aber keiner hat einen Betrag, deshalb gibt es keine durchschnittliche Dealgröße.',
      ALL: 'Eure Firma hat {{- period}} {{- deals}} gewonnen, aber keiner hat einen Betrag, deshalb gibt es keine durchschnittliche Dealgröße.',
      PERSON: '{{name}} hat {{- period}} {{- deals}} gewonnen, aber keiner hat einen Betrag, deshalb gibt es keine durchschnittliche Dealgröße.',
    },
    openUnpricedAverage: {
      MINE: 'Keiner von deinen offenen Deals{{- filters}}{{- closing}} hat schon einen Betrag, deshalb gibt es keinen Durchschnitt.',
      TEAM: 'Keiner der offenen Deals deines Teams{{- filters}}{{- closing}} hat schon einen Betrag, deshalb gibt es keinen Durchschnitt.',
      ALL: 'Keiner der offenen Deals{{- filters}}{{- closing}} hat schon einen Betrag, deshalb gibt es keinen Durchschnitt.',
      PERSON: 'Keiner von {{name}}s offenen Deals{{- filters}}{{- closing}} hat schon einen Betrag, deshalb gibt es keinen Durchschnitt.',
    },
  },
};
