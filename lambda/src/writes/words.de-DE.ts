/** Was jeder Schreibvorgang teilt: welcher Account, eine Ablehnung, ein Schreiben in Arbeit, was danach. */
export const words = {
  writes: {
    account: {
      several: 'Welcher Account: {{- choices}}?',
      none: 'Ich habe in Salesforce keinen Account namens {{spoken}} gefunden. Welcher Account?',
    },
    rejected: 'Salesforce hat das nicht angenommen: {{message}}',
    inProgress: 'Ich speichere das noch. Frag mich gleich noch einmal.',
    notSaved: 'Mein eigener Speicher antwortet gerade nicht, deshalb habe ich nichts gespeichert. Bitte versuch es in einer Minute noch einmal.',
    outcomeUnknown: 'Salesforce hat mir keine klare Antwort gegeben, ich weiß also nicht, ob das gespeichert wurde. Frag mich gleich noch einmal, dann prüfe ich das, bevor ich etwas doppelt speichere.',
    anythingElse: 'Was kann ich sonst noch für dich tun?',
    nothingToChange: 'Gerade wird nichts geplant oder angelegt, das sich ändern ließe. Was möchtest du?',
  },
};
