/** Logging a call, adding a note, setting a reminder: what is asked, confirmed and said when it is done. */
export const words = {
  logActivity: {
    askDeal: 'Which deal?',
    whichDeal: 'Which deal: {{- choices}}?',
    noDeal: 'I couldn’t find a deal called {{heard}} in Salesforce. Which deal?',
    noPosition: 'I don’t have a list of deals to count from. {{- question}}',
    /** Words read in what a slot caught (speaking/heard.ts). */
    heard: {
      /** In the account's place, the customer of the deal spoken of: "remind me to call them on Monday". */
      customer: ['them', 'they', 'him', 'her', 'the customer', 'the client', 'this customer', 'this client', 'this account'],
      /** Before dictated words: "saying they want a quote", "note that …". */
      dictationLead: ['saying', 'that', 'note that', 'they said'],
      /** Between the account's name and the notes said with it: "I just called Acme and they need the numbers". */
      afterName: ['and'],
    },
  },
  logCall: {
    askWho: 'Which account was the call with?',
    askNotes: 'What should I note about the call?',
    confirm: {
      Account: 'Log a call with {{target}} today, noting: {{gist}}?',
      Opportunity: 'Log a call on {{target}} today, noting: {{gist}}?',
    },
    subject: 'Call with {{account}}',
    done: 'Done. {{subject}} is logged in Salesforce as a completed call today, with your notes.',
    repeated: 'That call is already logged: {{subject}}, today.',
    cancelled: 'Okay, no call logged.',
    refused: 'Salesforce didn’t accept the call: {{message}}',
    explain: 'I’m logging a call. Answer my question, or say cancel to stop.',
    help: 'I’m logging a call. Say it in one go, like: log a call with Globex, they want a revised quote. Or say cancel. What would you like?',
  },
  addNote: {
    askWhere: 'Which deal or account is the note for?',
    askText: 'What should the note say?',
    confirm: 'Add a note to {{target}}: {{gist}}?',
    done: 'Done. The note is on {{target}} in Salesforce.',
    doneAsTask: 'Your Salesforce doesn’t have notes turned on, so I saved it as a completed task on {{target}} instead.',
    repeated: 'That note is already on {{target}}.',
    cancelled: 'Okay, no note.',
    refused: 'Salesforce didn’t accept the note: {{message}}',
    explain: 'I’m adding a note. Answer my question, or say cancel to stop.',
    help: 'I’m adding a note. Say it like: add a note to the Northwind deal. Or say cancel. What would you like?',
  },
  reminder: {
    askWho: {
      call: 'Who should I remind you to call?',
      followUp: 'Who should I remind you to follow up with?',
      email: 'Who should I remind you to email?',
    },
    askDay: 'Which day should I remind you?',
    vagueDay: 'Which day exactly?',
    pastDay: 'That day has passed. Which day should I remind you?',
    confirm: {
      call: 'Remind you to call {{target}} {{day}}, at {{time}}?',
      followUp: 'Remind you to follow up with {{target}} {{day}}, at {{time}}?',
      email: 'Remind you to email {{target}} {{day}}, at {{time}}?',
    },
    subject: {
      call: 'Call {{account}}',
      followUp: 'Follow up with {{account}}',
      email: 'Email {{account}}',
    },
    done: 'Done. {{subject}} is on your tasks, due {{day}}, with a reminder at {{time}}.',
    repeated: 'That reminder is already set: {{subject}}, {{day}}.',
    cancelled: 'Okay, no reminder.',
    refused: 'Salesforce didn’t accept the reminder: {{message}}',
    explain: 'I’m setting a reminder. Answer my question, or say cancel to stop.',
    help: 'I’m setting a reminder. Say it like: remind me to call Initech next Tuesday, or to follow up with Globex on Friday. Or say cancel. What would you like?',
  },
};
