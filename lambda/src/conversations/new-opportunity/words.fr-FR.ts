/** Créer une opportunité : ce qui est demandé, confirmé et dit une fois créée. Une affaire est féminine ("elle vaut"). */
export const words = {
  newOpportunity: {
    askAccount: 'Pour quel compte est cette affaire ?',
    askAmount: 'Combien vaut-elle ?',
    askCloseDate: 'Quand pensez-vous la clôturer ?',
    badAmount: "J'ai besoin d'un montant supérieur à zéro. Combien vaut-elle ?",
    vagueCloseDate: 'Quel jour pensez-vous la clôturer ?',
    pastCloseDate: 'Cette date est déjà passée. Quand pensez-vous la clôturer ?',
    name: '{{account}} - {{month}}',
    confirm: 'Je crée {{name}}, pour {{- amount}}, clôture {{- day}} ?',
    done: "C'est fait. {{name}} est en {{stage}}, pour {{- amount}}, clôture {{- day}}.",
    repeated: 'Cette opportunité est déjà dans Salesforce : {{name}}, en {{stage}}.',
    cancelled: "D'accord, pas de nouvelle opportunité.",
    refused: "Salesforce n'a pas accepté l'opportunité : {{message}}",
    explain: "Je crée une opportunité. Répondez à ma question, ou changez ce que j'ai, par exemple : plutôt 60 000, ou plutôt une clôture en mars. Dites annuler pour arrêter.",
    help: 'Je crée une opportunité. Dites-le en une phrase, par exemple : crée une affaire pour Initech de 50 000 dollars, clôture le mois prochain. Ou dites annuler. Que voulez-vous ?',
  },
};
