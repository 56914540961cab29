/** L'atteinte de l'objectif : le signé face à l'objectif des prévisions collaboratives d'une personne ou d'une équipe, pour une période. */
export const words = {
  quota: {
    at: {
      MINE: 'Vous êtes à {{percent}} pour cent de votre objectif {{- period}} : {{- won}} pour un objectif de {{- quota}}.',
      TEAM: 'Votre équipe est à {{percent}} pour cent de son objectif {{- period}} : {{- won}} pour un objectif de {{- quota}}.',
      PERSON: '{{name}} est à {{percent}} pour cent de son objectif {{- period}} : {{- won}} pour un objectif de {{- quota}}.',
    },
    ahead: {
      MINE: "Votre objectif {{- period}} est de {{- quota}} ; rien n'a encore été signé en face.",
      TEAM: "L'objectif de votre équipe {{- period}} est de {{- quota}} ; rien n'a encore été signé en face.",
      // The name as the subject: "de Oliver" would need French elision ("d'Oliver").
      PERSON: "{{name}} a un objectif de {{- quota}} {{- period}} ; rien n'a encore été signé en face.",
    },
    won: '{{- amount}} signés',
    nothingWon: "rien de signé pour l'instant",
    /** Une manager sans objectif personnel : celui de l'équipe est la somme de ceux de ses commerciaux. */
    teamFromReps: "Vous n'avez pas d'objectif personnel {{- period}}, je compte donc la somme des objectifs de vos commerciaux.",
    byRep: 'Par commercial : {{- reps}}.',
    rep: '{{name}} {{percent}} pour cent',
    moreReps_one: '{{count}} autre',
    moreReps_many: '{{count}} autres',
    moreReps_other: '{{count}} autres',
    noRepQuotas: "Aucun de vos commerciaux n'a d'objectif {{- period}}.",
    none: {
      MINE: "Je ne trouve pas d'objectif pour vous {{- period}} dans Salesforce, je ne peux donc pas calculer l'atteinte. Vous avez {{- won}}.",
      TEAM: "Je ne trouve pas d'objectif pour vous ou vos commerciaux {{- period}} dans Salesforce, je ne peux donc pas calculer l'atteinte. Votre équipe a {{- won}}.",
      PERSON: "Je ne trouve pas d'objectif pour {{name}} {{- period}} que vous puissiez voir dans Salesforce, je ne peux donc pas calculer l'atteinte.",
    },
    /** Un commercial qui demande celle d'un autre : Salesforce ne montre à chacun que son objectif et ceux en dessous. */
    hidden: "Salesforce ne vous montre que votre propre objectif, je ne peux donc pas vous dire où en est {{name}}.",
    otherPeriods: {
      Quarter: "Dans votre org, les objectifs sont fixés par trimestre, je ne peux donc pas calculer l'atteinte {{- period}} seulement. Demandez-moi un trimestre entier.",
      Month: "Dans votre org, les objectifs sont fixés par mois, je ne peux donc pas calculer l'atteinte {{- period}} seulement. Demandez-moi des mois entiers, un trimestre ou une année.",
      Year: "Dans votre org, les objectifs sont fixés par année, je ne peux donc pas calculer l'atteinte {{- period}} seulement. Demandez-moi une année entière.",
      Week: "Dans votre org, les objectifs sont fixés par semaine, je ne peux donc pas calculer l'atteinte {{- period}} seulement.",
    },
    noForecasting: "Salesforce ne vous montre aucun objectif : les prévisions ne sont activées ni pour vous ni pour votre org. Je ne peux donc pas calculer l'atteinte, mais je peux vous dire ce qui a été signé {{- period}}.",
    /** « L'atteinte de tout le monde » : les objectifs suivent la hiérarchie de prévision, qui commence à l'utilisateur. */
    everyone: {
      TEAM: 'Salesforce vous montre les objectifs de votre propre équipe : voici donc votre équipe.',
      MINE: 'Salesforce ne vous montre que votre propre objectif : voici donc le vôtre.',
    },
    cardTitle: "Atteinte de l'objectif, {{period}}",
    card: 'Objectif : {{quota}}\nSigné : {{won}}\nAtteinte : {{percent}} %',
    cardRep: '{{name}} : {{percent}} % de {{quota}}',
  },
};
