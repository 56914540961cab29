/** Ce que les écrans écrivent à côté des données : les en-têtes du tableau et les libellés des champs d'une affaire. */
export const words = {
  screen: {
    columns: {
      name: 'Affaire',
      account: 'Compte',
      amount: 'Montant',
      stage: 'Phase',
      closeDate: 'Date de clôture',
    },
    fields: {
      account: 'Compte',
      amount: 'Montant',
      stage: 'Phase',
      probability: 'Probabilité',
      closeDate: 'Date de clôture',
      forecastCategory: 'Prévision',
      nextStep: 'Prochaine étape',
      owner: 'Propriétaire',
      lastActivity: 'Dernière activité',
      plannedActivity: 'Activité prévue',
    },
    /** Sous un tableau : quelles affaires de la liste il montre. */
    range: 'Affaires {{from}} à {{to}}',
    rangeMore: 'Affaires {{from}} à {{to}} · dites « suivant » pour la suite',
    /** Une valeur que l'affaire n'a pas. */
    none: '—',
  },
};
