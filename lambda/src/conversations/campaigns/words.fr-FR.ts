/** Les campagnes : les résultats d'une campagne, et la liste des campagnes actives. */
export const words = {
  campaigns: {
    which: 'Sur quelle campagne voulez-vous un point ?',
    choice: '{{name}}',
    several: 'Vouliez-vous dire {{- choices}} ?',
    notFound: "Je n'ai pas trouvé de campagne appelée {{name}}. Voulez-vous connaître les campagnes actives ?",
    notFoundReprompt: 'Voulez-vous connaître les campagnes actives ?',
    report: {
      // Le statut tel que l'org l'étiquette en français (« En cours »), par describe : un libellé, pas un adjectif.
      status: '{{name}}, statut {{status}}',
      noStatus: '{{name}}',
      dates: ' : elle {{- start}}{{- end}}',
      start: { past: 'a commencé {{- day}}', future: 'commence {{- day}}' },
      end: { past: " et s'est terminée {{- day}}", future: ' et se termine {{- day}}' },
      // A Lead is a "piste" in Salesforce's French UI.
      leads_one: 'Elle compte {{count}} piste (converties : {{converted}})',
      leads_many: 'Elle compte {{count}} pistes (converties : {{converted}})',
      leads_other: 'Elle compte {{count}} pistes (converties : {{converted}})',
      opportunities_one: 'et {{count}} opportunité',
      opportunities_many: 'et {{count}} opportunités',
      opportunities_other: 'et {{count}} opportunités',
      won_one: ', dont {{count}} gagnée pour {{- amount}}.',
      won_many: ', dont {{count}} gagnées pour {{- amount}}.',
      won_other: ', dont {{count}} gagnées pour {{- amount}}.',
      noneWon: ", aucune gagnée pour l'instant.",
    },
    cardTitle: 'Campagne : {{name}}',
    card: 'Statut : {{status}}\nDates : du {{start}} au {{end}}\nPistes : {{leads}} ({{converted}} converties)\nOpportunités : {{opportunities}} ({{won}} gagnées)\nMontant gagné : {{amount}}',
    active: {
      intro_one: 'Il y a une campagne active :',
      intro_many: 'Voici les campagnes actives, de la plus récente à la plus ancienne :',
      intro_other: 'Voici les campagnes actives, de la plus récente à la plus ancienne :',
      item: '{{- ordinal}}, {{name}}.',
      none: "Il n'y a aucune campagne active en ce moment. Que voulez-vous savoir d'autre ?",
      pick: "Pour savoir où en est l'une d'elles, dites son numéro, par exemple : la première. Que voulez-vous ?",
      cardTitle: 'Campagnes actives',
    },
  },
};
