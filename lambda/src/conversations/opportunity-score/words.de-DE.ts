/** Einsteins Opportunity Scores: die Deals mit den besten Chancen, und der Score eines Deals. */
export const words = {
  opportunityScore: {
    noScores: 'Einstein Opportunity Scores sind in eurer Salesforce-Org nicht eingeschaltet.',
    best_one: 'Einstein hat einen von {{- whose}} offenen Deals{{- filters}} mit Abschluss {{- period}} bewertet, in {{- currency}}:',
    best_other: 'Die besten Chancen laut Einstein, von {{- whose}} offenen Deals{{- filters}} mit Abschluss {{- period}}, in {{- currency}}:',
    item: '{{- deal}}: {{- amount}}, Score {{score}}.',
    none: 'Einstein hat keinen von {{- whose}} offenen Deals{{- filters}} mit Abschluss {{- period}} bewertet.',
    deal: 'Einsteins Score für {{name}} ist {{score}} von 99.',
    dealClosed: 'Einstein bewertet nur offene Deals, und {{name}} ist abgeschlossen.',
    dealUnscored: 'Einstein hat {{name}} noch nicht bewertet.',
    cardTitle: 'Einstein Opportunity Scores',
    cardItem: '{{score}} — {{name}} ({{amount}})',
  },
};
