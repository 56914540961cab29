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
    /** Palabras que el código lee en lo que captó un slot (speaking/heard.ts). */
    heard: {
      /** En el lugar de una oportunidad, señalan la de la que se habla ("cuánto vale esa", "de quién es este trato"). */
      pointing: [
        'esa', 'esta', 'ese', 'este', 'eso', 'esto', 'ella', 'la oportunidad', 'el trato', 'esa oportunidad', 'esta oportunidad',
        'ese trato', 'este trato', 'la', 'lo',
      ],
      /** Palabras que no llevan parte de la pregunta (deals/salvage.ts): muletillas ("dime", "dame"), artículos, preposiciones. */
      filler: [
        'un', 'una', 'unos', 'unas', 'el', 'la', 'los', 'las', 'lo', 'de', 'del', 'en', 'para', 'por', 'a', 'al', 'con',
        'sobre', 'desde', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'es', 'son', 'era', 'eran', 'hay', 'tiene',
        'tienen', 'tengo', 'tenemos', 'dame', 'dime', 'muestrame', 'enseñame', 'lee', 'leeme', 'me', 'que', 'qué',
        'cual', 'cuál', 'cuales', 'cuáles', 'como', 'cómo', 'quien', 'quién', 'va', 'van', 'esta', 'están', 'pinta',
        'oportunidad', 'oportunidades', 'trato', 'tratos', 'negocio', 'negocios', 'todo', 'todos', 'todas', 'solo',
        'y', 'o', 'por favor', 'ahora', 'ya', 'hasta', 'fase', 'etapa', 'categoria', 'categoría', 'prevision',
        'previsión', 'pipeline', 'cuanto', 'cuánto', 'cuantas', 'cuántas', 'cuantos', 'cuántos', 'total', 'numero', 'número',
        'quiero', 'mejores', 'abiertas',
      ],
      /** Palabras de otra conversación: dichas con una pregunta, son una segunda pregunta. */
      otherQuestions: [
        'ganadas', 'ganada', 'ganado', 'ganados', 'perdidas', 'perdida', 'perdido', 'perdidos', 'cuota', 'objetivo',
        'ranking', 'clasificacion', 'clasificación', 'reuniones', 'reunion', 'reunión', 'calendario', 'agenda', 'tareas',
        'campaña', 'campañas', 'caso', 'casos',
      ],
      /** "Su", "sus", "ella": la persona de la última pregunta. */
      // Not "él": as heard() compares words (without accents) it is the article "el".
      pronouns: ['ella', 'su', 'sus', 'suyo', 'suya', 'suyos', 'suyas', 'ellos', 'ellas', 'le', 'les'],
      /** Antes de un importe mínimo: "de más de 100 mil". */
      over: ['de mas de', 'de más de', 'mas de', 'más de', 'por encima de', 'superiores a', 'mayores de', 'mayores que'],
      /** Lo que une una segunda pregunta: "y las ganadas y perdidas". */
      also: ['y', 'tambien', 'también', 'además', 'mas', 'más'],
      /** Antes del nombre de una oportunidad: "la oportunidad de Globex", "y el trato Acme", "qué hay de la de Initech". */
      nameLead: [
        'y', 'el', 'la', 'de', 'del', 'de la', 'la oportunidad', 'el trato', 'la oportunidad de', 'el trato de', 'y el', 'y la',
        'y la oportunidad', 'y el trato', 'y la de', 'qué tal', 'qué pasa con', 'qué hay de', 'qué hay de la', 'de la oportunidad', 'del trato',
      ],
      /** Después del nombre de una oportunidad. */
      nameTail: ['trato', 'oportunidad'],
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
    count_one: '{{count}} oportunidad',
    count_many: '{{count}} oportunidades',
    count_other: '{{count}} oportunidades',
  },
};
