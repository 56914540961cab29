/** Crear una oportunidad: lo que se pregunta, se confirma y se dice cuando está creada. */
export const words = {
  newOpportunity: {
    askAccount: '¿Para qué cuenta es la oportunidad?',
    askAmount: '¿Cuánto vale?',
    askCloseDate: '¿Cuándo esperas cerrarla?',
    badAmount: 'Necesito un importe mayor que cero. ¿Cuánto vale?',
    vagueCloseDate: '¿Qué día esperas cerrarla?',
    pastCloseDate: 'Esa fecha ya ha pasado. ¿Cuándo esperas cerrarla?',
    name: '{{account}} - {{month}}',
    confirm: '¿Creo {{name}}, por {{- amount}}, con cierre {{- day}}?',
    done: 'Hecho. {{name}} está en {{stage}}, por {{- amount}}, con cierre {{- day}}.',
    repeated: 'Esa oportunidad ya está en Salesforce: {{name}}, en {{stage}}.',
    cancelled: 'Vale, ninguna oportunidad nueva.',
    refused: 'Salesforce no ha aceptado la oportunidad: {{message}}',
    explain: 'Estoy creando una oportunidad. Responde a mi pregunta, o cambia lo que tengo, por ejemplo: mejor 60.000, o con cierre en marzo. Di cancelar para dejarlo.',
    help: 'Estoy creando una oportunidad. Dilo de una vez, por ejemplo: crea una oportunidad para Initech de 50.000 dólares con cierre el mes que viene. O di cancelar. ¿Qué quieres?',
  },
};
