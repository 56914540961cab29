/** Les mots que les aides à la parole lisent dans ce qu'un slot a capté (speaking/heard.ts) ; elles ne disent rien elles-mêmes. */
export const words = {
  amount: {
    heard: {
      /** Les mots devant un montant qui ne disent rien d'autre : "pour", "d'environ". */
      lead: ['pour', 'à', 'de', "d'", 'environ', 'à peu près', 'autour de', 'dans les', 'qui vaut', 'valant', 'd une valeur de', 'et'],
      /** Les devises après un montant. */
      currency: ['dollar', 'dollars', 'de dollars', 'euro', 'euros', "d'euros", 'livre', 'livres'],
      thousand: ['mille', 'k'],
      million: ['million', 'millions', 'm'],
      /** Le mot pour un devant une échelle : "un million". */
      one: ['un', 'une'],
      /**
       * Les nombres en lettres, de zéro à dix-neuf puis les dizaines (septante, huitante, nonante : la place de 70, 80
       * et 90 ; « soixante-dix » se lit soixante puis dix, « quatre-vingts » n'est pas lu et le skill redemande).
       */
      units: [
        'zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
        'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf',
      ],
      tens: ['vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'septante', 'huitante', 'nonante'],
      hundred: ['cent', 'cents'],
      /** Entre les dizaines et les unités : « vingt et un ». */
      and: ['et'],
      point: ['virgule'],
      half: ['demi', 'demie'],
    },
  },
};
