/** Eine Opportunity anlegen: was gefragt, bestätigt und gesagt wird, wenn sie angelegt ist. */
export const words = {
  newOpportunity: {
    askAccount: 'Für welchen Account ist der Deal?',
    askAmount: 'Wie viel ist er wert?',
    askCloseDate: 'Wann soll er abschließen?',
    badAmount: 'Ich brauche einen Betrag über null. Wie viel ist er wert?',
    vagueCloseDate: 'An welchem Tag soll er abschließen?',
    pastCloseDate: 'Der Tag ist schon vorbei. Wann soll er abschließen?',
    name: '{{account}} - {{month}}',
    confirm: '{{name}} anlegen, im Wert von {{- amount}}, Abschluss {{- day}}?',
    done: 'Erledigt. {{name}} steht in {{stage}}, im Wert von {{- amount}}, Abschluss {{- day}}.',
    repeated: 'Die Opportunity ist schon in Salesforce: {{name}}, in {{stage}}.',
    cancelled: 'Okay, keine neue Opportunity.',
    refused: 'Salesforce hat die Opportunity nicht angenommen: {{message}}',
    explain: 'Ich lege gerade einen Deal an. Beantworte meine Frage, oder ändere, was ich habe, zum Beispiel: mach 60.000 daraus, oder lieber Abschluss im März. Sag abbrechen, um aufzuhören.',
    help: 'Ich lege gerade einen Deal an. Sag es in einem Satz, zum Beispiel: leg einen Deal für Initech an, 50.000 Dollar, Abschluss nächsten Monat. Oder sag abbrechen. Was möchtest du?',
  },
};
