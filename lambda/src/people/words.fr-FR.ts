/** Demander quelle personne était visée, et redire un nom qui ne correspond à personne. */
export const words = {
  people: {
    which: 'Quel {{name}} : {{- choices}} ?',
    unknown: "Je n'ai trouvé personne du nom de {{heard}} parmi les personnes que vous voyez dans Salesforce.",
  },
};
