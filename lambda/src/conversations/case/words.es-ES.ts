/** Abrir un caso: lo que se pregunta, se confirma y se dice cuando está abierto. */
export const words = {
  case: {
    askAccount: '¿Para qué cuenta es el caso?',
    askSubject: '¿De qué trata el caso?',
    confirm: '¿Abro un caso de prioridad {{priority}} para {{account}} sobre {{subject, lowercase}}?',
    done: 'Hecho. El caso <say-as interpret-as="digits">{{number}}</say-as> está abierto para {{account}}: {{subject, lowercase}}, prioridad {{priority}}.',
    repeated: 'Ese caso ya está abierto: número <say-as interpret-as="digits">{{number}}</say-as>, para {{account}}.',
    cancelled: 'Vale, ningún caso.',
    refused: 'Salesforce no ha aceptado el caso: {{message}}',
    priority: { High: 'alta', Medium: 'media', Low: 'baja' },
    explain: 'Estoy abriendo un caso. Responde a mi pregunta, o cambia lo que tengo, por ejemplo: ponlo con prioridad alta. Di cancelar para dejarlo.',
    help: 'Estoy abriendo un caso. Dilo de una vez, por ejemplo: abre un caso para Acme por una impresora rota. O di cancelar. ¿Qué quieres?',
    /** Palabras que el código lee en lo que captó un slot (speaking/heard.ts). */
    heard: {
      /** Antes del asunto: "un problema de acceso". */
      article: ['un', 'una', 'el', 'la', 'los', 'las', 'unos', 'unas'],
      /** Antes de un asunto captado tras el nombre de la cuenta: "para Globex por su escáner". */
      subjectLead: ['sobre', 'por', 'de', 'acerca de', 'con', 'porque', 'es por', 'el tema es', 'tema'],
      /** Con la prioridad al final del asunto: "…, prioridad alta". */
      priority: ['prioridad'],
      /** Antes: "con prioridad alta", "es de prioridad alta". */
      priorityLead: ['con', 'de', 'es de', 'con una', 'es', 'y'],
      /** Una prioridad dicha sola al final del asunto: "…, urgente". */
      alone: ['urgente', 'crítico', 'critico', 'muy urgente'],
    },
  },
};
