/**
 * Modifier une affaire : ce qui est demandé, confirmé et dit une fois fait, déjà ainsi ou modifié par quelqu'un
 * d'autre. Une affaire est féminine ("je la passe en …") ; les phases sont dites après "en" ou "est en", jamais après
 * "de", qui s'élide devant une voyelle ("d'Analyse des besoins").
 */
export const words = {
  updateDeal: {
    askDeal: 'Quelle affaire ? Dites son nom ou celui du compte.',
    notFound: "Je n'ai pas trouvé d'affaire appelée {{heard}}. De quelle affaire parlez-vous ?",
    fieldNotDeal: "J'ai entendu {{field}}, mais je ne peux pas y mettre {{value}}, je n'ai donc rien modifié. {{hint}}",
    fieldHeard: { closeDate: 'la date de clôture', amount: 'le montant', nextStep: "l'étape suivante", stage: 'la phase', category: 'la catégorie de prévision' },
    fieldHint: {
      closeDate: 'Dites un jour, par exemple : repoussez-la au 15 mars.',
      amount: 'Dites un nombre, par exemple : le montant passe à 80 000.',
      nextStep: "Dites-le ainsi : l'étape suivante, c'est envoyer la proposition.",
      stage: 'Dites une phase, par exemple : passez-la en négociation.',
      category: 'Dites commit, best case, pipeline ou omis, par exemple : mettez-la en commit.',
    },
    several: 'Laquelle : {{- choices}} ?',
    gone: 'Je ne trouve plus cette affaire dans Salesforce. De quelle affaire parlez-vous ?',
    askStage: 'Dans quelle phase doit-elle passer ?',
    unknownStage: "Salesforce n'a pas de phase appelée {{heard}}. Vous pouvez dire {{- choices}}. Quelle phase ?",
    askCloseDate: 'Quand doit-elle se clôturer ?',
    vagueCloseDate: 'Quel jour doit-elle se clôturer ?',
    pastCloseDate: 'Cette date est déjà passée. Quand doit-elle se clôturer ?',
    askAmount: 'Quel doit être le montant ?',
    badAmount: "J'ai besoin d'un montant supérieur à zéro. Quel doit être le montant ?",
    askNextStep: "Quelle est l'étape suivante ?",
    askCategory: 'Quelle catégorie de prévision : pipeline, best case, commit ou omis ?',
    noCategory: "Il n'y a pas de catégorie de prévision appelée {{heard}}.",
    noClosedStage: "Salesforce n'a pas de phase {{outcome}} dans cette organisation, je ne peux donc pas clôturer {{name}} ainsi.",
    closedWon: 'fermée gagnée',
    closedLost: 'fermée perdue',
    categoryFollowed: "Avec cette phase, Salesforce l'a fait passer de la catégorie {{from}} à la catégorie {{to}} dans les prévisions.",
    confirm: {
      StageName: '{{name}} est en {{from}} : je la passe en {{to}} ?',
      CloseDate: 'Je repousse {{name}} : clôture {{- to}}, plutôt que {{- from}} ?',
      CloseDateEarlier: "J'avance {{name}} : clôture {{- to}}, plutôt que {{- from}}, donc plus tôt ?",
      Amount: '{{name}} vaut {{- from}} : je passe son montant à {{- to}} ?',
      AmountUnset: 'Je fixe le montant de {{name}} à {{- to}} ?',
      NextStep: "Je note comme étape suivante de {{name}} : {{to}} ?",
      ForecastCategoryName: '{{name}} est en {{from}} : je la mets en {{to}} ?',
      won: "{{name}} est en {{from}} : je la marque gagnée aujourd'hui, en {{to}} ?",
      lost: "{{name}} est en {{from}} : je la marque perdue aujourd'hui, en {{to}} ?",
      lostBecause: "{{name}} est en {{from}} : je la marque perdue aujourd'hui, en {{to}}, motif {{reason}} ?",
    },
    done: {
      StageName: "C'est fait. {{name}} est maintenant en {{stage}}.",
      CloseDate: "C'est fait. {{name}} se clôture maintenant {{- day}}.",
      Amount: "C'est fait. {{name}} a maintenant un montant de {{- amount}}.",
      NextStep: "C'est fait. L'étape suivante de {{name}} : {{nextStep}}.",
      ForecastCategoryName: "C'est fait. {{name}} est maintenant en {{category}}.",
      won: "C'est fait. {{name}} est en {{stage}}. Félicitations !",
      lost: "C'est fait. {{name}} est en {{stage}}.",
      lostBecause: "C'est fait. {{name}} est en {{stage}}, motif {{reason}}.",
    },
    already: {
      StageName: 'Elle est déjà en {{stage}}.',
      CloseDate: 'Elle se clôture déjà {{- day}}.',
      Amount: 'Elle a déjà un montant de {{- amount}}.',
      NextStep: "C'est déjà l'étape suivante : {{nextStep}}.",
      ForecastCategoryName: 'Elle est déjà en {{category}}.',
      won: 'Elle est déjà en {{stage}}.',
      lost: 'Elle est déjà en {{stage}}.',
    },
    stale: "Quelqu'un a modifié {{name}} depuis que je vous l'ai lue : elle est maintenant en {{stage}}, {{- amount}}, clôture {{- day}}. {{- question}}",
    noAmount: 'pas de montant',
    askLossReason: 'Pourquoi a-t-elle été perdue : {{- choices}} ?',
    unknownLossReason: "Salesforce n'a pas de motif de perte appelé {{heard}}. Était-ce {{- choices}} ?",
    noLossReasonField: "Salesforce n'enregistre pas de motif de perte ici, je la clôture donc simplement.",
    readOnly: "Salesforce ne vous laisse pas modifier {{field}} de {{name}}, je n'y ai donc pas touché.",
    field: {
      StageName: 'la phase',
      CloseDate: 'la date de clôture',
      Amount: 'le montant',
      NextStep: "l'étape suivante",
      ForecastCategoryName: 'la catégorie de prévision',
    },
    cancelled: "D'accord, je n'ai pas modifié l'affaire.",
    refused: "Salesforce n'a pas accepté la modification : {{message}}",
    explain: "Je modifie une affaire. Répondez à ma question, ou dites annuler pour la laisser telle quelle.",
    help: "Je modifie une affaire. Dites-le en une phrase, par exemple : passez l'affaire Acme en négociation, ou repoussez-la au mois prochain. Ou dites annuler. Que voulez-vous ?",
    /** Les mots que le code lit dans ce qu'un slot a capté (speaking/heard.ts). */
    heard: {
      /** Un champ nommé à la place de l'affaire : « changez la date de clôture pour … » (au début des mots). */
      closeDateField: ['la date de cloture', 'date de cloture', 'la cloture', 'cloture', 'la date de signature', 'date de signature', 'la close date', 'close date'],
      amountField: ['le montant', 'montant', 'la valeur', 'valeur', 'la taille de l affaire', 'taille de l affaire', 'le volume', 'volume'],
      nextStepField: ['l etape suivante', 'etape suivante', 'la prochaine etape', 'prochaine etape', 'le next step', 'next step'],
      stageField: ['la phase', 'phase', 'l etape', 'etape', 'la phase de vente', 'phase de vente', 'le stade', 'stade'],
      categoryField: ['la categorie de prevision', 'categorie de prevision', 'la categorie', 'categorie', 'les previsions', 'la prevision', 'prevision', 'le forecast', 'forecast'],
      /** Après le nom d'une affaire : « Acme l'affaire » est rare ; « le deal » suit parfois le nom. */
      dealNoun: ['affaire', 'deal', 'opportunite', 'l affaire', 'le deal', 'l opportunite'],
      /** Avant le nom d'une phase ou d'un motif de perte : « en négociation », « la phase de négociation ». */
      article: ['la', 'le', 'l', 'les', 'un', 'une', 'en', 'en phase', 'en phase de', 'la phase', 'la phase de', 'phase', 'phase de', 'l etape', 'l etape de', 'a cause de', 'a cause du', 'a cause d', 'pour', 'du', 'de', 'd'],
      /** Après le nom d'une phase : rare en français, qui la met devant. */
      stageWord: ['phase', 'etape'],
      /** La catégorie « pipeline » dite seule. */
      pipelineCategory: ['pipeline', 'le pipeline', 'en pipeline', 'dans le pipeline', 'la categorie pipeline'],
      /** Avant une étape suivante dictée : « c'est envoyer le devis ». */
      nextStepLead: ['c est', 'c est de', 'est', 'est de', 'sera', 'de'],
    },
  },
};
