/** Creating a case: what is asked, confirmed and said when it is done. */
export const words = {
  case: {
    askAccount: 'Which account is the case for?',
    askSubject: 'What is the case about?',
    confirm: 'Create a {{priority}} priority case for {{account}} about {{subject, lowercase}}?',
    done: 'Done. Case <say-as interpret-as="digits">{{number}}</say-as> is open for {{account}}: {{subject, lowercase}}, {{priority}} priority.',
    repeated: 'That case is already open: number <say-as interpret-as="digits">{{number}}</say-as>, for {{account}}.',
    cancelled: 'Okay, no case.',
    refused: 'Salesforce didn’t accept the case: {{message}}',
    priority: { High: 'high', Medium: 'medium', Low: 'low' },
    explain: 'I’m logging a case. Answer my question, or change what I have, like: make it high priority. Say cancel to stop.',
    help: 'I’m logging a case. Say it in one go, like: create a case for Acme about a broken printer. Or say cancel. What would you like?',
    /** Words read in what a slot caught (speaking/heard.ts). */
    heard: {
      /** Before a subject: "a login problem". */
      article: ['a', 'an', 'the'],
      /** Before a subject caught after the account's name: "for Globex about their scanner". */
      subjectLead: ['about', 'regarding', 're'],
      /** After the priority at a subject's end: "…, high priority". */
      priority: ['priority'],
      /** Before that: "with high priority", "it's a high priority". */
      priorityLead: ['with', 'at', 'it s', 'its', 'it is', 'a', 'with a', 'at a', 'it s a', 'its a', 'it is a'],
      /** A priority said alone at a subject's end: "…, urgent". */
      alone: ['urgent', 'critical'],
    },
  },
};
