/** Les scores d'opportunité Einstein : les affaires les plus prometteuses, et le score d'une affaire. */
export const words = {
  opportunityScore: {
    /** L'org (ou l'utilisateur) n'a pas Einstein Opportunity Scoring : une phrase, jamais une erreur. */
    noScores: "Les scores d'opportunité Einstein ne sont pas activés dans votre org Salesforce.",
    // {{whose}} is "vos affaires", "les affaires de votre équipe": "parmi" takes it as it is ("aucune de les affaires" would not).
    best_one: "Parmi {{- whose}} en cours{{- filters}} à clôturer {{- period}}, Einstein n'en a noté qu'une, en {{- currency}} :",
    best_many: "Parmi {{- whose}} en cours{{- filters}} à clôturer {{- period}}, voici celles qu'Einstein juge les plus prometteuses, en {{- currency}} :",
    best_other: "Parmi {{- whose}} en cours{{- filters}} à clôturer {{- period}}, voici celles qu'Einstein juge les plus prometteuses, en {{- currency}} :",
    item: '{{- deal}} : {{- amount}}, score {{score}}.',
    none: "Parmi {{- whose}} en cours{{- filters}} à clôturer {{- period}}, Einstein n'en a noté aucune.",
    deal: 'Einstein donne à {{name}} un score de {{score}} sur 99.',
    dealClosed: 'Einstein ne note que les affaires ouvertes, et {{name}} est fermée.',
    dealUnscored: "Einstein n'a pas encore noté {{name}}.",
    cardTitle: "Scores d'opportunité Einstein",
    cardItem: '{{score}} — {{name}} ({{amount}})',
  },
};
