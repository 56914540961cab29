/** Les relances qui changent une partie de la dernière question ("et le trimestre prochain ?"). */
export const words = {
  followUp: {
    nothing: "Il n'y a pas encore de question à modifier. Demandez-moi d'abord quelque chose, par exemple : mes 5 plus grosses affaires. Que voulez-vous ?",
    notADay: "Je lis votre journée un jour à la fois, et {{heard}} n'est pas un jour que je peux lire. Dites par exemple : et demain, ou et vendredi ?",
    notADayReprompt: 'Quel jour voulez-vous entendre ?',
    /** Mots avant un jour de la semaine (speaking/heard.ts) : « et vendredi », « et lundi prochain » se lit sans eux. */
    heard: {
      dayLead: ['le', 'ce', 'et', 'pour', 'à'],
    },
  },
};
