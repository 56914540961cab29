/** Words every write shares: which account, a refusal, a write still in progress, what next. */
export const words = {
  writes: {
    account: {
      several: 'Which account: {{- choices}}?',
      none: 'I couldn’t find an account called {{spoken}} in Salesforce. Which account?',
    },
    rejected: 'Salesforce didn’t accept that: {{message}}',
    inProgress: 'I’m still saving that. Ask me again in a moment.',
    // Said when the skill's own table (DynamoDB) fails: nothing of Salesforce's doing, so Salesforce is not named.
    notSaved: 'Sorry, my own storage isn’t answering right now, so I didn’t save anything. Please try again in a minute.',
    outcomeUnknown: 'Salesforce didn’t give me a clear answer, so I can’t tell whether that was saved. Ask me again in a moment, and I’ll check before saving anything twice.',
    anythingElse: 'What else can I do for you?',
    nothingToChange: 'There’s nothing being scheduled or created right now to change. What would you like?',
  },
};
