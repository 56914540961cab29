/** Enregistrer un appel, ajouter une note, programmer un rappel : ce qui est demandé, confirmé et dit une fois fait. */
export const words = {
  logActivity: {
    askDeal: 'Quelle affaire ?',
    whichDeal: 'Quelle affaire : {{- choices}} ?',
    noDeal: "Je n'ai pas trouvé d'affaire appelée {{heard}} dans Salesforce. Quelle affaire ?",
    noPosition: "Je n'ai pas de liste d'affaires où compter. {{- question}}",
    /** Les mots que le code lit dans ce qu'un slot a capté (speaking/heard.ts). */
    heard: {
      /** À la place d'un compte, le client de l'affaire dont on parle : « rappelle-moi de les appeler lundi ». */
      customer: ['les', 'le', 'la', 'lui', 'leur', 'eux', 'elle', 'le client', 'la cliente', 'ce client', 'cette cliente', 'ce compte', 'le compte'],
      /** Avant les mots dictés : « ils veulent un devis », « note que … ». */
      dictationLead: ['que', 'qu', 'disant que', 'note que', 'notez que', 'ils ont dit que', 'elle a dit que', 'il a dit que', 'avec la note'],
      /** Entre le nom du compte et les notes dites avec : « j'ai appelé Acme et ils veulent les chiffres », « j'ai eu Acme au téléphone, ils signent ». */
      afterName: ['et', 'au téléphone et', 'au téléphone', 'par téléphone', 'au tél', 'au bout du fil', 'en ligne'],
    },
  },
  logCall: {
    askWho: 'Avec quel compte était cet appel ?',
    askNotes: "Que dois-je noter sur l'appel ?",
    confirm: {
      Account: "J'enregistre un appel avec {{target}} aujourd'hui, avec la note : {{gist}} ?",
      Opportunity: "J'enregistre un appel sur {{target}} aujourd'hui, avec la note : {{gist}} ?",
    },
    subject: 'Appel avec {{account}}',
    done: "C'est fait. {{subject}} est enregistré dans Salesforce comme appel terminé aujourd'hui, avec vos notes.",
    repeated: "Cet appel est déjà enregistré : {{subject}}, aujourd'hui.",
    cancelled: "D'accord, je n'ai enregistré aucun appel.",
    refused: "Salesforce n'a pas accepté l'appel : {{message}}",
    explain: "J'enregistre un appel. Répondez à ma question, ou dites annuler pour arrêter.",
    help: "J'enregistre un appel. Dites-le en une phrase, par exemple : enregistre un appel avec Globex, ils veulent un nouveau devis. Ou dites annuler. Que voulez-vous ?",
  },
  addNote: {
    askWhere: "Pour quelle affaire ou quel compte est cette note ?",
    askText: 'Que doit dire la note ?',
    confirm: "J'ajoute une note sur {{target}} : {{gist}} ?",
    done: "C'est fait. La note est sur {{target}} dans Salesforce.",
    doneAsTask: "Les notes ne sont pas activées dans votre Salesforce, je l'ai donc enregistrée comme tâche terminée sur {{target}}.",
    repeated: 'Cette note est déjà sur {{target}}.',
    cancelled: "D'accord, pas de note.",
    refused: "Salesforce n'a pas accepté la note : {{message}}",
    explain: "J'ajoute une note. Répondez à ma question, ou dites annuler pour arrêter.",
    help: "J'ajoute une note. Dites par exemple : ajoute une note sur l'affaire Northwind. Ou dites annuler. Que voulez-vous ?",
  },
  reminder: {
    askWho: {
      call: "Qui dois-je vous rappeler d'appeler ?",
      followUp: 'Qui dois-je vous rappeler de relancer ?',
      email: "À qui dois-je vous rappeler d'écrire un e-mail ?",
    },
    askDay: 'Quel jour dois-je vous le rappeler ?',
    vagueDay: 'Quel jour exactement ?',
    pastDay: 'Ce jour est déjà passé. Quel jour dois-je vous le rappeler ?',
    confirm: {
      call: "Je vous rappelle d'appeler {{target}} {{day}}, à {{time}} ?",
      followUp: 'Je vous rappelle de relancer {{target}} {{day}}, à {{time}} ?',
      email: "Je vous rappelle d'écrire à {{target}} {{day}}, à {{time}} ?",
    },
    subject: {
      call: 'Appeler {{account}}',
      followUp: 'Relancer {{account}}',
      email: 'Écrire à {{account}}',
    },
    done: "C'est fait. {{subject}} est dans vos tâches, pour {{day}}, avec un rappel à {{time}}.",
    repeated: 'Ce rappel existe déjà : {{subject}}, {{day}}.',
    cancelled: "D'accord, pas de rappel.",
    refused: "Salesforce n'a pas accepté le rappel : {{message}}",
    explain: 'Je programme un rappel. Répondez à ma question, ou dites annuler pour arrêter.',
    help: "Je programme un rappel. Dites par exemple : rappelle-moi d'appeler Initech mardi prochain, ou de relancer Globex vendredi. Ou dites annuler. Que voulez-vous ?",
  },
};
