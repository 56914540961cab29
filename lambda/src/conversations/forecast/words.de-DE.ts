/** Der Forecast: Closed plus Commit in einem Zeitraum, gegen die Quote, mit Best Case als Potenzial. */
export const words = {
  forecast: {
    forecast: {
      MINE: 'Dein Forecast {{- period}} liegt bei {{- total}}, Closed plus Commit: {{- closed}} und {{- commit}}.',
      TEAM: 'Der Forecast deines Teams {{- period}} liegt bei {{- total}}, Closed plus Commit: {{- closed}} und {{- commit}}.',
      PERSON: 'Der Forecast von {{name}} {{- period}} liegt bei {{- total}}, Closed plus Commit: {{- closed}} und {{- commit}}.',
    },
    closed: '{{- amount}} abgeschlossen',
    nothingClosed: 'noch nichts abgeschlossen',
    commit: '{{- amount}} im Commit',
    nothingInCommit: 'nichts im Commit',
    quota: 'Das sind {{percent}} Prozent der Quote von {{- quota}}.',
    teamQuotaFromReps: 'Das sind {{percent}} Prozent der Quoten deiner Reps zusammen, {{- quota}}; eine eigene Quote hast du nicht.',
    noQuota: 'Eine Quote dafür finde ich in Salesforce nicht.',
    bestCase: 'Best Case bringt {{- amount}} mehr.',
    noBestCase: 'Im Best Case ist nichts.',
    none: {
      MINE: 'Für dich finde ich {{- period}} keinen Forecast in Salesforce.',
      TEAM: 'Für dein Team finde ich {{- period}} keinen Forecast in Salesforce.',
      PERSON: 'Für {{name}} finde ich {{- period}} keinen Forecast, den du in Salesforce sehen kannst.',
    },
    hidden: 'Salesforce zeigt dir nur deinen eigenen Forecast, deshalb kann ich dir den von {{name}} nicht sagen.',
    otherPeriods: {
      Quarter: 'Eure Org plant den Forecast pro Quartal, deshalb kann ich keinen Forecast nur {{- period}} sagen. Frag mich nach einem ganzen Quartal.',
      Month: 'Eure Org plant den Forecast pro Monat, deshalb kann ich keinen Forecast nur {{- period}} sagen. Frag mich nach ganzen Monaten oder einem Quartal.',
    },
    noForecasting: 'Forecasts sind in Salesforce für dich oder eure Org nicht eingeschaltet, deshalb kann ich keinen Forecast sagen.',
    everyone: {
      TEAM: 'Salesforce zeigt dir den Forecast deines eigenen Teams, deshalb hier der deines Teams.',
      MINE: 'Salesforce zeigt dir nur deinen eigenen Forecast, deshalb hier deiner.',
    },
    cardTitle: 'Forecast, {{period}}',
    card: 'Abgeschlossen: {{closed}}\nCommit: {{commit}}\nForecast (Closed + Commit): {{total}}\nBest Case: {{bestCase}}',
    cardQuota: 'Quote: {{quota}} ({{percent}} % Forecast)',
  },
};
