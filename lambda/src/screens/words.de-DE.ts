/** Was Bildschirme neben die Daten schreiben: die Spaltenköpfe der Tabelle und die Namen der Felder eines Deals. */
export const words = {
  screen: {
    columns: {
      name: 'Deal',
      account: 'Account',
      amount: 'Betrag',
      stage: 'Phase',
      closeDate: 'Abschluss',
    },
    fields: {
      account: 'Account',
      amount: 'Betrag',
      stage: 'Phase',
      probability: 'Wahrscheinlichkeit',
      closeDate: 'Abschlussdatum',
      forecastCategory: 'Forecast',
      nextStep: 'Nächster Schritt',
      owner: 'Inhaber',
      lastActivity: 'Letzte Aktivität',
      plannedActivity: 'Geplante Aktivität',
    },
    range: 'Deals {{from}} bis {{to}}',
    rangeMore: 'Deals {{from}} bis {{to}} · sag „weiter“ für mehr',
    none: '—',
  },
};
