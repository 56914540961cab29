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
       * Les nombres en mots, chaque liste dans l'ordre de ses valeurs (speaking/amountWords.ts) : les unités d'un seul mot
       * depuis zéro, les dizaines depuis vingt ("soixante-quinze" se lit soixante et quinze). "Dix-sept" et "quatre-vingts"
       * ne se lisent pas ainsi : la skill redemande plutôt que de deviner.
       */
      units: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'],
      tens: ['vingt', 'trente', 'quarante', 'cinquante', 'soixante'],
      hundred: ['cent', 'cents'],
      /** "Vingt et un". */
      and: ['et'],
      point: ['virgule'],
      /** "Un demi-million". */
      half: ['demi'],
    },
  },
};
