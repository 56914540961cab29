/** Les mots sur les affaires que partagent toutes les conversations sur les opportunités : à qui elles sont, et les morceaux d'une phrase sur une affaire. */
export const words = {
  deal: {
    /** À qui sont les affaires, avec le nom : "vos affaires", "les affaires de Lena Fischer". */
    whose: {
      MINE: 'vos affaires',
      TEAM: 'les affaires de votre équipe',
      ALL: "les affaires de l'entreprise",
      PERSON: 'les affaires de {{name}}',
    },
    /** À qui sont les affaires, en sujet d'une phrase. */
    subject: {
      MINE: 'Vous',
      TEAM: 'Votre équipe',
      ALL: 'Votre entreprise',
      PERSON: '{{name}}',
    },
    noTeam: "Personne ne vous est rattaché dans Salesforce, voici donc les vôtres.",
    askWhose: 'Les affaires de qui voulez-vous entendre ?',
    filters: {
      category: ' en {{category}}',
      stage: ' en phase {{stage}}',
      over: ' de plus de {{- amount}}',
    },
    notes: {
      capped: "Je peux en lire jusqu'à {{max}}.",
      paged_one: 'Je vous les lis une par une.',
      paged_many: 'Je vous les lis {{count}} par {{count}}.',
      paged_other: 'Je vous les lis {{count}} par {{count}}.',
      period: 'Je ne sais pas quelle période {{heard}} désigne, voici donc {{- instead}}.',
      periodAny: "Je ne sais pas quelle période {{heard}} désigne, c'est donc pour toutes les dates de clôture.",
      scope: "Je n'ai pas compris à qui {{heard}} renvoie, voici donc {{- whose}}.",
      category: "Je ne peux pas filtrer sur la catégorie de prévision {{heard}}, cela couvre donc toutes les catégories.",
      stage: "Je ne connais pas de phase appelée {{heard}}, cela couvre donc toutes les phases.",
      amount: "Je n'ai pas compris le montant {{heard}}, ce n'est donc pas limité par taille.",
      count: "Je peux lire d'une à dix affaires, pas {{heard}}, voici donc les trois habituelles.",
      another: 'Une question à la fois : demandez-moi {{heard}} ensuite.',
      anotherLong: "Une question à la fois : posez-moi l'autre ensuite.",
      outcome: "Je n'ai pas compris si {{heard}} veut dire gagnées ou perdues, voici donc les deux.",
      unclear: {
        outcome: "Je n'ai pas compris si vous vouliez les affaires gagnées ou perdues, voici donc les deux.",
        period: "Je n'ai pas compris la période, voici donc {{- instead}}.",
        periodAny: "Je n'ai pas compris la période, c'est donc pour toutes les dates de clôture.",
        scope: "Je n'ai pas compris de qui vous parliez, voici donc {{- whose}}.",
        category: "Je n'ai pas compris la catégorie de prévision, cela couvre donc toutes les catégories.",
        stage: "Je n'ai pas compris la phase, cela couvre donc toutes les phases.",
        amount: "Je n'ai pas compris le montant, ce n'est donc pas limité par taille.",
        count: "Je n'ai pas compris combien, voici donc les trois habituelles.",
      },
      unsupported: {
        category: 'Cette réponse ne se découpe pas par catégorie de prévision, elle couvre donc toutes les catégories.',
        stage: 'Cette réponse ne se découpe pas par phase, elle couvre donc toutes les phases.',
        amount: "Cette réponse ne se limite pas par taille d'affaire, elle couvre donc toutes les affaires.",
        count: "Cette réponse n'est pas une liste, il n'y a donc pas de nombre d'affaires à lire.",
        period: 'Les affaires qui glissent sont celles déjà en retard, quelle que soit la période.',
        outcome: "Seules les affaires fermées sont gagnées ou perdues, cette réponse n'est donc pas découpée ainsi.",
      },
    },
    account: ' pour {{account}}',
    yours: ', une des vôtres',
    /** Une affaire dans une liste : avec qui, puis quoi. */
    named: {
      withAccount: '{{account}}, {{name}}',
      alone: '{{name}}',
    },
    /** Quand une affaire d'une liste se clôture, dit brièvement : "clôture mardi", "clôture le 9 décembre". */
    when: {
      closes: 'clôture {{- day}}',
      overdue: 'prévue {{- day}}',
      weekday: '{{weekday}}',
      date: 'le {{date}}',
    },
    noAmount: 'pas encore de montant',
    closes: 'clôture {{- day}}',
    overdue: 'devait se clôturer {{- day}}',
    /** Les mots de l'utilisateur, renvoyés vers lui ("demandez-moi votre quota ensuite"). */
    toListener: { mon: 'votre', ma: 'votre', mes: 'vos', moi: 'vous', je: 'vous', me: 'vous', nous: 'vous', notre: 'votre', nos: 'vos', "j'ai": 'vous avez' },
    count_one: '{{count}} affaire',
    count_many: '{{count}} affaires',
    count_other: '{{count}} affaires',
    /** Les mots à la place d'une affaire qui désignent celle dont on parle ("repousse-la d'une semaine") : voir speaking/heard.ts. */
    heard: {
      pointing: [
        'ça', 'cela', 'ceci', 'la', 'le', 'elle', 'celle-ci', 'celle-là', 'celle ci', 'celle là', 'celui-ci', 'celui-là',
        "l'affaire", "l'opportunité", 'cette affaire', 'cette opportunité', 'ce deal', 'le deal', 'cette affaire-là', 'cette affaire là',
      ],
      /** Mots qui ne portent aucune partie de la question (deals/salvage.ts) : « donne-moi », articles, prépositions, « affaires ». */
      filler: [
        'un', 'une', 'des', 'le', 'la', 'les', 'l', 'de', 'du', 'd', 'en', 'dans', 'pour', 'par', 'sur', 'à', 'au', 'aux',
        'avec', 'ce', 'cet', 'cette', 'ces', 'ça', 'est', 'sont', 'était', 'a', 'ont', 'il', 'y', 'donne', 'donnez',
        'moi', 'montre', 'montrez', 'dis', 'dites', 'lis', 'lisez', 'quel', 'quelle', 'quels', 'quelles', 'qu', 'que',
        'quoi', 'comment', 'où', 'qui', 'combien', 'se', 'présente', 'présentent', 'va', 'vont', 'en est', 'on', 'tout',
        'tous', 'toutes', 'seulement', 'juste', 'et', 'ou', 's\'il te plaît', 's\'il vous plaît', 'maintenant',
        'affaire', 'affaires', 'opportunité', 'opportunités', 'deal', 'deals', 'étape', 'phase', 'catégorie',
        'prévisions', 'pipeline', 'total', 'nombre',
      ],
      /** Mots d'une autre conversation : dits avec une question, ils en font une deuxième. */
      otherQuestions: [
        'gagnées', 'gagnée', 'gagné', 'gagnés', 'perdues', 'perdue', 'perdu', 'perdus', 'objectif', 'quota', 'classement',
        'réunions', 'réunion', 'rendez-vous', 'agenda', 'calendrier', 'tâches', 'campagne', 'campagnes', 'cas', 'requête', 'requêtes',
      ],
      /** « Elle », « ses » : la personne de la dernière question. */
      pronouns: ['il', 'lui', 'elle', 'son', 'sa', 'ses', 'ils', 'elles', 'leur', 'leurs', 'eux'],
      /** Avant un montant minimal : « de plus de 100 000 ». */
      over: ['plus de', 'de plus de', 'au-dessus de', 'au dessus de', 'supérieures à', 'supérieur à', 'supérieurs à'],
      /** Ce qui ajoute une deuxième question : « et les affaires gagnées ». */
      also: ['et', 'aussi', 'plus', 'ainsi que'],
      /** Avant le nom d'une affaire : « l'affaire Globex », « et le deal Acme », « quid de l'affaire Initech ». */
      nameLead: [
        'et', 'le', 'la', "l'", 'les', 'de', 'du', 'sur', "l'affaire", "l'opportunité", 'le deal', "de l'affaire", 'du deal', "sur l'affaire",
        'et le', 'et la', "et l'", "et l'affaire", 'et le deal', 'quid de', "quid de l'affaire", "et pour l'affaire",
      ],
      /** Après le nom d'une affaire. */
      nameTail: ['deal', 'affaire'],
    },
  },
};
