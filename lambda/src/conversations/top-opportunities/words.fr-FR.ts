/**
 * Les plus grosses affaires : l'introduction et une courte phrase par affaire (le défilement est dans lists/, les mots
 * des affaires dans deals/). En français le possessif porte le groupe entier ("Vos 3 plus grosses affaires ouvertes",
 * "Les 3 plus grosses affaires ouvertes de votre équipe"), d'où un groupe nominal complet par portée et par nombre.
 */
export const words = {
  topOpportunities: {
    whose: {
      MINE_one: 'Votre plus grosse affaire ouverte', MINE_many: 'Vos {{count}} plus grosses affaires ouvertes', MINE_other: 'Vos {{count}} plus grosses affaires ouvertes',
      TEAM_one: 'La plus grosse affaire ouverte de votre équipe', TEAM_many: 'Les {{count}} plus grosses affaires ouvertes de votre équipe', TEAM_other: 'Les {{count}} plus grosses affaires ouvertes de votre équipe',
      ALL_one: "La plus grosse affaire ouverte de l'entreprise", ALL_many: "Les {{count}} plus grosses affaires ouvertes de l'entreprise", ALL_other: "Les {{count}} plus grosses affaires ouvertes de l'entreprise",
      PERSON_one: 'La plus grosse affaire ouverte de {{name}}', PERSON_many: 'Les {{count}} plus grosses affaires ouvertes de {{name}}', PERSON_other: 'Les {{count}} plus grosses affaires ouvertes de {{name}}',
    },
    intro_one: '{{- whose}}{{- filters}}{{- period}}, en {{- currency}} :',
    intro_many: '{{- whose}}{{- filters}}{{- period}}, en {{- currency}} :',
    intro_other: '{{- whose}}{{- filters}}{{- period}}, en {{- currency}} :',
    periodSuffix: ' à clôturer {{- period}}',
    item: '{{- place}}{{- deal}} : {{- amount}}, {{- closing}}.',
    place: '{{- position}}, ',
    none: {
      MINE: "Vous n'avez aucune affaire ouverte{{- filters}}{{- period}}.",
      TEAM: "Votre équipe n'a aucune affaire ouverte{{- filters}}{{- period}}.",
      ALL: "Il n'y a aucune affaire ouverte{{- filters}}{{- period}}.",
      PERSON: "{{name}} n'a aucune affaire ouverte{{- filters}}{{- period}}.",
    },
    cardTitle: 'Plus grosses affaires',
    cardItem: '{{ordinal}} {{name}} ({{account}}) : {{amount}}, {{stage}}, clôture {{closeDate}}',
  },
};
