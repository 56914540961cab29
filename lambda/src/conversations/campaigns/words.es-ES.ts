/** Campañas: los resultados de una campaña, y la lista de las activas. */
export const words = {
  campaigns: {
    which: '¿De qué campaña quieres saber?',
    choice: '{{name}}',
    several: '¿Te refieres a {{- choices}}?',
    notFound: 'No encuentro ninguna campaña llamada {{name}}. ¿Quieres saber qué campañas están activas?',
    notFoundReprompt: '¿Quieres saber qué campañas están activas?',
    report: {
      // El estado tal como la org lo etiqueta en español ("En curso"), por describe.
      status: '{{name}}, en estado {{status}}',
      noStatus: '{{name}}',
      dates: ': {{- start}}{{- end}}',
      start: { past: 'empezó {{- day}}', future: 'empieza {{- day}}' },
      end: { past: ' y terminó {{- day}}', future: ' y termina {{- day}}' },
      leads_one: 'Tiene {{count}} lead (convertidos: {{converted}})',
      leads_many: 'Tiene {{count}} leads (convertidos: {{converted}})',
      leads_other: 'Tiene {{count}} leads (convertidos: {{converted}})',
      opportunities_one: 'y {{count}} oportunidad',
      opportunities_many: 'y {{count}} oportunidades',
      opportunities_other: 'y {{count}} oportunidades',
      won_one: ', {{count}} ganada por {{- amount}}.',
      won_many: ', {{count}} ganadas por {{- amount}}.',
      won_other: ', {{count}} ganadas por {{- amount}}.',
      noneWon: ', ninguna ganada todavía.',
    },
    cardTitle: 'Campaña: {{name}}',
    card: 'Estado: {{status}}\nFechas: del {{start}} al {{end}}\nLeads: {{leads}} ({{converted}} convertidos)\nOportunidades: {{opportunities}} ({{won}} ganadas)\nImporte ganado: {{amount}}',
    active: {
      intro_one: 'Hay una campaña activa:',
      intro_many: 'Estas son las campañas activas, de la más nueva a la más antigua:',
      intro_other: 'Estas son las campañas activas, de la más nueva a la más antigua:',
      item: '{{- ordinal}}, {{name}}.',
      none: 'Ahora mismo no hay campañas activas. ¿Qué más quieres saber?',
      pick: 'Para saber cómo va una, di su número, por ejemplo: la primera. ¿Qué quieres?',
      cardTitle: 'Campañas activas',
    },
  },
};
