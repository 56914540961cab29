/** Lo que escriben las pantallas junto a los datos: las cabeceras de la tabla y las etiquetas de los campos de una oportunidad. */
export const words = {
  screen: {
    columns: {
      name: 'Oportunidad',
      account: 'Cuenta',
      amount: 'Importe',
      stage: 'Fase',
      closeDate: 'Fecha de cierre',
    },
    fields: {
      account: 'Cuenta',
      amount: 'Importe',
      stage: 'Fase',
      probability: 'Probabilidad',
      closeDate: 'Fecha de cierre',
      forecastCategory: 'Previsión',
      nextStep: 'Siguiente paso',
      owner: 'Propietario',
      lastActivity: 'Última actividad',
      plannedActivity: 'Actividad prevista',
    },
    /** Debajo de una tabla: qué oportunidades de la lista muestra. */
    range: 'Oportunidades {{from}} a {{to}}',
    rangeMore: 'Oportunidades {{from}} a {{to}} · di «siguiente» para ver más',
    /** Un valor que la oportunidad no tiene. */
    none: '—',
  },
};
