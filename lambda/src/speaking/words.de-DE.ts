/** Wörter, die die Sprech-Helfer in dem lesen, was ein Slot aufgenommen hat (speaking/heard.ts). */
export const words = {
  amount: {
    heard: {
      lead: ['für', 'zu', 'über', 'im wert von', 'wert', 'etwa', 'ungefähr', 'rund', 'circa', 'ca', 'von', 'mit', 'und'],
      currency: ['dollar', 'euro', 'pfund', 'franken'],
      thousand: ['tausend', 'k', 'tsd'],
      million: ['million', 'millionen', 'mio'],
      one: ['ein', 'eine', 'einer'],
      units: [
        'null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn',
        'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn',
      ],
      tens: ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'],
      hundred: ['hundert'],
      /** Zwischen Einern und Zehnern: "fünfundzwanzig". */
      and: ['und'],
      point: ['komma'],
      half: ['halbe', 'halb', 'halben'],
    },
  },
};
