/** Die Rangliste: wer am meisten gewonnen hat, nach gewonnenem Betrag in einem Zeitraum. */
export const words = {
  leaderboard: {
    intro: {
      team: 'Die Rangliste deines Teams {{- period}}, nach gewonnenem Umsatz in {{- currency}}:',
      peers: 'Die Rangliste deines Teams {{- period}}, nach gewonnenem Umsatz in {{- currency}}:',
      all: 'Die Rangliste aller {{- period}}, nach gewonnenem Umsatz in {{- currency}}:',
    },
    entry: '{{- rank}}: {{- who}}, {{- amount}}.',
    tied: '{{- rank}} gleichauf',
    you: 'du',
    deals_one: '{{count}} Deal',
    deals_other: '{{count}} Deals',
    tiedBelow: '{{name}} liegt mit demselben Betrag gleichauf.',
    tiedBelowYou: 'Du liegst mit demselben Betrag gleichauf.',
    everyone: {
      team: 'Das sind alle in deinem Team, die {{- period}} einen Deal gewonnen haben.',
      peers: 'Das sind alle in deinem Team, die {{- period}} einen Deal gewonnen haben.',
      all: 'Das sind alle, die {{- period}} einen Deal gewonnen haben.',
    },
    none: {
      team: 'In deinem Team hat {{- period}} noch niemand einen Deal gewonnen.',
      peers: 'In deinem Team hat {{- period}} noch niemand einen Deal gewonnen.',
      all: 'Noch niemand hat {{- period}} einen Deal gewonnen.',
      mine: 'Du hast {{- period}} noch keinen Deal gewonnen.',
    },
    alone: 'In Salesforce hat niemand denselben Manager wie du, deshalb gibt es kein Team, in dem ich dich einordnen kann.',
    person: {
      team: '{{name}} ist auf Platz {{- rank}} von {{of}} in der Rangliste deines Teams {{- period}}, mit {{- amount}} aus {{- deals}}.',
      all: '{{name}} ist auf Platz {{- rank}} von {{of}} in der Rangliste aller {{- period}}, mit {{- amount}} aus {{- deals}}.',
    },
    personNone: '{{name}} hat {{- period}} in deinem Team noch keinen Deal gewonnen.',
    mine: 'Du hast {{- period}} {{- amount}} gewonnen, aus {{- deals}}.',
    capped: 'Ich lese bis zu {{max}} Namen vor.',
    cardTitle: 'Rangliste, {{period}}',
    cardEntry: '{{rank}}. {{name}}: {{amount}} ({{count}})',
  },
};
