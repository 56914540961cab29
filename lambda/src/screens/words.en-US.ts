/** What screens write beside the data: the table's column heads and the labels of a deal's fields. */
export const words = {
  screen: {
    columns: {
      name: 'Deal',
      account: 'Account',
      amount: 'Amount',
      stage: 'Stage',
      closeDate: 'Close date',
    },
    fields: {
      account: 'Account',
      amount: 'Amount',
      stage: 'Stage',
      probability: 'Probability',
      closeDate: 'Close date',
      forecastCategory: 'Forecast',
      nextStep: 'Next step',
      owner: 'Owner',
      lastActivity: 'Last activity',
      plannedActivity: 'Planned activity',
    },
    /** Under a table: which of the list's deals it shows. */
    range: 'Deals {{from}} to {{to}}',
    rangeMore: 'Deals {{from}} to {{to}} · say “next” for more',
    /** A value the deal does not have. */
    none: '—',
  },
};
