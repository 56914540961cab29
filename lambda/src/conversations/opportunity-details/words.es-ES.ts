/** Una oportunidad: sus detalles ("cuéntame más de la segunda", "el trato de Initech"), o lo único que se preguntó de ella. */
export const words = {
  opportunityDetails: {
    headline: '{{name}}{{- account}}: {{- amount}}, {{stage}}{{- probability}}, {{- closing}}.',
    probability: ', con un {{percent}} por ciento de probabilidad',
    closed: {
      won: 'ganada {{- day}}',
      lost: 'perdida {{- day}}',
    },
    nextStep: 'Siguiente paso: {{nextStep}}.',
    noNextStep: 'No tiene siguiente paso.',
    owner: 'Es de {{owner}}.',
    yours: 'Es tuya.',
    lastActivity: 'La última actividad fue {{- day}}.',
    plannedActivity: 'Hay una actividad prevista {{- day}}.',
    noActivity: 'Todavía no hay ninguna actividad registrada.',
    card: 'Fase: {{stage}}\nImporte: {{amount}}\nProbabilidad: {{probability}}\nFecha de cierre: {{closeDate}}\nSiguiente paso: {{nextStep}}\nPropietario: {{owner}}\nÚltima actividad: {{lastActivity}}',
    /** Después de una oportunidad dicha por su nombre o con "esa": no hay lista que seguir. */
    more: '¿Qué más quieres saber de ella, o de otra oportunidad?',
    focus: {
      nextStep: 'El siguiente paso en {{name}} es: {{nextStep}}.',
      noNextStep: '{{name}} no tiene siguiente paso.',
      closes: '{{name}} tiene el cierre {{- day}}.',
      overdue: '{{name}} tenía que cerrarse {{- day}} y sigue abierta, en {{stage}}.',
      won: '{{name}} se ganó {{- day}}.',
      lost: '{{name}} se perdió {{- day}}.',
      owner: '{{name}} es de {{owner}}.',
      yours: '{{name}} es tuya.',
      noOwner: 'No sé de quién es {{name}}.',
      amount: '{{name}} vale {{- amount}}, en {{stage}}.',
      noAmount: '{{name}} todavía no tiene importe; está en {{stage}}.',
    },
    byName: {
      choice: '{{name}}',
      several: '¿Cuál: {{- choices}}?',
      severalReprompt: '¿Cuál? Di su nombre, o: la primera.',
      notFound: 'No he encontrado ninguna oportunidad llamada {{heard}}. ¿Qué oportunidad quieres decir?',
      notFoundLong: 'Perdona, no he entendido qué oportunidad querías. ¿Qué quieres?',
      which: '¿Qué oportunidad quieres decir? Di su nombre o el de su cuenta.',
      whichReprompt: '¿Qué oportunidad? Di su nombre o el de su cuenta.',
      gone: 'Ya no encuentro esa oportunidad en Salesforce; puede que la hayan borrado. ¿Qué oportunidad quieres decir?',
    },
  },
};
