/** La clasificación: quién ha cerrado más, por importe ganado en un periodo. */
export const words = {
  leaderboard: {
    intro: {
      team: 'La clasificación de tu equipo {{- period}}, en {{- currency}} ganados:',
      peers: 'La clasificación de tu equipo {{- period}}, en {{- currency}} ganados:',
      all: 'La clasificación de todos {{- period}}, en {{- currency}} ganados:',
    },
    entry: '{{- rank}}, {{- who}}, {{- amount}}.',
    // "va segundo empatado", como se dice de una clasificación.
    tied: '{{- rank}} empatado',
    you: 'tú',
    deals_one: '{{count}} oportunidad',
    deals_many: '{{count}} oportunidades',
    deals_other: '{{count}} oportunidades',
    /** Alguien por debajo de los nombres leídos tiene el mismo importe que el último nombrado. */
    tiedBelow: '{{name}} también está empatado con esa cifra.',
    tiedBelowYou: 'Tú también estás empatado con esa cifra.',
    everyone: {
      team: 'Esos son todos los de tu equipo que han ganado una oportunidad {{- period}}.',
      peers: 'Esos son todos los de tu equipo que han ganado una oportunidad {{- period}}.',
      all: 'Esos son todos los que han ganado una oportunidad {{- period}}.',
    },
    none: {
      team: 'Nadie de tu equipo ha ganado una oportunidad {{- period}}.',
      peers: 'Nadie de tu equipo ha ganado una oportunidad {{- period}}.',
      all: 'Nadie ha ganado una oportunidad {{- period}}.',
      mine: 'No has ganado ninguna oportunidad {{- period}}.',
    },
    /** Un comercial sin jefe en Salesforce no tiene equipo en el que clasificarse. */
    alone: 'En Salesforce nadie comparte jefe contigo, así que no hay equipo en el que clasificarte.',
    person: {
      team: '{{name}} va {{- rank}} de {{of}} en la clasificación de tu equipo {{- period}}, con {{- amount}} en {{- deals}}.',
      all: '{{name}} va {{- rank}} de {{of}} en la clasificación de todos {{- period}}, con {{- amount}} en {{- deals}}.',
    },
    personNone: '{{name}} no ha ganado ninguna oportunidad en tu equipo {{- period}}.',
    mine: 'Has ganado {{- amount}} en {{- deals}} {{- period}}.',
    capped: 'Leo hasta {{max}} nombres.',
    cardTitle: 'Clasificación, {{period}}',
    cardEntry: '{{rank}}. {{name}}: {{amount}} ({{count}})',
  },
};
