/** Les prévisions : le signé plus le commit d'une période, face à l'objectif, avec le best case en potentiel. */
export const words = {
  forecast: {
    /** Ce qui fait les prévisions est dit avec elles : le signé plus le commit. */
    forecast: {
      MINE: 'Vos prévisions {{- period}} sont de {{- total}}, signé plus commit : {{- closed}} et {{- commit}}.',
      TEAM: 'Les prévisions de votre équipe {{- period}} sont de {{- total}}, signé plus commit : {{- closed}} et {{- commit}}.',
      // The name as the subject: "de Oliver" would need French elision ("d'Oliver").
      PERSON: '{{name}} prévoit {{- total}} {{- period}}, signé plus commit : {{- closed}} et {{- commit}}.',
    },
    closed: '{{- amount}} signés',
    nothingClosed: "rien de signé pour l'instant",
    commit: '{{- amount}} en commit',
    nothingInCommit: 'rien en commit',
    /** Le pourcentage est celui des prévisions, signé plus commit, sur l'objectif. */
    quota: "Cela fait {{percent}} pour cent de l'objectif de {{- quota}}.",
    teamQuotaFromReps: "Cela fait {{percent}} pour cent des objectifs de vos commerciaux additionnés, {{- quota}} ; vous n'avez pas d'objectif personnel.",
    noQuota: "Je ne trouve pas d'objectif pour cette période dans Salesforce.",
    bestCase: 'Le best case ajoute encore {{- amount}}.',
    noBestCase: "Rien n'est en best case.",
    none: {
      MINE: 'Je ne trouve pas de prévisions pour vous {{- period}} dans Salesforce.',
      TEAM: 'Je ne trouve pas de prévisions pour votre équipe {{- period}} dans Salesforce.',
      PERSON: 'Je ne trouve pas de prévisions pour {{name}} {{- period}} que vous puissiez voir dans Salesforce.',
    },
    /** Un commercial qui demande celles d'un autre : Salesforce ne montre des prévisions qu'à leur titulaire et à ceux au-dessus. */
    hidden: 'Salesforce ne vous montre que vos propres prévisions, je ne peux donc pas vous dire ce que prévoit {{name}}.',
    otherPeriods: {
      Quarter: 'Votre org établit ses prévisions par trimestre, je ne peux donc pas les donner {{- period}} seulement. Demandez-moi un trimestre entier.',
      Month: 'Votre org établit ses prévisions par mois, je ne peux donc pas les donner {{- period}} seulement. Demandez-moi des mois entiers ou un trimestre.',
    },
    /** Les prévisions collaboratives sont désactivées pour l'org ou l'utilisateur : une phrase, jamais une erreur. */
    noForecasting: "Les prévisions ne sont pas activées dans Salesforce pour vous ou votre org, je ne peux donc pas vous les donner.",
    /** « Les prévisions de tout le monde » : les prévisions suivent la hiérarchie de prévision, qui commence à l'utilisateur. */
    everyone: {
      TEAM: 'Salesforce vous montre les prévisions de votre propre équipe : voici donc celles de votre équipe.',
      MINE: 'Salesforce ne vous montre que vos propres prévisions : voici donc les vôtres.',
    },
    cardTitle: 'Prévisions, {{period}}',
    card: 'Signé : {{closed}}\nCommit : {{commit}}\nPrévisions (signé + commit) : {{total}}\nBest case : {{bestCase}}',
    cardQuota: 'Objectif : {{quota}} ({{percent}} % prévu)',
  },
};
