/** Einen Anruf eintragen, eine Notiz anlegen, eine Erinnerung setzen: was gefragt, bestätigt und gesagt wird, wenn es erledigt ist. */
export const words = {
  logActivity: {
    askDeal: 'Welcher Deal?',
    whichDeal: 'Welcher Deal: {{- choices}}?',
    noDeal: 'Ich habe in Salesforce keinen Deal namens {{heard}} gefunden. Welcher Deal?',
    noPosition: 'Ich habe keine Liste von Deals, in der ich zählen kann. {{- question}}',
    /** Wörter, die der Code in dem liest, was ein Slot aufgenommen hat (speaking/heard.ts). */
    heard: {
      customer: ['sie', 'ihn', 'ihnen', 'ihm', 'den kunden', 'dem kunden', 'der kunde', 'die kundin', 'diesen kunden', 'diesem kunden', 'den account', 'diesen account'],
      dictationLead: ['dass', 'und zwar', 'mit dem inhalt', 'sie sagen', 'er sagt', 'sie sagt', 'notiere dass', 'notier dass'],
      /** Zwischen dem Namen des Accounts und der Notiz: die Partikel des Verbs ("trag … ein", "leg … an"), "und". */
      afterName: ['ein', 'an', 'und'],
    },
  },
  logCall: {
    askWho: 'Mit welchem Account war der Anruf?',
    askNotes: 'Was soll ich zu dem Anruf notieren?',
    confirm: {
      Account: 'Einen Anruf mit {{target}} von heute eintragen, mit der Notiz: {{gist}}?',
      Opportunity: 'Einen Anruf zu {{target}} von heute eintragen, mit der Notiz: {{gist}}?',
    },
    subject: 'Anruf mit {{account}}',
    done: 'Erledigt. {{subject}} steht in Salesforce als erledigter Anruf von heute, mit deiner Notiz.',
    repeated: 'Der Anruf ist schon eingetragen: {{subject}}, heute.',
    cancelled: 'Okay, kein Anruf eingetragen.',
    refused: 'Salesforce hat den Anruf nicht angenommen: {{message}}',
    explain: 'Ich trage gerade einen Anruf ein. Beantworte meine Frage, oder sag abbrechen, um aufzuhören.',
    help: 'Ich trage gerade einen Anruf ein. Sag es in einem Satz, zum Beispiel: trag einen Anruf mit Globex ein, sie wollen ein neues Angebot. Oder sag abbrechen. Was möchtest du?',
  },
  addNote: {
    askWhere: 'Zu welchem Deal oder Account gehört die Notiz?',
    askText: 'Was soll in der Notiz stehen?',
    confirm: 'Eine Notiz zu {{target}} anlegen: {{gist}}?',
    done: 'Erledigt. Die Notiz steht bei {{target}} in Salesforce.',
    doneAsTask: 'In deinem Salesforce sind Notizen nicht aktiviert, deshalb habe ich sie stattdessen als erledigte Aufgabe bei {{target}} gespeichert.',
    repeated: 'Die Notiz steht schon bei {{target}}.',
    cancelled: 'Okay, keine Notiz.',
    refused: 'Salesforce hat die Notiz nicht angenommen: {{message}}',
    explain: 'Ich lege gerade eine Notiz an. Beantworte meine Frage, oder sag abbrechen, um aufzuhören.',
    help: 'Ich lege gerade eine Notiz an. Sag es so: leg eine Notiz zum Northwind Deal an. Oder sag abbrechen. Was möchtest du?',
  },
  reminder: {
    askWho: {
      call: 'Wen soll ich dich erinnern anzurufen?',
      followUp: 'Bei wem soll ich dich erinnern nachzuhaken?',
      email: 'Wem soll ich dich erinnern zu mailen?',
    },
    askDay: 'An welchem Tag soll ich dich erinnern?',
    vagueDay: 'An welchem Tag genau?',
    pastDay: 'Der Tag ist schon vorbei. An welchem Tag soll ich dich erinnern?',
    confirm: {
      call: 'Dich erinnern, {{target}} {{day}} anzurufen, um {{time}} Uhr?',
      followUp: 'Dich erinnern, {{day}} bei {{target}} nachzuhaken, um {{time}} Uhr?',
      email: 'Dich erinnern, {{target}} {{day}} eine E-Mail zu schreiben, um {{time}} Uhr?',
    },
    subject: {
      call: '{{account}} anrufen',
      followUp: 'Bei {{account}} nachhaken',
      email: '{{account}} mailen',
    },
    done: 'Erledigt. {{subject}} steht in deinen Aufgaben, fällig {{day}}, mit einer Erinnerung um {{time}} Uhr.',
    repeated: 'Die Erinnerung steht schon: {{subject}}, {{day}}.',
    cancelled: 'Okay, keine Erinnerung.',
    refused: 'Salesforce hat die Erinnerung nicht angenommen: {{message}}',
    explain: 'Ich setze gerade eine Erinnerung. Beantworte meine Frage, oder sag abbrechen, um aufzuhören.',
    help: 'Ich setze gerade eine Erinnerung. Sag es so: erinnere mich, Initech nächsten Dienstag anzurufen, oder bei Globex am Freitag nachzuhaken. Oder sag abbrechen. Was möchtest du?',
  },
};
