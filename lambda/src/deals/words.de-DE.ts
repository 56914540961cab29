/** Wörter über Deals, die jedes Gespräch über Opportunities teilt: wessen Deals, und die Teile eines Satzes über einen Deal. */
export const words = {
  deal: {
    /** Wessen Deals, im Dativ vor "Deals": "von deinen Deals", "aus Lenas Deals". */
    whose: {
      MINE: 'deinen',
      TEAM: 'euren',
      ALL: 'allen',
      PERSON: '{{name}}s',
    },
    /** Wessen Deals, als Subjekt eines Satzes. */
    subject: {
      MINE: 'Du',
      TEAM: 'Dein Team',
      ALL: 'Eure Firma',
      PERSON: '{{name}}',
    },
    noTeam: 'In Salesforce berichtet niemand an dich, deshalb hier deine eigenen.',
    askWhose: 'Wessen Deals möchtest du hören?',
    filters: {
      category: ' in {{category}}',
      stage: ' in der Phase {{stage}}',
      over: ' über {{- amount}}',
    },
    notes: {
      capped: 'Ich kann bis zu {{max}} vorlesen.',
      paged_one: 'Ich lese sie einzeln vor.',
      paged_other: 'Ich lese sie in {{count}}er-Schritten vor.',
      period: 'Ich weiß nicht, welchen Zeitraum {{heard}} meint, deshalb hier {{- instead}}.',
      periodAny: 'Ich weiß nicht, welchen Zeitraum {{heard}} meint, deshalb gilt das für jedes Abschlussdatum.',
      scope: 'Ich habe nicht verstanden, wessen Deals {{heard}} meint, deshalb hier eine Auswahl aus {{- whose}} Deals.',
      category: 'Nach der Forecast-Kategorie {{heard}} kann ich nicht filtern, deshalb gilt das für alle Kategorien.',
      stage: 'Eine Phase namens {{heard}} kenne ich nicht, deshalb gilt das für alle Phasen.',
      amount: 'Den Betrag {{heard}} habe ich nicht verstanden, deshalb ist das nicht nach Größe begrenzt.',
      count: 'Ich kann einen bis zehn Deals vorlesen, nicht {{heard}}, deshalb hier die üblichen drei.',
      another: 'Eine Frage nach der anderen: frag mich danach nach {{heard}}.',
      anotherLong: 'Eine Frage nach der anderen: stell mir die andere danach.',
      outcome: 'Ich habe nicht verstanden, ob {{heard}} Gewinne oder Verluste meint, deshalb hier beides.',
      unclear: {
        outcome: 'Ich habe nicht verstanden, ob du Gewinne oder Verluste meinst, deshalb hier beides.',
        period: 'Ich habe den Zeitraum nicht verstanden, deshalb hier {{- instead}}.',
        periodAny: 'Ich habe den Zeitraum nicht verstanden, deshalb gilt das für jedes Abschlussdatum.',
        scope: 'Ich habe nicht verstanden, wessen Deals du meinst, deshalb hier eine Auswahl aus {{- whose}} Deals.',
        category: 'Ich habe die Forecast-Kategorie nicht verstanden, deshalb gilt das für alle Kategorien.',
        stage: 'Ich habe die Phase nicht verstanden, deshalb gilt das für alle Phasen.',
        amount: 'Ich habe den Betrag nicht verstanden, deshalb ist das nicht nach Größe begrenzt.',
        count: 'Ich habe nicht verstanden, wie viele, deshalb hier die üblichen drei.',
      },
      unsupported: {
        category: 'Diese Antwort lässt sich nicht nach Forecast-Kategorie aufteilen, sie gilt für alle Kategorien.',
        stage: 'Diese Antwort lässt sich nicht nach Phase aufteilen, sie gilt für alle Phasen.',
        amount: 'Diese Antwort lässt sich nicht nach Dealgröße begrenzen, sie gilt für alle Deals.',
        count: 'Diese Antwort ist keine Liste, es gibt also keine Anzahl Deals vorzulesen.',
        period: 'Überfällige Deals sind die, die schon zu spät sind, egal in welchem Zeitraum.',
        outcome: 'Nur abgeschlossene Deals sind gewonnen oder verloren, deshalb ist diese Antwort nicht so aufgeteilt.',
      },
    },
    account: ' für {{account}}',
    yours: ', einer von deinen',
    /** Ein Deal in einer Liste: mit wem, dann was. */
    named: {
      withAccount: '{{account}}, {{name}}',
      alone: '{{name}}',
    },
    /** Wann ein Deal in einer Liste abschließt, kurz gesagt. */
    when: {
      closes: 'Abschluss {{- day}}',
      overdue: 'war fällig {{- day}}',
      weekday: 'am {{weekday}}',
      date: 'am {{date}}',
    },
    noAmount: 'noch ohne Betrag',
    closes: 'Abschluss {{- day}}',
    overdue: 'hätte {{- day}} abschließen sollen',
    /** Die Wörter des Sprechers, an ihn zurückgegeben ("frag mich danach nach deiner Quote"). */
    toListener: { mein: 'dein', meine: 'deine', meinen: 'deinen', meinem: 'deinem', meiner: 'deiner', ich: 'du', mich: 'dich', mir: 'dir', wir: 'ihr', uns: 'euch', unser: 'euer', unsere: 'eure' },
    count_one: '{{count}} Deal',
    count_other: '{{count}} Deals',
    /** Wörter an der Stelle eines Deals, die auf den zuletzt genannten zeigen ("schieb den hier eine Woche"). */
    heard: {
      pointing: [
        'es', 'ihn', 'das', 'dies', 'der', 'den', 'den hier', 'der hier', 'das hier', 'den da', 'diesen', 'dieser', 'dieses',
        'den deal', 'der deal', 'diesen deal', 'dieser deal', 'die opportunity', 'diese opportunity', 'diese', 'die hier',
      ],
      /** Wörter, die keinen Teil einer Frage tragen (deals/salvage.ts): Träger ("zeig mir"), Artikel, Präpositionen, "Deals". */
      filler: [
        'ein', 'eine', 'einen', 'einem', 'einer', 'der', 'die', 'das', 'den', 'dem', 'des', 'für', 'in', 'im', 'am',
        'an', 'auf', 'von', 'vom', 'zu', 'zum', 'zur', 'mit', 'bei', 'beim', 'über', 'aus', 'nach', 'um', 'es',
        'ist', 'sind', 'war', 'waren', 'sein', 'hat', 'haben', 'hatte', 'gibt', 'gib', 'zeig', 'zeige', 'mir', 'sag',
        'sage', 'nenn', 'nenne', 'lies', 'was', 'wie', 'wo', 'welche', 'welcher', 'welches', 'wer', 'wessen',
        'sieht', 'aussieht', 'steht', 'läuft', 'laufen', 'denn', 'mal', 'doch', 'bitte', 'jetzt', 'gerade', 'bisher',
        'so', 'da', 'und', 'oder', 'nur', 'auch', 'alle', 'alles', 'irgendwas', 'deal', 'deals', 'opportunity',
        'opportunities', 'verkaufschance', 'verkaufschancen', 'phase', 'kategorie', 'forecast', 'pipeline', 'viele',
        'viel', 'insgesamt', 'summe', 'anzahl', 'stück',
      ],
      /** Wörter eines anderen Gesprächs: mit einer Frage gesagt, sind sie eine zweite Frage. */
      otherQuestions: [
        'gewinne', 'gewonnen', 'gewonnene', 'verluste', 'verloren', 'verlorene', 'quote', 'quota', 'zielerreichung',
        'rangliste', 'ranking', 'rang', 'meetings', 'meeting', 'termine', 'kalender', 'aufgaben', 'kampagne',
        'kampagnen', 'case', 'cases', 'fall', 'fälle',
      ],
      /** "Ihre", "seine": die Person, um die es in der letzten Frage ging. */
      pronouns: ['er', 'ihn', 'ihm', 'sein', 'seine', 'seinen', 'seiner', 'sie', 'ihr', 'ihre', 'ihren', 'ihrer', 'ihnen'],
      over: ['über', 'mehr als', 'größer als', 'ab', 'oberhalb von'],
      also: ['und', 'auch', 'außerdem', 'plus'],
      /** Vor dem Namen eines Deals: "und dem Globex Deal", "was ist mit dem Acme Deal". */
      nameLead: [
        'und', 'der', 'den', 'dem', 'die', 'das', 'zum', 'zur', 'vom', 'beim', 'und der', 'und den', 'und dem', 'und die', 'und das',
        'was ist mit', 'was ist mit dem', 'was ist mit der', 'und was ist mit dem', 'wie sieht es mit dem', 'den deal', 'dem deal', 'der deal',
      ],
      /** Nach dem Namen eines Deals: "dem Globex Deal". */
      nameTail: ['deal', 'opportunity', 'verkaufschance', 'auftrag'],
    },
  },
};
