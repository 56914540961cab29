/** Was jede Liste teilt (Opportunities, Kampagnen): weiterblättern, zurückgehen, einen nach seiner Position wählen. */
export const words = {
  list: {
    continued_one: 'Hier ist der nächste:',
    continued_other: 'Hier sind die nächsten {{count}}:',
    back_one: 'Zurück, hier ist Nummer {{from}}:',
    back_other: 'Zurück, hier sind die Nummern {{from}} bis {{to}}:',
    more_one: 'Willst du den nächsten hören?',
    more_other: 'Willst du die nächsten {{count}} hören?',
    noMore: 'Das war alles. Was noch?',
    endOfList: 'Das war der letzte. Was möchtest du sonst noch wissen?',
    atStart: 'Das ist der Anfang der Liste. Sag wiederholen, um sie noch einmal zu hören, oder weiter für mehr. Was möchtest du?',
    noList: 'Es gibt noch keine Liste zum Weiterblättern. Du kannst sagen: meine Top 5 Deals. Was möchtest du?',
    reprompt: 'Du kannst weiter sagen, oder nach einer anderen Liste fragen. Was möchtest du?',
    whatElse: 'Was noch?',
    pick: {
      noList: 'Es gibt noch keine Liste zum Auswählen. Frag zuerst nach deinen Top-Deals, zum Beispiel: meine Top 5 Deals. Was möchtest du?',
      which: 'Über welchen möchtest du mehr hören? Sag zum Beispiel: den zweiten.',
      whichReprompt: 'Welchen? Sag zum Beispiel: den zweiten.',
      none: 'Die Liste ist leer, da gibt es nichts auszuwählen.',
      outOfRange_one: 'Einen {{- position}} gibt es nicht: ich habe bisher nur den ersten vorgelesen. Welchen möchtest du?',
      outOfRange_other: 'Einen {{- position}} gibt es nicht: ich habe bisher die Nummern 1 bis {{count}} vorgelesen. Welchen möchtest du?',
      gone: 'Den finde ich in Salesforce nicht mehr; vielleicht wurde er gelöscht. Welchen anderen möchtest du?',
      next_one: 'Willst du den nächsten hören, oder Details zu einem anderen?',
      next_other: 'Willst du die nächsten {{count}} hören, oder Details zu einem anderen?',
      another: 'Über welchen anderen möchtest du hören, oder was möchtest du sonst wissen?',
    },
  },
};
