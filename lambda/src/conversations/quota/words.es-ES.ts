/** Cumplimiento de cuota: lo ganado frente a la cuota de las previsiones colaborativas de una persona o un equipo, en un periodo. */
export const words = {
  quota: {
    at: {
      MINE: 'Vas al {{percent}} por ciento de tu cuota {{- period}}: {{- won}} frente a una cuota de {{- quota}}.',
      TEAM: 'Tu equipo va al {{percent}} por ciento de su cuota {{- period}}: {{- won}} frente a una cuota de {{- quota}}.',
      PERSON: '{{name}} va al {{percent}} por ciento de su cuota {{- period}}: {{- won}} frente a una cuota de {{- quota}}.',
    },
    ahead: {
      MINE: 'Tu cuota {{- period}} es de {{- quota}}; todavía no has ganado nada que cuente para ella.',
      TEAM: 'La cuota de tu equipo {{- period}} es de {{- quota}}; todavía no se ha ganado nada que cuente para ella.',
      PERSON: 'La cuota de {{name}} {{- period}} es de {{- quota}}; todavía no se ha ganado nada que cuente para ella.',
    },
    won: '{{- amount}} ganados',
    nothingWon: 'nada ganado todavía',
    /** Un jefe sin cuota propia: la del equipo es la suma de las de sus comerciales. */
    teamFromReps: 'No tienes cuota propia {{- period}}, así que esto es frente a la suma de las cuotas de tus comerciales.',
    byRep: 'Por comercial: {{- reps}}.',
    rep: '{{name}} al {{percent}} por ciento',
    moreReps_one: '{{count}} más',
    moreReps_many: '{{count}} más',
    moreReps_other: '{{count}} más',
    noRepQuotas: 'Ninguno de tus comerciales tiene cuota {{- period}}.',
    none: {
      MINE: 'No encuentro una cuota tuya {{- period}} en Salesforce, así que no puedo decirte el cumplimiento. Llevas {{- won}}.',
      TEAM: 'No encuentro una cuota tuya ni de tus comerciales {{- period}} en Salesforce, así que no puedo decirte el cumplimiento. Tu equipo lleva {{- won}}.',
      PERSON: 'No encuentro una cuota de {{name}} {{- period}} que puedas ver en Salesforce, así que no puedo decirte el cumplimiento.',
    },
    /** Un comercial pregunta por otra persona: Salesforce solo enseña a cada uno su propia cuota y las de quienes dependen de él. */
    hidden: 'Salesforce solo te enseña tu propia cuota, así que no puedo decirte el cumplimiento de {{name}}.',
    otherPeriods: {
      Quarter: 'En tu empresa las cuotas van por trimestres, así que no puedo darte el cumplimiento {{- period}} por separado. Pregúntame por un trimestre entero.',
      Month: 'En tu empresa las cuotas van por meses, así que no puedo darte el cumplimiento {{- period}} por separado. Pregúntame por meses enteros, un trimestre o un año.',
      Year: 'En tu empresa las cuotas van por años, así que no puedo darte el cumplimiento {{- period}} por separado. Pregúntame por un año entero.',
      Week: 'En tu empresa las cuotas van por semanas, así que no puedo darte el cumplimiento {{- period}} por separado.',
    },
    noForecasting: 'Salesforce no te enseña ninguna cuota: las previsiones no están activadas para ti ni para tu empresa. Así que no puedo decirte el cumplimiento, pero sí lo que se ha ganado {{- period}}.',
    /** "El cumplimiento de todos": las cuotas siguen la jerarquía de previsiones, que empieza en quien habla. */
    everyone: {
      TEAM: 'Salesforce te enseña las cuotas de tu propio equipo, así que esto es tu equipo.',
      MINE: 'Salesforce solo te enseña tu propia cuota, así que esto es lo tuyo.',
    },
    cardTitle: 'Cumplimiento de cuota, {{period}}',
    card: 'Cuota: {{quota}}\nGanado: {{won}}\nCumplimiento: {{percent}} %',
    cardRep: '{{name}}: {{percent}} % de {{quota}}',
  },
};
