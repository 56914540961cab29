/** Quotenerreichung: gewonnene Deals gegen die Quote (Collaborative Forecasts) einer Person oder eines Teams, in einem Zeitraum. */
export const words = {
  quota: {
    at: {
      MINE: 'Du stehst {{- period}} bei {{percent}} Prozent deiner Quote: {{- won}} bei einer Quote von {{- quota}}.',
      TEAM: 'Dein Team steht {{- period}} bei {{percent}} Prozent der Quote: {{- won}} bei einer Quote von {{- quota}}.',
      PERSON: '{{name}} steht {{- period}} bei {{percent}} Prozent der Quote: {{- won}} bei einer Quote von {{- quota}}.',
    },
    ahead: {
      MINE: 'Deine Quote {{- period}} ist {{- quota}}; dagegen ist noch nichts gewonnen.',
      TEAM: 'Die Quote deines Teams {{- period}} ist {{- quota}}; dagegen ist noch nichts gewonnen.',
      PERSON: 'Die Quote von {{name}} {{- period}} ist {{- quota}}; dagegen ist noch nichts gewonnen.',
    },
    won: '{{- amount}} gewonnen',
    nothingWon: 'noch nichts gewonnen',
    teamFromReps: 'Du hast {{- period}} keine eigene Quote, deshalb zählen die Quoten deiner Reps zusammen.',
    byRep: 'Nach Reps: {{- reps}}.',
    rep: '{{name}} {{percent}} Prozent',
    moreReps_one: '{{count}} weiterer',
    moreReps_other: '{{count}} weitere',
    noRepQuotas: 'Keiner deiner Reps hat {{- period}} eine Quote.',
    none: {
      MINE: 'Für dich finde ich {{- period}} keine Quote in Salesforce, deshalb kann ich keine Erreichung sagen. Du hast {{- won}}.',
      TEAM: 'Für dich und deine Reps finde ich {{- period}} keine Quote in Salesforce, deshalb kann ich keine Erreichung sagen. Dein Team hat {{- won}}.',
      PERSON: 'Für {{name}} finde ich {{- period}} keine Quote, die du in Salesforce sehen kannst, deshalb kann ich keine Erreichung sagen.',
    },
    hidden: 'Salesforce zeigt dir nur deine eigene Quote, deshalb kann ich dir nicht sagen, wo {{name}} steht.',
    otherPeriods: {
      Quarter: 'Quoten werden in eurer Org pro Quartal gesetzt, deshalb kann ich die Erreichung nicht nur {{- period}} sagen. Frag mich nach einem ganzen Quartal.',
      Month: 'Quoten werden in eurer Org pro Monat gesetzt, deshalb kann ich die Erreichung nicht nur {{- period}} sagen. Frag mich nach ganzen Monaten, einem Quartal oder einem Jahr.',
      Year: 'Quoten werden in eurer Org pro Jahr gesetzt, deshalb kann ich die Erreichung nicht nur {{- period}} sagen. Frag mich nach einem ganzen Jahr.',
      Week: 'Quoten werden in eurer Org pro Woche gesetzt, deshalb kann ich die Erreichung nicht nur {{- period}} sagen.',
    },
    noForecasting: 'Salesforce zeigt dir keine Quoten: Forecasting ist für dich oder eure Org nicht eingeschaltet. Die Erreichung kann ich dir also nicht sagen, aber was {{- period}} gewonnen wurde.',
    everyone: {
      TEAM: 'Salesforce zeigt dir die Quoten deines eigenen Teams, deshalb hier dein Team.',
      MINE: 'Salesforce zeigt dir nur deine eigene Quote, deshalb hier deine.',
    },
    cardTitle: 'Quotenerreichung, {{period}}',
    card: 'Quote: {{quota}}\nGewonnen: {{won}}\nErreichung: {{percent}} %',
    cardRep: '{{name}}: {{percent}} % von {{quota}}',
  },
};
