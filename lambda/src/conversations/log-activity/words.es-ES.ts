/** Apuntar una llamada, añadir una nota, poner un recordatorio: lo que se pregunta, se confirma y se dice cuando está hecho. */
export const words = {
  logActivity: {
    askDeal: '¿Qué oportunidad?',
    whichDeal: '¿Qué oportunidad: {{- choices}}?',
    noDeal: 'No he encontrado ninguna oportunidad llamada {{heard}} en Salesforce. ¿Qué oportunidad?',
    noPosition: 'No tengo una lista de oportunidades por la que contar. {{- question}}',
    /** Palabras que el código lee en lo que captó un slot (speaking/heard.ts). */
    heard: {
      /** En el lugar de la cuenta, el cliente de la oportunidad de la que se habla: "recuérdame llamar al cliente el lunes". */
      customer: [
        'ellos', 'ellas', 'él', 'ella', 'cliente', 'clienta', 'el cliente', 'al cliente', 'la clienta', 'a la clienta', 'este cliente', 'a este cliente',
        'ese cliente', 'a ese cliente', 'la cuenta', 'esta cuenta', 'esa cuenta', 'les', 'le',
      ],
      /** Antes de lo dictado: "que quieren una propuesta", "diciendo que …". */
      dictationLead: ['que', 'diciendo que', 'dicen que', 'ha dicho que', 'han dicho que', 'apunta que', 'anota que', 'nota que'],
      /** Entre el nombre de la cuenta y las notas dichas con él: "he llamado a Acme y necesitan las cifras". */
      afterName: ['y'],
    },
  },
  logCall: {
    askWho: '¿Con qué cuenta fue la llamada?',
    askNotes: '¿Qué apunto de la llamada?',
    confirm: {
      Account: '¿Apunto una llamada con {{target}} de hoy, con la nota: {{gist}}?',
      Opportunity: '¿Apunto una llamada sobre {{target}} de hoy, con la nota: {{gist}}?',
    },
    subject: 'Llamada con {{account}}',
    done: 'Hecho. {{subject}} está en Salesforce como llamada completada de hoy, con tus notas.',
    repeated: 'Esa llamada ya está apuntada: {{subject}}, hoy.',
    cancelled: 'Vale, no he apuntado ninguna llamada.',
    refused: 'Salesforce no ha aceptado la llamada: {{message}}',
    explain: 'Estoy apuntando una llamada. Responde a mi pregunta, o di cancelar para dejarlo.',
    help: 'Estoy apuntando una llamada. Dilo de una vez, por ejemplo: apunta una llamada con Globex, quieren un presupuesto nuevo. O di cancelar. ¿Qué quieres?',
  },
  addNote: {
    askWhere: '¿Para qué oportunidad o cuenta es la nota?',
    askText: '¿Qué pongo en la nota?',
    confirm: '¿Añado una nota a {{target}}: {{gist}}?',
    done: 'Hecho. La nota está en {{target}} en Salesforce.',
    doneAsTask: 'Tu Salesforce no tiene las notas activadas, así que la he guardado como una tarea completada en {{target}}.',
    repeated: 'Esa nota ya está en {{target}}.',
    cancelled: 'Vale, sin nota.',
    refused: 'Salesforce no ha aceptado la nota: {{message}}',
    explain: 'Estoy añadiendo una nota. Responde a mi pregunta, o di cancelar para dejarlo.',
    help: 'Estoy añadiendo una nota. Dilo así: añade una nota a la oportunidad de Northwind. O di cancelar. ¿Qué quieres?',
  },
  reminder: {
    askWho: {
      call: '¿A quién te recuerdo llamar?',
      followUp: '¿Con quién te recuerdo hacer el seguimiento?',
      email: '¿A quién te recuerdo escribir un correo?',
    },
    askDay: '¿Qué día te lo recuerdo?',
    vagueDay: '¿Qué día exactamente?',
    pastDay: 'Ese día ya ha pasado. ¿Qué día te lo recuerdo?',
    confirm: {
      call: '¿Te recuerdo llamar a {{target}} {{day}}, a {{time, oneOClock(one: la; other: las)}}?',
      followUp: '¿Te recuerdo hacer el seguimiento con {{target}} {{day}}, a {{time, oneOClock(one: la; other: las)}}?',
      email: '¿Te recuerdo escribir un correo a {{target}} {{day}}, a {{time, oneOClock(one: la; other: las)}}?',
    },
    subject: {
      call: 'Llamar a {{account}}',
      followUp: 'Seguimiento con {{account}}',
      email: 'Escribir un correo a {{account}}',
    },
    done: 'Hecho. {{subject}} está en tus tareas, para {{day}}, con un recordatorio a {{time, oneOClock(one: la; other: las)}}.',
    repeated: 'Ese recordatorio ya está puesto: {{subject}}, {{day}}.',
    cancelled: 'Vale, sin recordatorio.',
    refused: 'Salesforce no ha aceptado el recordatorio: {{message}}',
    explain: 'Estoy poniendo un recordatorio. Responde a mi pregunta, o di cancelar para dejarlo.',
    help: 'Estoy poniendo un recordatorio. Dilo así: recuérdame llamar a Initech el martes que viene, o hacer el seguimiento con Globex el viernes. O di cancelar. ¿Qué quieres?',
  },
};
