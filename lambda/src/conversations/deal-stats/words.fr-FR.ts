/** Nombres, totaux et moyennes des affaires : « vous avez 12 affaires ouvertes, pour un total de 3,4 millions de dollars », « votre affaire gagnée moyenne ». */
export const words = {
  dealStats: {
    /**
     * {{what}} est `worth` (ou `worthOver` quand un montant suit déjà les affaires) ; {{deals}} y est « 12 affaires
     * ouvertes », {{filters}} « en commit », {{closing}} « à clôturer ce trimestre » ou rien.
     */
    open: {
      MINE: 'Vous avez {{- what}}.',
      TEAM: 'Votre équipe a {{- what}}.',
      ALL: 'Votre org a {{- what}}.',
      PERSON: '{{name}} a {{- what}}.',
    },
    worth: '{{- deals}}{{- filters}}{{- closing}}, pour un total de {{- amount}}',
    worthOver: '{{- deals}}{{- filters}}{{- closing}}, pour un total de {{- amount}}',
    /** Des affaires ouvertes dont aucune n'a de montant : « pour un total de 0 dollar » serait faux. */
    openUnpriced: {
      MINE: "Vous avez {{- deals}}{{- filters}}{{- closing}}, aucune avec un montant pour l'instant.",
      TEAM: "Votre équipe a {{- deals}}{{- filters}}{{- closing}}, aucune avec un montant pour l'instant.",
      ALL: "Votre org a {{- deals}}{{- filters}}{{- closing}}, aucune avec un montant pour l'instant.",
      PERSON: "{{name}} a {{- deals}}{{- filters}}{{- closing}}, aucune avec un montant pour l'instant.",
    },
    noOpen: {
      MINE: "Vous n'avez aucune affaire ouverte{{- filters}}{{- closing}}.",
      TEAM: "Votre équipe n'a aucune affaire ouverte{{- filters}}{{- closing}}.",
      ALL: "Il n'y a aucune affaire ouverte{{- filters}}{{- closing}}.",
      PERSON: "{{name}} n'a aucune affaire ouverte{{- filters}}{{- closing}}.",
    },
    openDeals_one: '{{count}} affaire ouverte',
    openDeals_many: '{{count}} affaires ouvertes',
    openDeals_other: '{{count}} affaires ouvertes',
    closing: ' à clôturer {{- period}}',
    /** Dit après un total ou une moyenne quand des affaires n'ont pas de montant. */
    unpriced_one: "{{count}} d'entre elles n'a pas encore de montant.",
    unpriced_many: "{{count}} d'entre elles n'ont pas encore de montant.",
    unpriced_other: "{{count}} d'entre elles n'ont pas encore de montant.",

    /** {{whose}} est « Vos affaires », « Les affaires de votre équipe » (avec la majuscule) ; {{period}} « ce trimestre ». */
    averageWon: '{{- whose}} gagnées {{- period}} {{verb}} en moyenne {{- amount}}, sur {{- deals}}.',
    averageOpen: '{{- whose}} en cours{{- filters}}{{- closing}} font en moyenne {{- amount}}, sur {{- deals}}.',
    // A person by name: "Les affaires de Oliver" would need French elision ("d'Oliver"), so the name goes after "par" or "chez".
    averageWon_PERSON: 'Les affaires gagnées par {{name}} {{- period}} {{verb}} en moyenne {{- amount}}, sur {{- deals}}.',
    averageOpen_PERSON: 'Chez {{name}}, les affaires en cours{{- filters}}{{- closing}} font en moyenne {{- amount}}, sur {{- deals}}.',
    is: 'font',
    was: 'ont fait',
    /** Des affaires gagnées dont certaines n'ont pas de montant : la moyenne est celle des autres, et elle le dit. */
    pricedDeals_one: '{{count}} affaire avec un montant',
    pricedDeals_many: '{{count}} affaires avec un montant',
    pricedDeals_other: '{{count}} affaires avec un montant',
    wonUnpriced_one: "{{count}} autre affaire gagnée n'a pas de montant.",
    wonUnpriced_many: "{{count}} autres affaires gagnées n'ont pas de montant.",
    wonUnpriced_other: "{{count}} autres affaires gagnées n'ont pas de montant.",
    openUnpricedMore_one: "{{count}} autre affaire ouverte n'a pas encore de montant.",
    openUnpricedMore_many: "{{count}} autres affaires ouvertes n'ont pas encore de montant.",
    openUnpricedMore_other: "{{count}} autres affaires ouvertes n'ont pas encore de montant.",
    noWins: {
      MINE: "Vous n'avez gagné aucune affaire {{- period}}, il n'y a donc pas encore de montant moyen.",
      TEAM: "Votre équipe n'a gagné aucune affaire {{- period}}, il n'y a donc pas encore de montant moyen.",
      ALL: "Personne n'a gagné d'affaire {{- period}}, il n'y a donc pas encore de montant moyen.",
      PERSON: "{{name}} n'a gagné aucune affaire {{- period}}, il n'y a donc pas encore de montant moyen.",
    },
    winsUnpriced: {
      MINE: "Vous avez gagné {{- deals}} {{- period}}, mais aucune n'a de montant, il n'y a donc pas de montant moyen.",
      TEAM: "Votre équipe a gagné {{- deals}} {{- period}}, mais aucune n'a de montant, il n'y a donc pas de montant moyen.",
      ALL: "Votre org a gagné {{- deals}} {{- period}}, mais aucune n'a de montant, il n'y a donc pas de montant moyen.",
      PERSON: "{{name}} a gagné {{- deals}} {{- period}}, mais aucune n'a de montant, il n'y a donc pas de montant moyen.",
    },
    openUnpricedAverage: {
      MINE: "Aucune de vos affaires ouvertes{{- filters}}{{- closing}} n'a encore de montant, il n'y a donc pas de moyenne.",
      TEAM: "Aucune affaire ouverte de votre équipe{{- filters}}{{- closing}} n'a encore de montant, il n'y a donc pas de moyenne.",
      ALL: "Aucune affaire ouverte{{- filters}}{{- closing}} n'a encore de montant, il n'y a donc pas de moyenne.",
      // The name as the subject: "de Oliver" would need French elision ("d'Oliver").
      PERSON: "{{name}} n'a aucune affaire ouverte{{- filters}}{{- closing}} avec un montant, il n'y a donc pas de moyenne.",
    },
  },
};
