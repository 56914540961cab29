/** Einsteins Insights: zu einem Deal ("was sagt Einstein zum Acme Deal") oder zu den gefährdeten Deals. */
export const words = {
  insights: {
    noEinstein: 'Einstein Insights sind in eurer Salesforce-Org nicht eingeschaltet.',
    deal: 'Einstein zu {{name}}: {{- insights}}',
    dealNone: 'Einstein hat gerade keine Insights zu {{name}}.',
    atRisk: {
      MINE_one: 'Einstein sieht {{count}} von deinen offenen Deals gefährdet: {{- deals}}',
      MINE_other: 'Einstein sieht {{count}} von deinen offenen Deals gefährdet. Die größten: {{- deals}}',
      TEAM_one: 'Einstein sieht {{count}} offenen Deal deines Teams gefährdet: {{- deals}}',
      TEAM_other: 'Einstein sieht {{count}} offene Deals deines Teams gefährdet. Die größten: {{- deals}}',
      PERSON_one: 'Einstein sieht {{count}} von {{- name}}s offenen Deals gefährdet: {{- deals}}',
      PERSON_other: 'Einstein sieht {{count}} von {{- name}}s offenen Deals gefährdet. Die größten: {{- deals}}',
      ALL_one: 'Einstein sieht {{count}} offenen Deal gefährdet: {{- deals}}',
      ALL_other: 'Einstein sieht {{count}} offene Deals gefährdet. Die größten: {{- deals}}',
    },
    noneAtRisk: {
      MINE: 'Einstein sieht keinen von deinen offenen Deals gefährdet.',
      TEAM: 'Einstein sieht keinen offenen Deal deines Teams gefährdet.',
      PERSON: 'Einstein sieht keinen von {{- name}}s offenen Deals gefährdet.',
      ALL: 'Einstein sieht keinen offenen Deal gefährdet.',
    },
    dealAtRisk: '{{name}}{{- account}}, {{- amount}}: {{- insight}}',
    cardTitle: 'Einstein Insights',
  },
};
