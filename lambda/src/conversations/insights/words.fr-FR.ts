/** Les insights Einstein : sur une affaire (« qu'est-ce qu'Einstein dit de l'affaire Acme »), ou les affaires à risque. */
export const words = {
  insights: {
    /** L'org (ou l'utilisateur) n'a pas Sales Cloud Einstein : une phrase, jamais une erreur. */
    noEinstein: 'Les insights Einstein ne sont pas activés dans votre org Salesforce.',
    deal: 'Einstein sur {{name}} : {{- insights}}',
    dealNone: "Einstein n'a aucun insight sur {{name}} pour le moment.",
    atRisk: {
      MINE_one: 'Einstein voit {{count}} de vos affaires ouvertes à risque : {{- deals}}',
      MINE_many: 'Einstein voit {{count}} de vos affaires ouvertes à risque. Les plus grosses : {{- deals}}',
      MINE_other: 'Einstein voit {{count}} de vos affaires ouvertes à risque. Les plus grosses : {{- deals}}',
      TEAM_one: 'Einstein voit {{count}} affaire ouverte de votre équipe à risque : {{- deals}}',
      TEAM_many: 'Einstein voit {{count}} affaires ouvertes de votre équipe à risque. Les plus grosses : {{- deals}}',
      TEAM_other: 'Einstein voit {{count}} affaires ouvertes de votre équipe à risque. Les plus grosses : {{- deals}}',
      PERSON_one: 'Einstein voit {{count}} affaire ouverte à risque chez {{- name}} : {{- deals}}',
      PERSON_many: 'Einstein voit {{count}} affaires ouvertes à risque chez {{- name}}. Les plus grosses : {{- deals}}',
      PERSON_other: 'Einstein voit {{count}} affaires ouvertes à risque chez {{- name}}. Les plus grosses : {{- deals}}',
      ALL_one: 'Einstein voit {{count}} affaire ouverte à risque : {{- deals}}',
      ALL_many: 'Einstein voit {{count}} affaires ouvertes à risque. Les plus grosses : {{- deals}}',
      ALL_other: 'Einstein voit {{count}} affaires ouvertes à risque. Les plus grosses : {{- deals}}',
    },
    noneAtRisk: {
      MINE: 'Einstein ne voit aucune de vos affaires ouvertes à risque.',
      TEAM: 'Einstein ne voit aucune affaire ouverte de votre équipe à risque.',
      PERSON: 'Einstein ne voit aucune affaire ouverte à risque chez {{- name}}.',
      ALL: 'Einstein ne voit aucune affaire ouverte à risque.',
    },
    /** Une affaire à risque : son nom, son compte, son montant, et ce qu'Einstein en dit d'abord. */
    dealAtRisk: '{{name}}{{- account}}, {{- amount}} : {{- insight}}',
    cardTitle: 'Insights Einstein',
  },
};
