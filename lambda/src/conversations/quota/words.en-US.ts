/** Quota attainment: closed won against the Collaborative Forecasts quota of a person or a team, for a period. */
export const words = {
  quota: {
    at: {
      MINE: 'You’re at {{percent}} percent of quota {{- period}}: {{- won}} against a quota of {{- quota}}.',
      TEAM: 'Your team is at {{percent}} percent of quota {{- period}}: {{- won}} against a quota of {{- quota}}.',
      PERSON: '{{name}} is at {{percent}} percent of quota {{- period}}: {{- won}} against a quota of {{- quota}}.',
    },
    ahead: {
      MINE: 'Your quota {{- period}} is {{- quota}}; nothing has closed won against it yet.',
      TEAM: 'Your team’s quota {{- period}} is {{- quota}}; nothing has closed won against it yet.',
      PERSON: '{{name}}’s quota {{- period}} is {{- quota}}; nothing has closed won against it yet.',
    },
    won: '{{- amount}} closed won',
    nothingWon: 'nothing closed won yet',
    /** A manager without a quota of their own: the team's is their reps' added up. */
    teamFromReps: 'You have no quota of your own {{- period}}, so this is against your reps’ quotas added up.',
    byRep: 'By rep: {{- reps}}.',
    rep: '{{name}} {{percent}} percent',
    moreReps_one: '{{count}} more',
    moreReps_other: '{{count}} more',
    noRepQuotas: 'None of your reps has a quota {{- period}}.',
    none: {
      MINE: 'I don’t find a quota for you {{- period}} in Salesforce, so I can’t tell attainment. You have {{- won}}.',
      TEAM: 'I don’t find a quota for you or your reps {{- period}} in Salesforce, so I can’t tell attainment. Your team has {{- won}}.',
      PERSON: 'I don’t find a quota for {{name}} {{- period}} that you can see in Salesforce, so I can’t tell attainment.',
    },
    /** A rep asking about someone else: Salesforce shows a user only their own quota and those below them. */
    hidden: 'Salesforce shows you only your own quota, so I can’t tell {{name}}’s attainment.',
    otherPeriods: {
      Quarter: 'Quotas in your org are set by quarter, so I can’t tell attainment {{- period}} on its own. Ask me about a whole quarter.',
      Month: 'Quotas in your org are set by month, so I can’t tell attainment {{- period}} on its own. Ask me about whole months, a quarter or a year.',
      Year: 'Quotas in your org are set by year, so I can’t tell attainment {{- period}} on its own. Ask me about a whole year.',
      Week: 'Quotas in your org are set by week, so I can’t tell attainment {{- period}} on its own.',
    },
    noForecasting: 'Salesforce doesn’t show you any quotas: forecasting isn’t turned on for you or for your org. So I can’t tell attainment, but I can tell you what’s been won {{- period}}.',
    /** "Everyone's attainment": quotas follow the forecast hierarchy, which starts at the speaker. */
    everyone: {
      TEAM: 'Salesforce shows you the quotas of your own team, so this is your team.',
      MINE: 'Salesforce shows you only your own quota, so this is yours.',
    },
    cardTitle: 'Quota attainment, {{period}}',
    card: 'Quota: {{quota}}\nClosed won: {{won}}\nAttainment: {{percent}}%',
    cardRep: '{{name}}: {{percent}}% of {{quota}}',
  },
};
