/** Palabras sobre oportunidades que comparten todas las conversaciones de oportunidades: de quién son, y las partes de una frase sobre un trato. */
export const words = {
  deal: {
    /** De quién son, detrás de "las": "así que son las tuyas", "las de Lena". */
    whose: {
      MINE: 'tuyas',
      TEAM: 'de tu equipo',
      ALL: 'de toda la empresa',
      PERSON: 'de {{name}}',
    },
    /** De quién son, como sujeto de la frase. */
    subject: {
      MINE: 'Tú',
      TEAM: 'Tu equipo',
      ALL: 'Tu empresa',
      PERSON: '{{name}}',
    },
    noTeam: 'En Salesforce nadie depende de ti, así que aquí tienes las tuyas.',
    askWhose: '¿De quién quieres las oportunidades?',
    filters: {
      category: ' en {{category}}',
      stage: ' en fase de {{stage}}',
      over: ' de más de {{- amount}}',
    },
    notes: {
      capped: 'Puedo leerte hasta {{max}}.',
      paged_one: 'Te las leo de una en una.',
      paged_many: 'Te las leo de {{count}} en {{count}}.',
      paged_other: 'Te las leo de {{count}} en {{count}}.',
      period: 'No sé qué fechas son {{heard}}, así que te digo {{- instead}}.',
      periodAny: 'No sé qué fechas son {{heard}}, así que es para cualquier fecha de cierre.',
      scope: 'No he entendido de quién son {{heard}}, así que son las {{- whose}}.',
      category: 'No puedo filtrar por la categoría de previsión {{heard}}, así que incluye todas las categorías.',
      stage: 'No conozco ninguna fase llamada {{heard}}, así que incluye todas las fases.',
      amount: 'No he entendido el importe {{heard}}, así que no está limitado por tamaño.',
      count: 'Puedo leerte de una a diez oportunidades, no {{heard}}, así que aquí tienes las tres de siempre.',
      another: 'Una pregunta cada vez: pregúntame por {{heard}} después.',
      anotherLong: 'Una pregunta cada vez: hazme la otra después.',
      outcome: 'No he entendido si {{heard}} son ganadas o perdidas, así que te digo las dos.',
      unclear: {
        outcome: 'No he entendido si querías las ganadas o las perdidas, así que te digo las dos.',
        period: 'No he entendido qué fechas querías, así que te digo {{- instead}}.',
        periodAny: 'No he entendido qué fechas querías, así que es para cualquier fecha de cierre.',
        scope: 'No he entendido de quién querías las oportunidades, así que son las {{- whose}}.',
        category: 'No he entendido la categoría de previsión, así que incluye todas las categorías.',
        stage: 'No he entendido la fase, así que incluye todas las fases.',
        amount: 'No he entendido el importe, así que no está limitado por tamaño.',
        count: 'No he entendido cuántas, así que aquí tienes las tres de siempre.',
      },
      unsupported: {
        category: 'Esta respuesta no se puede dividir por categoría de previsión, así que incluye todas.',
        stage: 'Esta respuesta no se puede dividir por fase, así que incluye todas.',
        amount: 'Esta respuesta no se puede limitar por tamaño, así que incluye todas las oportunidades.',
        count: 'Esta respuesta no es una lista, así que no hay un número de oportunidades que leer.',
        period: 'Las oportunidades retrasadas son las que ya van tarde, sea cual sea el periodo.',
        outcome: 'Solo las oportunidades cerradas se ganan o se pierden, así que esta respuesta no se divide así.',
      },
    },
    account: ' para {{account}}',
    yours: ', una de las tuyas',
    /** Una oportunidad en una lista: con quién, y luego qué es. */
    named: {
      withAccount: '{{account}}, {{name}}',
      alone: '{{name}}',
    },
    /** Cuándo cierra una oportunidad de una lista, dicho corto. */
    when: {
      closes: 'cierre {{- day}}',
      overdue: 'vencía {{- day}}',
      weekday: 'el {{weekday}}',
      date: 'el {{date}}',
    },
    noAmount: 'todavía sin importe',
    closes: 'cierre {{- day}}',
    overdue: 'tenía que cerrarse {{- day}}',
    /** Las palabras de quien habla, devueltas ("pregúntame por tu cuota después"). */
    toListener: { mi: 'tu', mis: 'tus', yo: 'tú', me: 'te', mí: 'ti', conmigo: 'contigo', nuestro: 'vuestro', nuestra: 'vuestra', nuestros: 'vuestros', nuestras: 'vuestras', nosotros: 'vosotros' },
    heard: {
      pointing: [
        'esa', 'esta', 'ese', 'este', 'eso', 'esto', 'ella', 'la', 'lo', 'la oportunidad', 'el trato', 'esa oportunidad',
        'esta oportunidad', 'ese trato', 'este trato',
      ],
      /** Palabras que no llevan parte de la pregunta (deals/salvage.ts): verbos de relleno ("dime"), artículos, preposiciones, "oportunidades". */
      filler: [
        'un', 'una', 'unos', 'unas', 'el', 'la', 'los', 'las', 'lo', 'de', 'del', 'al', 'a', 'en', 'para', 'por', 'con',
        'que', 'qué', 'cual', 'cuál', 'cuales', 'cuáles', 'como', 'cómo', 'quien', 'quién', 'es', 'son', 'está', 'están',
        'va', 'van', 'hay', 'tiene', 'tengo', 'tenemos', 'dime', 'dame', 'léeme', 'enséñame', 'muéstrame', 'quiero',
        'me', 'mi', 'y', 'o', 'solo', 'sólo', 'todo', 'todas', 'todos', 'por favor', 'ahora', 'ya', 'pues', 'oye',
        'oportunidad', 'oportunidades', 'trato', 'tratos', 'deal', 'deals', 'fase', 'categoría', 'previsión',
        'forecast', 'pipeline', 'cuántas', 'cuántos', 'cuánto', 'total', 'número', 'abiertas', 'mejores',
      ],
      /** Palabras de otra conversación: dichas con una pregunta, son una segunda pregunta. */
      otherQuestions: [
        'ganadas', 'ganada', 'ganado', 'victorias', 'perdidas', 'perdida', 'perdido', 'derrotas', 'cuota', 'objetivo',
        'ranking', 'clasificación', 'reuniones', 'reunión', 'calendario', 'agenda', 'tareas', 'campaña', 'campañas',
        'caso', 'casos', 'incidencia', 'incidencias',
      ],
      /** "Sus", "él": la persona de la última pregunta. */
      pronouns: ['él', 'ella', 'le', 'su', 'sus', 'suyo', 'suya', 'suyas', 'suyos', 'ellos', 'ellas'],
      over: ['de más de', 'más de', 'por encima de', 'mayores de', 'superiores a'],
      also: ['y', 'también', 'además'],
    },
    count_one: '{{count}} oportunidad',
    count_many: '{{count}} oportunidades',
    count_other: '{{count}} oportunidades',
  },
};
