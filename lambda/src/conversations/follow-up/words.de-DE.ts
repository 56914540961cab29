/** Nachfragen, die einen Teil der letzten Frage ändern. */
export const words = {
  followUp: {
    nothing: 'Es gibt noch keine Frage, die ich ändern kann. Frag mich erst etwas, zum Beispiel: meine Top 5 Deals. Was möchtest du?',
    notADay: 'Ich lese deinen eigenen Tag vor, einen Tag nach dem anderen, und {{heard}} ist kein Tag, den ich vorlesen kann. Sag zum Beispiel: und morgen, oder wie sieht es am Freitag aus?',
    notADayReprompt: 'Welchen Tag möchtest du hören?',
    /** Wörter vor einem Wochentag (speaking/heard.ts): "und am Freitag", "was ist mit nächstem Montag". */
    heard: {
      dayLead: ['am', 'an dem', 'diesen', 'diesem', 'nächsten', 'nächstem', 'kommenden', 'kommendem', 'den'],
    },
  },
};
