/** Ein Deal: seine Details ("erzähl mir mehr über den zweiten", "der Initech Deal"), oder das eine, wonach gefragt wurde. */
export const words = {
  opportunityDetails: {
    headline: '{{name}}{{- account}}: {{- amount}}, {{stage}}{{- probability}}, {{- closing}}.',
    probability: ', zu {{percent}} Prozent wahrscheinlich',
    closed: {
      won: 'gewonnen {{- day}}',
      lost: 'verloren {{- day}}',
    },
    nextStep: 'Nächster Schritt: {{nextStep}}.',
    noNextStep: 'Es ist kein nächster Schritt eingetragen.',
    owner: 'Er gehört {{owner}}.',
    yours: 'Er gehört dir.',
    lastActivity: 'Die letzte Aktivität war {{- day}}.',
    plannedActivity: 'Es ist eine Aktivität geplant, {{- day}}.',
    noActivity: 'Es ist noch keine Aktivität erfasst.',
    card: 'Phase: {{stage}}\nBetrag: {{amount}}\nWahrscheinlichkeit: {{probability}}\nAbschlussdatum: {{closeDate}}\nNächster Schritt: {{nextStep}}\nOwner: {{owner}}\nLetzte Aktivität: {{lastActivity}}',
    /** Nach einem Deal, der mit Namen oder "er" gemeint war: keine Liste zum Weitermachen. */
    more: 'Was möchtest du sonst noch über ihn wissen, oder über einen anderen Deal?',
    focus: {
      nextStep: 'Der nächste Schritt bei {{name}} ist: {{nextStep}}.',
      noNextStep: 'Bei {{name}} ist kein nächster Schritt eingetragen.',
      closes: '{{name}}: Abschluss {{- day}}.',
      overdue: '{{name}} hätte {{- day}} abschließen sollen und ist noch offen, in {{stage}}.',
      won: '{{name}} wurde {{- day}} gewonnen.',
      lost: '{{name}} wurde {{- day}} verloren.',
      owner: '{{name}} gehört {{owner}}.',
      yours: '{{name}} gehört dir.',
      noOwner: 'Ich kann nicht sagen, wem {{name}} gehört.',
      amount: '{{name}} ist {{- amount}} wert, in {{stage}}.',
      noAmount: '{{name}} hat noch keinen Betrag; die Phase ist {{stage}}.',
    },
    byName: {
      choice: '{{name}}',
      several: 'Welchen meinst du: {{- choices}}?',
      severalReprompt: 'Welchen? Sag seinen Namen, oder: den ersten.',
      notFound: 'Ich habe keinen Deal namens {{heard}} gefunden. Welchen Deal meinst du?',
      notFoundLong: 'Ich habe nicht verstanden, welchen Deal du meinst. Was möchtest du?',
      which: 'Welchen Deal meinst du? Sag seinen Namen oder den Namen des Accounts.',
      whichReprompt: 'Welchen Deal? Sag seinen Namen oder den Namen des Accounts.',
      gone: 'Den Deal finde ich in Salesforce nicht mehr; vielleicht wurde er gelöscht. Welchen Deal meinst du?',
    },
  },
};
