/** One opportunity in full: "tell me more about the second one". */
export const words = {
  opportunityDetails: {
    headline: '{{name}}{{- account}}: {{- amount}}, {{stage}}{{- probability}}, {{- closing}}.',
    probability: ', {{percent}} percent likely',
    closed: {
      won: 'won {{- day}}',
      lost: 'lost {{- day}}',
    },
    nextStep: 'Next step: {{nextStep}}.',
    noNextStep: 'No next step is set.',
    owner: 'It’s owned by {{owner}}.',
    yours: 'It’s yours.',
    lastActivity: 'The last activity was {{- day}}.',
    plannedActivity: 'There’s an activity planned {{- day}}.',
    noActivity: 'No activity is logged yet.',
    card: 'Stage: {{stage}}\nAmount: {{amount}}\nProbability: {{probability}}\nClose date: {{closeDate}}\nNext step: {{nextStep}}\nOwner: {{owner}}\nLast activity: {{lastActivity}}',
  },
};
