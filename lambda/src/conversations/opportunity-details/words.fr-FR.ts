/** Une affaire : son détail ("dites-m'en plus sur la deuxième", "l'affaire Initech"), ou la seule chose demandée à son sujet. */
export const words = {
  opportunityDetails: {
    headline: '{{name}}{{- account}} : {{- amount}}, {{stage}}{{- probability}}, {{- closing}}.',
    probability: ', probabilité de {{percent}} pour cent',
    closed: {
      won: 'gagnée {{- day}}',
      lost: 'perdue {{- day}}',
    },
    nextStep: 'Prochaine étape : {{nextStep}}.',
    noNextStep: "Aucune prochaine étape n'est renseignée.",
    owner: 'Elle appartient à {{owner}}.',
    yours: "C'est la vôtre.",
    lastActivity: 'Dernière activité : {{- day}}.',
    plannedActivity: 'Une activité est prévue {{- day}}.',
    noActivity: "Aucune activité n'est encore enregistrée.",
    card: 'Phase : {{stage}}\nMontant : {{amount}}\nProbabilité : {{probability}}\nDate de clôture : {{closeDate}}\nProchaine étape : {{nextStep}}\nPropriétaire : {{owner}}\nDernière activité : {{lastActivity}}',
    /** Après une affaire trouvée par son nom ou désignée par "elle" : pas de liste à poursuivre. */
    more: "Que voulez-vous savoir d'autre sur elle, ou sur une autre affaire ?",
    focus: {
      nextStep: 'La prochaine étape pour {{name}} est : {{nextStep}}.',
      noNextStep: "{{name}} n'a pas de prochaine étape renseignée.",
      closes: '{{name}} se clôture {{- day}}.',
      overdue: '{{name}} devait se clôturer {{- day}} et est toujours ouverte, en {{stage}}.',
      won: '{{name}} a été gagnée {{- day}}.',
      lost: '{{name}} a été perdue {{- day}}.',
      owner: '{{name}} appartient à {{owner}}.',
      yours: "{{name}} est à vous.",
      noOwner: 'Je ne sais pas à qui appartient {{name}}.',
      amount: '{{name}} vaut {{- amount}}, en {{stage}}.',
      noAmount: "{{name}} n'a pas encore de montant ; elle est en {{stage}}.",
    },
    byName: {
      choice: '{{name}}',
      several: 'Laquelle : {{- choices}} ?',
      severalReprompt: 'Laquelle ? Dites son nom, ou : la première.',
      notFound: "Je n'ai pas trouvé d'affaire appelée {{heard}}. De quelle affaire parlez-vous ?",
      notFoundLong: "Désolé, je n'ai pas compris de quelle affaire vous parliez. Que voulez-vous ?",
      which: 'De quelle affaire parlez-vous ? Dites son nom ou celui de son compte.',
      whichReprompt: 'Quelle affaire ? Dites son nom ou celui de son compte.',
      gone: "Je ne trouve plus cette affaire dans Salesforce ; elle a peut-être été supprimée. De quelle affaire parlez-vous ?",
    },
  },
};
