/** Oportunidades ganadas y perdidas en un periodo: cuántas e importes, tasa de éxito, la mayor ganada y la mayor perdida. */
export const words = {
  winsLosses: {
    // Said as a tally ("ganadas, …; perdidas, ninguna") because Spanish negates the verb when nothing was lost ("no
    // ha perdido ninguna"), which a sentence with the count in it cannot do. The scope is the context: "Tus resultados" for MINE.
    summary: '{{- subject}}, {{- period}}: ganadas, {{- won}}; perdidas, {{- lost}}. Tasa de éxito: {{rate}} por ciento.',
    summary_MINE: 'Tus resultados, {{- period}}: ganadas, {{- won}}; perdidas, {{- lost}}. Tasa de éxito: {{rate}} por ciento.',
    onlyLost: '{{- subject}}, {{- period}}: perdidas, {{- deals}}.',
    onlyLost_MINE: 'Tus resultados, {{- period}}: perdidas, {{- deals}}.',
    onlyWon: '{{- subject}}, {{- period}}: ganadas, {{- deals}}.',
    onlyWon_MINE: 'Tus resultados, {{- period}}: ganadas, {{- deals}}.',
    fromReport: 'Según tu informe {{report}}: ganadas, {{- won}}; perdidas, {{- lost}}. Tasa de éxito: {{rate}} por ciento.',
    deals_one: '{{count}} oportunidad por valor de {{- amount}}',
    deals_many: '{{count}} oportunidades por valor de {{- amount}}',
    deals_other: '{{count}} oportunidades por valor de {{- amount}}',
    noDeals: 'ninguna',
    biggestWin: 'La mayor ganada: {{name}}{{- account}}{{- amount}}{{- owner}}.',
    biggestLoss: 'La mayor perdida: {{name}}{{- account}}{{- amount}}{{- owner}}.',
    amount: ', {{- amount}}',
    by: ', de {{owner}}',
    none: {
      MINE: 'No tienes oportunidades cerradas {{- period}}.',
      TEAM: 'Tu equipo no tiene oportunidades cerradas {{- period}}.',
      ALL: 'No hay oportunidades cerradas {{- period}}.',
      PERSON: '{{name}} no tiene oportunidades cerradas {{- period}}.',
    },
    over: 'Cuento las oportunidades de más de {{- amount}}:',
    reportNone: 'Tu informe {{report}} no tiene oportunidades cerradas.',
    cardTitle: 'Ganadas y perdidas, {{period}}',
    screen: {
      won: 'Ganadas',
      lost: 'Perdidas',
      bar: '{{amount}} · {{deals}}',
      rate: 'Tasa de éxito {{rate}} %',
      biggestWin: 'Mayor ganada',
      biggestLoss: 'Mayor perdida',
      deal: '{{name}} · {{amount}}',
    },
    reportCardTitle: 'Ganadas y perdidas: {{report}}',
    card: 'Ganadas: {{won}} ({{wonAmount}})\nPerdidas: {{lost}} ({{lostAmount}})\nTasa de éxito: {{rate}}\nMayor ganada: {{biggestWin}}\nMayor perdida: {{biggestLoss}}',
  },
};
