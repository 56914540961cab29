/** Las preguntas de seguimiento, que cambian una parte de la última pregunta ("¿y el trimestre que viene?"). */
export const words = {
  followUp: {
    nothing: 'Todavía no hay ninguna pregunta que cambiar. Pregúntame algo primero, por ejemplo: mis 5 mejores oportunidades. ¿Qué quieres?',
    notADay: 'Te leo tu propio día, un día cada vez, y {{heard}} no es un día que pueda leerte. Di por ejemplo: ¿y mañana?, o ¿y el viernes?',
    notADayReprompt: '¿Qué día quieres oír?',
    /** Palabras antes de un día de la semana (speaking/heard.ts): "¿y el viernes?", "¿y este lunes?". */
    heard: {
      dayLead: ['el', 'este', 'para el', 'y el', 'y', 'del', 'y este', 'para este'],
    },
  },
};
