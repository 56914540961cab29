/** Los insights de Einstein: sobre una oportunidad ("¿qué dice Einstein de la oportunidad de Acme?"), o las oportunidades en riesgo. */
export const words = {
  insights: {
    /** La org (o el usuario) no tiene Sales Cloud Einstein: una frase, nunca un error. */
    noEinstein: 'Los insights de Einstein no están activados en tu org de Salesforce.',
    deal: 'Einstein sobre {{name}}: {{- insights}}',
    dealNone: 'Ahora mismo Einstein no tiene insights sobre {{name}}.',
    atRisk: {
      MINE_one: 'Einstein ve en riesgo {{count}} de tus oportunidades abiertas: {{- deals}}',
      MINE_many: 'Einstein ve en riesgo {{count}} de tus oportunidades abiertas. Las mayores: {{- deals}}',
      MINE_other: 'Einstein ve en riesgo {{count}} de tus oportunidades abiertas. Las mayores: {{- deals}}',
      TEAM_one: 'Einstein ve en riesgo {{count}} de las oportunidades abiertas de tu equipo: {{- deals}}',
      TEAM_many: 'Einstein ve en riesgo {{count}} de las oportunidades abiertas de tu equipo. Las mayores: {{- deals}}',
      TEAM_other: 'Einstein ve en riesgo {{count}} de las oportunidades abiertas de tu equipo. Las mayores: {{- deals}}',
      PERSON_one: 'Einstein ve en riesgo {{count}} de las oportunidades abiertas de {{- name}}: {{- deals}}',
      PERSON_many: 'Einstein ve en riesgo {{count}} de las oportunidades abiertas de {{- name}}. Las mayores: {{- deals}}',
      PERSON_other: 'Einstein ve en riesgo {{count}} de las oportunidades abiertas de {{- name}}. Las mayores: {{- deals}}',
      ALL_one: 'Einstein ve en riesgo {{count}} oportunidad abierta: {{- deals}}',
      ALL_many: 'Einstein ve en riesgo {{count}} oportunidades abiertas. Las mayores: {{- deals}}',
      ALL_other: 'Einstein ve en riesgo {{count}} oportunidades abiertas. Las mayores: {{- deals}}',
    },
    noneAtRisk: {
      MINE: 'Einstein no ve en riesgo ninguna de tus oportunidades abiertas.',
      TEAM: 'Einstein no ve en riesgo ninguna de las oportunidades abiertas de tu equipo.',
      PERSON: 'Einstein no ve en riesgo ninguna de las oportunidades abiertas de {{- name}}.',
      ALL: 'Einstein no ve en riesgo ninguna oportunidad abierta.',
    },
    /** Una oportunidad en riesgo: su nombre, la cuenta, el importe y lo primero que dice Einstein. */
    dealAtRisk: '{{name}}{{- account}}, {{- amount}}: {{- insight}}',
    cardTitle: 'Insights de Einstein',
  },
};
