/** Words every write shares: which account, a refusal, a write still in progress, what next. */
export const words = {
  writes: {
    account: {
      several: 'Which account: {{- choices}}?',
      none: 'I couldn’t find an account called {{spoken}} in Salesforce. Which account?',
    },
    rejected: 'Salesforce didn’t accept that: {{message}}',
    inProgress: 'I’m still saving that. Ask me again in a moment.',
    anythingElse: 'What else can I do for you?',
    nothingToChange: 'There’s nothing being scheduled or created right now to change. What would you like?',
  },
};
