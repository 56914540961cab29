/** Les mots que les aides à la parole lisent dans ce qu'un slot a capté (speaking/heard.ts) ; elles ne disent rien elles-mêmes. */
export const words = {
  amount: {
    heard: {
      /** Avant un montant, sans rien dire d'autre : « pour », « d'environ », « à hauteur de ». */
      lead: ['pour', 'a', 'de', 'd', 'du', 'environ', 'autour de', 'a peu pres', 'dans les', 'a hauteur de', 'd un montant de', 'pour un montant de', 'qui vaut', 'valant', 'une valeur de', 'et'],
      currency: ['dollar', 'dollars', 'euro', 'euros', 'livre', 'livres', 'livres sterling', 'franc', 'francs', 'francs suisses', 'balles'],
      thousand: ['mille', 'k'],
      million: ['million', 'millions', 'm'],
      /** « un million », « un million et demi » n'est pas lu. */
      one: ['un', 'une'],
    },
  },
};
