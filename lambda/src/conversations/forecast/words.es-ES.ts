/** La previsión: lo cerrado más el commit de un periodo, frente a la cuota, con el best case como potencial. */
export const words = {
  forecast: {
    /** Con la previsión se dice de qué está hecha: cerrado más commit. */
    forecast: {
      MINE: 'Tu previsión {{- period}} es de {{- total}}, cerrado más commit: {{- closed}} y {{- commit}}.',
      TEAM: 'La previsión de tu equipo {{- period}} es de {{- total}}, cerrado más commit: {{- closed}} y {{- commit}}.',
      PERSON: 'La previsión de {{name}} {{- period}} es de {{- total}}, cerrado más commit: {{- closed}} y {{- commit}}.',
    },
    closed: '{{- amount}} cerrados',
    nothingClosed: 'nada cerrado todavía',
    commit: '{{- amount}} en commit',
    nothingInCommit: 'nada en commit',
    /** El porcentaje es el de la previsión, cerrado más commit, sobre la cuota. */
    quota: 'Eso es el {{percent}} por ciento de la cuota de {{- quota}}.',
    teamQuotaFromReps: 'Eso es el {{percent}} por ciento de la suma de las cuotas de tus comerciales, {{- quota}}; tú no tienes cuota propia.',
    noQuota: 'No encuentro una cuota para eso en Salesforce.',
    bestCase: 'El best case suma {{- amount}} más.',
    noBestCase: 'No hay nada en best case.',
    none: {
      MINE: 'No encuentro una previsión tuya {{- period}} en Salesforce.',
      TEAM: 'No encuentro una previsión de tu equipo {{- period}} en Salesforce.',
      PERSON: 'No encuentro una previsión de {{name}} {{- period}} que puedas ver en Salesforce.',
    },
    /** Un comercial pregunta por otra persona: Salesforce solo enseña una previsión a su dueño y a quienes están por encima. */
    hidden: 'Salesforce solo te enseña tu propia previsión, así que no puedo decirte la de {{name}}.',
    otherPeriods: {
      Quarter: 'Tu empresa hace la previsión por trimestres, así que no puedo darte una previsión {{- period}} por separado. Pregúntame por un trimestre entero.',
      Month: 'Tu empresa hace la previsión por meses, así que no puedo darte una previsión {{- period}} por separado. Pregúntame por meses enteros o por un trimestre.',
    },
    /** Las previsiones colaborativas están desactivadas para la empresa o el usuario: una frase, nunca un error. */
    noForecasting: 'Las previsiones no están activadas en Salesforce para ti o para tu empresa, así que no puedo darte una previsión.',
    /** "La previsión de todos": las previsiones siguen la jerarquía de previsiones, que empieza en quien habla. */
    everyone: {
      TEAM: 'Salesforce te enseña la previsión de tu propio equipo, así que esta es la de tu equipo.',
      MINE: 'Salesforce solo te enseña tu propia previsión, así que esta es la tuya.',
    },
    cardTitle: 'Previsión, {{period}}',
    card: 'Cerrado: {{closed}}\nCommit: {{commit}}\nPrevisión (cerrado + commit): {{total}}\nBest case: {{bestCase}}',
    cardQuota: 'Cuota: {{quota}} ({{percent}} % de previsión)',
  },
};
