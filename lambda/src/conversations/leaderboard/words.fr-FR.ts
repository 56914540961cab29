/** Le classement : qui a le plus signé, par montant gagné sur une période. */
export const words = {
  leaderboard: {
    intro: {
      team: 'Le classement de votre équipe {{- period}}, par montant signé en {{- currency}} :',
      peers: 'Le classement de votre équipe {{- period}}, par montant signé en {{- currency}} :',
      all: 'Le classement général {{- period}}, par montant signé en {{- currency}} :',
    },
    entry: '{{- rank}}, {{- who}}, {{- amount}}.',
    tied: 'ex aequo {{- rank}}',
    you: 'vous',
    deals_one: '{{count}} affaire',
    deals_many: '{{count}} affaires',
    deals_other: '{{count}} affaires',
    /** Quelqu'un sous les noms lus a le même montant que le dernier nommé. */
    tiedBelow: '{{name}} est aussi ex aequo à ce montant.',
    tiedBelowYou: 'Vous êtes aussi ex aequo à ce montant.',
    everyone: {
      team: 'Ce sont tous ceux de votre équipe qui ont gagné une affaire {{- period}}.',
      peers: 'Ce sont tous ceux de votre équipe qui ont gagné une affaire {{- period}}.',
      all: 'Ce sont tous ceux qui ont gagné une affaire {{- period}}.',
    },
    none: {
      team: "Personne dans votre équipe n'a gagné d'affaire {{- period}}.",
      peers: "Personne dans votre équipe n'a gagné d'affaire {{- period}}.",
      all: "Personne n'a gagné d'affaire {{- period}}.",
      mine: "Vous n'avez gagné aucune affaire {{- period}}.",
    },
    /** Un commercial sans manager dans Salesforce n'a pas d'équipe où être classé. */
    alone: "Personne n'a le même manager que vous dans Salesforce, il n'y a donc pas d'équipe où vous classer.",
    // The rank is said as a label ("Lena Fischer : 1er sur 4"): "est 1er" or "est 1re" would need a gender Salesforce does not give.
    person: {
      team: '{{name}} : {{- rank}} sur {{of}} au classement de votre équipe {{- period}}, avec {{- amount}} sur {{- deals}}.',
      all: '{{name}} : {{- rank}} sur {{of}} au classement général {{- period}}, avec {{- amount}} sur {{- deals}}.',
    },
    personNone: "{{name}} n'a gagné aucune affaire dans votre équipe {{- period}}.",
    mine: 'Vous avez signé {{- amount}} sur {{- deals}} {{- period}}.',
    capped: "Je lis jusqu'à {{max}} noms.",
    cardTitle: 'Classement, {{period}}',
    cardEntry: '{{rank}}. {{name}} : {{amount}} ({{count}})',
  },
};
