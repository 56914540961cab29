/** Einstein's opportunity scores: the deals with the best chance, and one deal's score. */
export const words = {
  opportunityScore: {
    /** The org (or the user) has no Einstein Opportunity Scoring: one sentence, never an error. */
    noScores: 'Einstein opportunity scores aren’t turned on in your Salesforce org.',
    best_one: 'Einstein has scored one of {{- whose}} open deals{{- filters}} closing {{- period}}, in {{- currency}}:',
    best_other: 'Einstein gives these of {{- whose}} open deals{{- filters}} closing {{- period}} the best chance, in {{- currency}}:',
    item: '{{- deal}}: {{- amount}}, score {{score}}.',
    none: 'Einstein hasn’t scored any of {{- whose}} open deals{{- filters}} closing {{- period}}.',
    deal: 'Einstein’s score for {{name}} is {{score}} out of 99.',
    dealClosed: 'Einstein scores only open deals, and {{name}} is closed.',
    dealUnscored: 'Einstein hasn’t scored {{name}} yet.',
    cardTitle: 'Einstein opportunity scores',
    cardItem: '{{score}} — {{name}} ({{amount}})',
  },
};
