/** Créer un ticket (une requête Salesforce) : ce qui est demandé, confirmé et dit une fois créé. */
export const words = {
  case: {
    askAccount: 'Pour quel compte est ce ticket ?',
    askSubject: 'Quel est le sujet du ticket ?',
    confirm: 'Je crée un ticket de priorité {{priority}} pour {{account}}, sujet : {{subject, lowercase}} ?',
    done: "C'est fait. Le ticket <say-as interpret-as=\"digits\">{{number}}</say-as> est ouvert pour {{account}} : {{subject, lowercase}}, priorité {{priority}}.",
    repeated: 'Ce ticket est déjà ouvert : numéro <say-as interpret-as="digits">{{number}}</say-as>, pour {{account}}.',
    cancelled: "D'accord, pas de ticket.",
    refused: "Salesforce n'a pas accepté le ticket : {{message}}",
    priority: { High: 'haute', Medium: 'moyenne', Low: 'basse' },
    explain: "Je crée un ticket. Répondez à ma question, ou changez ce que j'ai, par exemple : mettez-le en priorité haute. Dites annuler pour arrêter.",
    help: 'Je crée un ticket. Dites-le en une phrase, par exemple : crée un ticket pour Acme concernant une imprimante en panne. Ou dites annuler. Que voulez-vous ?',
    /** Les mots que le code lit dans ce qu'un slot a capté (speaking/heard.ts). */
    heard: {
      /** Avant un sujet : « un problème de connexion ». */
      article: ['un', 'une', 'le', 'la', 'l', 'les', 'des', 'du', 'de', 'd'],
      /** Avant un sujet capté après le nom du compte : « pour Globex concernant leur scanner ». */
      subjectLead: ['concernant', 'a propos de', 'a propos du', 'a propos d', 'au sujet de', 'au sujet du', 'au sujet d', 'pour', 'sujet', 'le sujet c est'],
      /** Le mot priorité, devant la priorité en français (« priorité haute ») : voir priorityInSubject. */
      priority: ['priorite'],
      /** Avant lui : « avec une priorité haute », « en priorité haute ». */
      priorityLead: ['avec', 'avec une', 'avec la', 'en', 'de', 'c est', 'c est une', 'c est en'],
      /** Une priorité dite seule à la fin d'un sujet : « …, urgent ». */
      alone: ['urgent', 'urgente', 'critique'],
    },
  },
};
