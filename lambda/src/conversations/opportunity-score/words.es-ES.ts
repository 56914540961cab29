/** Las puntuaciones de oportunidad de Einstein: las oportunidades con más posibilidades, y la puntuación de una. */
export const words = {
  opportunityScore: {
    /** La org (o el usuario) no tiene la puntuación de oportunidades de Einstein: una frase, nunca un error. */
    noScores: 'La puntuación de oportunidades de Einstein no está activada en tu org de Salesforce.',
    best_one: 'Einstein ha puntuado una de las oportunidades abiertas {{- whose}}{{- filters}} con cierre {{- period}}, en {{- currency}}:',
    best_many: 'Según Einstein, estas oportunidades abiertas {{- whose}}{{- filters}} con cierre {{- period}} son las que más posibilidades tienen, en {{- currency}}:',
    best_other: 'Según Einstein, estas oportunidades abiertas {{- whose}}{{- filters}} con cierre {{- period}} son las que más posibilidades tienen, en {{- currency}}:',
    item: '{{- deal}}: {{- amount}}, puntuación {{score}}.',
    none: 'Einstein no ha puntuado ninguna de las oportunidades abiertas {{- whose}}{{- filters}} con cierre {{- period}}.',
    deal: 'Einstein le da a {{name}} una puntuación de {{score}} sobre 99.',
    dealClosed: 'Einstein solo puntúa oportunidades abiertas, y {{name}} está cerrada.',
    dealUnscored: 'Einstein todavía no ha puntuado {{name}}.',
    cardTitle: 'Puntuaciones de oportunidad de Einstein',
    cardItem: '{{score}} — {{name}} ({{amount}})',
  },
};
