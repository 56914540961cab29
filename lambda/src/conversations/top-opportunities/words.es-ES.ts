/** Las mejores oportunidades: la introducción y una frase corta por oportunidad (seguir la lista en lists/, palabras de oportunidades en deals/). */
export const words = {
  topOpportunities: {
    /** Delante de "{{count}} mejores oportunidades": Spanish says whose before the list only for "tus"; the rest lead with it. */
    whose: {
      MINE_one: 'Tu', MINE_many: 'Tus', MINE_other: 'Tus',
      TEAM_one: 'De tu equipo, la', TEAM_many: 'De tu equipo, las', TEAM_other: 'De tu equipo, las',
      ALL_one: 'De toda la empresa, la', ALL_many: 'De toda la empresa, las', ALL_other: 'De toda la empresa, las',
      PERSON_one: 'De {{name}}, la', PERSON_many: 'De {{name}}, las', PERSON_other: 'De {{name}}, las',
    },
    intro_one: '{{- whose}} mejor oportunidad abierta{{- filters}}{{- period}}, en {{- currency}}:',
    intro_many: '{{- whose}} {{count}} mejores oportunidades abiertas{{- filters}}{{- period}}, en {{- currency}}:',
    intro_other: '{{- whose}} {{count}} mejores oportunidades abiertas{{- filters}}{{- period}}, en {{- currency}}:',
    periodSuffix: ' con cierre {{- period}}',
    item: '{{- place}}{{- deal}}: {{- amount}}, {{- closing}}.',
    place: '{{- position}}: ',
    none: {
      MINE: 'No tienes oportunidades abiertas{{- filters}}{{- period}}.',
      TEAM: 'Tu equipo no tiene oportunidades abiertas{{- filters}}{{- period}}.',
      ALL: 'No hay oportunidades abiertas{{- filters}}{{- period}}.',
      PERSON: '{{name}} no tiene oportunidades abiertas{{- filters}}{{- period}}.',
    },
    cardTitle: 'Mejores oportunidades',
    cardItem: '{{ordinal}}. {{name}} ({{account}}): {{amount}}, {{stage}}, cierre {{closeDate}}',
  },
};
