/** Registering an opportunity: what is asked, confirmed and said when it is done. */
export const words = {
  newOpportunity: {
    askAccount: 'Which account is the opportunity for?',
    askAmount: 'How much is it worth?',
    askCloseDate: 'When do you expect it to close?',
    badAmount: 'I need an amount above zero. How much is it worth?',
    vagueCloseDate: 'Which day do you expect it to close?',
    pastCloseDate: 'That date has passed. When do you expect it to close?',
    name: '{{account}} - {{month}}',
    confirm: 'Add {{name}}, worth {{- amount}}, closing {{- day}}?',
    done: 'Done. {{name}} is in {{stage}}, worth {{- amount}}, closing {{- day}}.',
    repeated: 'That opportunity is already in Salesforce: {{name}}, in {{stage}}.',
    cancelled: 'Okay, no new opportunity.',
    refused: 'Salesforce didn’t accept the opportunity: {{message}}',
    explain: 'I’m adding an opportunity. Answer my question, or change what I have, like: make it sixty thousand, or closing in March instead. Say cancel to stop.',
    help: 'I’m adding an opportunity. Say it in one go, like: add an opportunity for Initech worth fifty thousand dollars closing next month. Or say cancel. What would you like?',
  },
};
