/** Was jedes Gespräch teilt: Währungen, Tage, Zeiträume, Begrüßung, Hilfe, Probleme, Kontoverknüpfung. */
export const words = {
  currency: {
    USD_one: 'Dollar', USD_other: 'Dollar',
    EUR_one: 'Euro', EUR_other: 'Euro',
    GBP_one: 'Pfund', GBP_other: 'Pfund',
    CAD_one: 'kanadischer Dollar', CAD_other: 'kanadische Dollar',
    AUD_one: 'australischer Dollar', AUD_other: 'australische Dollar',
    JPY_one: 'Yen', JPY_other: 'Yen',
    CHF_one: 'Franken', CHF_other: 'Franken',
  },
  day: {
    today: 'heute',
    tomorrow: 'morgen',
    yesterday: 'gestern',
    weekday: 'am {{weekday}}',
    lastWeekday: 'letzten {{weekday}}',
    date: 'am {{date}}',
  },
  /**
   * Where English drops "on" after a word ("closing December 6th", "was due Friday"), German keeps "am": "Abschluss
   * am 6. Dezember", "war fällig am Freitag".
   */
  dayAfterPreposition: {
    today: 'heute',
    tomorrow: 'morgen',
    yesterday: 'gestern',
    weekday: 'am {{weekday}}',
    lastWeekday: 'letzten {{weekday}}',
    date: 'am {{date}}',
  },
  period: {
    // Said after "mit Abschluss" and on their own, so with their preposition: "mit Abschluss in diesem Quartal".
    TODAY: 'heute', TOMORROW: 'morgen',
    THIS_WEEK: 'in dieser Woche', NEXT_WEEK: 'in der nächsten Woche', LAST_WEEK: 'in der letzten Woche',
    THIS_MONTH: 'in diesem Monat', NEXT_MONTH: 'im nächsten Monat', LAST_MONTH: 'im letzten Monat',
    THIS_QUARTER: 'in diesem Quartal', NEXT_QUARTER: 'im nächsten Quartal', LAST_QUARTER: 'im letzten Quartal',
    THIS_YEAR: 'in diesem Jahr', NEXT_YEAR: 'im nächsten Jahr', LAST_YEAR: 'im letzten Jahr',
    THIS_FISCAL_QUARTER: 'in diesem Geschäftsquartal', NEXT_FISCAL_QUARTER: 'im nächsten Geschäftsquartal', LAST_FISCAL_QUARTER: 'im letzten Geschäftsquartal',
    THIS_FISCAL_YEAR: 'in diesem Geschäftsjahr', NEXT_FISCAL_YEAR: 'im nächsten Geschäftsjahr', LAST_FISCAL_YEAR: 'im letzten Geschäftsjahr',
    quarter: 'im Q{{n}}',
    quarterOfYear: 'im Q{{n}} {{year}}',
    fiscalQuarter: 'im Geschäftsquartal Q{{n}}, {{from}} bis {{to}}',
    month: 'im {{month}}',
    monthOfYear: 'im {{month}} {{year}}',
    yearToDate: 'im Geschäftsjahr bis heute',
  },
  // German ordinals are the number and a full stop ("2."), said "zweite" by Alexa.
  ordinal_ordinal_other: '{{count}}.',
  launch: {
    speech: 'Hallo {{firstName}}. Frag mich nach deinen Top-Deals, deinen Gewinnen und Verlusten oder deiner Pipeline. Was möchtest du wissen?',
    reprompt: 'Probier zum Beispiel: was sind meine Top 5 Deals?',
  },
  help: {
    speech: 'Ich lese und pflege deine Salesforce-Pipeline. Du kannst sagen: meine Top 5 Deals, wie lief es im letzten Quartal, was ist überfällig, setz den Acme Deal auf Verhandlung, trag einen Anruf mit Globex ein, oder erinnere mich, Initech morgen anzurufen. Was möchtest du?',
    inList: 'Du kannst sagen: weiter, zurück, oder wiederhole das. Oder frag nach etwas anderem, zum Beispiel: wie sieht die Pipeline aus. Was möchtest du?',
    inReview: 'Du bist in einem Pipeline-Review. Sag weiter, zurück oder fertig. Was möchtest du?',
    reprompt: 'Was möchtest du über deine Pipeline wissen?',
  },
  fallback: {
    speech: 'Das kann ich leider noch nicht. Ich kann dir deine Top-Deals, deine Gewinne und Verluste und deine Pipeline vorlesen, ein Pipeline-Review mit dir machen, einen Deal ändern, einen Anruf, eine Notiz oder eine Erinnerung eintragen, ein Meeting planen, oder einen Case oder einen Deal anlegen. Was möchtest du?',
    inList: 'Das habe ich nicht verstanden. Du kannst sagen: weiter, oder zurück. Was möchtest du?',
    inReview: 'Das habe ich nicht verstanden. Im Review kannst du weiter, zurück oder fertig sagen. Was möchtest du?',
    inWrite: 'Das habe ich nicht verstanden.',
    reprompt: 'Du kannst sagen: meine Top 5 Deals. Was möchtest du?',
  },
  progress: { checking: 'Einen Moment, ich schaue in Salesforce nach.' },
  goodbye: 'Okay. Tschüss.',
  goodbyeReviewSaved: 'Okay. Dein Review ist gespeichert: sag heute oder morgen, Sales Assistent, setz das Review fort. Tschüss.',
  declined: 'Okay. Was möchtest du sonst noch wissen?',
  nothingPending: 'Was möchtest du? Du kannst sagen: meine Top 5 Deals.',
  nothingToRepeat: 'Ich habe noch nichts gesagt. Du kannst nach deinen Top 5 Deals fragen. Was möchtest du?',
  link: {
    speech: 'Um Sales Assistent zu nutzen, verknüpfe dein Salesforce-Konto in der Alexa App. Ich habe dir dort eine Karte geschickt.',
    expired: 'Deine Verknüpfung mit Salesforce ist abgelaufen oder wurde widerrufen. Bitte verknüpfe dein Konto in der Alexa App neu; ich habe dir dort eine Karte geschickt.',
  },
  problem: {
    unavailable: 'Salesforce antwortet gerade nicht. Bitte versuch es in einer Minute noch einmal.',
    limit: 'Eure Salesforce-Org hat ihre API-Anfragen für heute aufgebraucht, deshalb kann ich gerade nicht nachsehen. Versuch es später noch einmal oder frag euren Admin.',
    storage: 'Mein eigener Speicher antwortet gerade nicht. Bitte versuch es in einer Minute noch einmal.',
    generic: 'Beim Nachsehen in Salesforce ist etwas schiefgegangen. Bitte versuch es noch einmal.',
    notUnderstood: 'Das habe ich nicht verstanden. Was möchtest du?',
  },
};
