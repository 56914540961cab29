/** Einen Case anlegen: was gefragt, bestätigt und gesagt wird, wenn er angelegt ist. */
export const words = {
  case: {
    askAccount: 'Für welchen Account ist der Case?',
    askSubject: 'Worum geht es in dem Case?',
    confirm: 'Einen Case mit Priorität {{priority}} für {{account}} anlegen, Thema: {{subject}}?',
    done: 'Erledigt. Case <say-as interpret-as="digits">{{number}}</say-as> ist für {{account}} offen: {{subject}}, Priorität {{priority}}.',
    repeated: 'Der Case ist schon offen: Nummer <say-as interpret-as="digits">{{number}}</say-as>, für {{account}}.',
    cancelled: 'Okay, kein Case.',
    refused: 'Salesforce hat den Case nicht angenommen: {{message}}',
    priority: { High: 'hoch', Medium: 'mittel', Low: 'niedrig' },
    explain: 'Ich lege gerade einen Case an. Beantworte meine Frage, oder ändere, was ich habe, zum Beispiel: mach ihn dringend. Sag abbrechen, um aufzuhören.',
    help: 'Ich lege gerade einen Case an. Sag es in einem Satz, zum Beispiel: leg einen Case für Acme an wegen eines kaputten Druckers. Oder sag abbrechen. Was möchtest du?',
    /** Wörter, die der Code in dem liest, was ein Slot aufgenommen hat (speaking/heard.ts). */
    heard: {
      article: ['ein', 'eine', 'einen', 'einem', 'einer', 'der', 'die', 'das', 'den', 'dem'],
      subjectLead: ['wegen', 'zu', 'zum', 'zur', 'betreffend', 'es geht um', 'thema'],
      priority: ['priorität', 'prio'],
      priorityLead: ['mit', 'mit einer', 'in', 'es hat', 'ist'],
      alone: ['dringend', 'kritisch'],
    },
  },
};
