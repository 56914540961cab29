/** The forecast: closed plus commit for a period, against the quota, with best case as the upside. */
export const words = {
  forecast: {
    /** What the forecast is made of is said with it: closed plus commit. */
    forecast: {
      MINE: 'Your forecast {{- period}} is {{- total}}, closed plus commit: {{- closed}} and {{- commit}}.',
      TEAM: 'Your team’s forecast {{- period}} is {{- total}}, closed plus commit: {{- closed}} and {{- commit}}.',
      PERSON: '{{name}}’s forecast {{- period}} is {{- total}}, closed plus commit: {{- closed}} and {{- commit}}.',
    },
    closed: '{{- amount}} closed',
    nothingClosed: 'nothing closed yet',
    commit: '{{- amount}} in commit',
    nothingInCommit: 'nothing in commit',
    /** The percent is the forecast's, closed plus commit, of the quota. */
    quota: 'That’s {{percent}} percent of the quota of {{- quota}}.',
    teamQuotaFromReps: 'That’s {{percent}} percent of your reps’ quotas added up, {{- quota}}; you have no quota of your own.',
    noQuota: 'I don’t find a quota for it in Salesforce.',
    bestCase: 'Best case adds {{- amount}} more.',
    noBestCase: 'Nothing is in best case.',
    none: {
      MINE: 'I don’t find a forecast for you {{- period}} in Salesforce.',
      TEAM: 'I don’t find a forecast for your team {{- period}} in Salesforce.',
      PERSON: 'I don’t find a forecast for {{name}} {{- period}} that you can see in Salesforce.',
    },
    /** A rep asking about someone else: Salesforce shows a forecast only to its owner and those above them. */
    hidden: 'Salesforce shows you only your own forecast, so I can’t tell {{name}}’s.',
    otherPeriods: {
      Quarter: 'Your org forecasts by quarter, so I can’t tell a forecast {{- period}} on its own. Ask me about a whole quarter.',
      Month: 'Your org forecasts by month, so I can’t tell a forecast {{- period}} on its own. Ask me about whole months or a quarter.',
    },
    /** Collaborative Forecasts are off for the org or the user: one sentence, never an error. */
    noForecasting: 'Forecasts aren’t turned on in Salesforce for you or your org, so I can’t tell a forecast.',
    /** "Everyone's forecast": forecasts follow the forecast hierarchy, which starts at the speaker. */
    everyone: {
      TEAM: 'Salesforce shows you the forecast of your own team, so this is your team’s.',
      MINE: 'Salesforce shows you only your own forecast, so this is yours.',
    },
    cardTitle: 'Forecast, {{period}}',
    card: 'Closed: {{closed}}\nCommit: {{commit}}\nForecast (closed + commit): {{total}}\nBest case: {{bestCase}}',
    cardQuota: 'Quota: {{quota}} ({{percent}}% forecast)',
  },
};
