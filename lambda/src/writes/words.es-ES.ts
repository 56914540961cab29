/** Lo que comparten todas las escrituras: qué cuenta, un rechazo, una escritura en curso, qué más. */
export const words = {
  writes: {
    account: {
      several: '¿Qué cuenta: {{- choices}}?',
      none: 'No he encontrado ninguna cuenta llamada {{spoken}} en Salesforce. ¿Qué cuenta?',
    },
    rejected: 'Salesforce no lo ha aceptado: {{message}}',
    inProgress: 'Todavía lo estoy guardando. Pregúntame otra vez en un momento.',
    // Said when the skill's own table (DynamoDB) fails: nothing of Salesforce's doing, so Salesforce is not named.
    notSaved: 'Lo siento, mi propio almacenamiento no responde ahora mismo, así que no he guardado nada. Vuelve a intentarlo en un minuto.',
    outcomeUnknown: 'Salesforce no me ha dado una respuesta clara, así que no sé si se ha guardado. Pregúntame otra vez en un momento y lo comprobaré antes de guardar nada dos veces.',
    anythingElse: '¿Qué más puedo hacer por ti?',
    nothingToChange: 'Ahora mismo no se está programando ni creando nada que cambiar. ¿Qué quieres?',
  },
};
