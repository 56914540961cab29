/** Creating a case: what is asked, confirmed and said when it is done. */
export const words = {
  case: {
    askAccount: 'Which account is the case for?',
    askSubject: 'What is the case about?',
    confirm: 'Create a {{priority}} priority case for {{account}} about {{subject}}?',
    done: 'Done. Case <say-as interpret-as="digits">{{number}}</say-as> is open for {{account}}: {{subject}}, {{priority}} priority.',
    repeated: 'That case is already open: number <say-as interpret-as="digits">{{number}}</say-as>, for {{account}}.',
    cancelled: 'Okay, no case.',
    refused: 'Salesforce didn’t accept the case: {{message}}',
    priority: { High: 'high', Medium: 'medium', Low: 'low' },
    explain: 'I’m logging a case. Answer my question, or change what I have, like: make it high priority. Say cancel to stop.',
    help: 'I’m logging a case. Say it in one go, like: create a case for Acme about a broken printer. Or say cancel. What would you like?',
  },
};
