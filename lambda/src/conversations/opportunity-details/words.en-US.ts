/** One deal: its details ("tell me more about the second one", "the Initech deal"), or the one thing asked about it. */
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
    /** After a deal found by name or meant by "it": no list to go on with. */
    more: 'What else would you like to know about it, or about another deal?',
    focus: {
      nextStep: 'The next step on {{name}} is: {{nextStep}}.',
      noNextStep: '{{name}} has no next step set.',
      closes: '{{name}} is closing {{- day}}.',
      overdue: '{{name}} was due to close {{- day}} and is still open, at {{stage}}.',
      won: '{{name}} was won {{- day}}.',
      lost: '{{name}} was lost {{- day}}.',
      owner: '{{name}} is owned by {{owner}}.',
      yours: '{{name}} is yours.',
      noOwner: 'I can’t tell who owns {{name}}.',
      amount: '{{name}} is worth {{- amount}}, at {{stage}}.',
      noAmount: '{{name}} has no amount yet; it’s at {{stage}}.',
    },
    byName: {
      choice: '{{name}}',
      several: 'Which one: {{- choices}}?',
      severalReprompt: 'Which one? Say its name, or: the first one.',
      notFound: 'I couldn’t find a deal called {{heard}}. Which deal do you mean?',
      notFoundLong: 'Sorry, I didn’t catch which deal you meant. What would you like?',
      which: 'Which deal do you mean? Say its name or its account’s name.',
      whichReprompt: 'Which deal? Say its name or its account’s name.',
      gone: 'I can’t find that deal in Salesforce any more; it may have been deleted. Which deal do you mean?',
    },
  },
};
