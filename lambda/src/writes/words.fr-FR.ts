/** Ce que toute écriture partage : quel compte, un refus, une écriture en cours, la suite. */
export const words = {
  writes: {
    account: {
      several: 'Quel compte : {{- choices}} ?',
      none: "Je n'ai pas trouvé de compte appelé {{spoken}} dans Salesforce. Quel compte ?",
    },
    rejected: "Salesforce ne l'a pas accepté : {{message}}",
    inProgress: "Je suis encore en train de l'enregistrer. Redemandez-moi dans un instant.",
    notSaved: "Mon propre stockage ne répond pas pour le moment, je n'ai donc rien enregistré. Réessayez dans une minute.",
    outcomeUnknown: "Salesforce ne m'a pas donné de réponse claire, je ne sais donc pas si c'est enregistré. Redemandez-moi dans un instant : je vérifierai avant d'enregistrer quoi que ce soit deux fois.",
    anythingElse: 'Que puis-je faire d\'autre pour vous ?',
    nothingToChange: "Rien n'est en cours de planification ou de création à modifier. Que voulez-vous ?",
  },
};
