/** Lo que comparten todas las conversaciones: monedas, días, periodos, saludo, ayuda, problemas, vinculación de la cuenta. */
export const words = {
  /**
   * Spanish says "de" between a noun of scale and what it counts: "1,5 millones de dólares", "745 mil dólares"
   * (mil is no noun). MILLIONS is the context money.ts gives an amount said in millions.
   */
  currency: {
    USD_one: 'dólar', USD_many: 'dólares', USD_other: 'dólares', USD_MILLIONS: 'de dólares',
    EUR_one: 'euro', EUR_many: 'euros', EUR_other: 'euros', EUR_MILLIONS: 'de euros',
    GBP_one: 'libra', GBP_many: 'libras', GBP_other: 'libras', GBP_MILLIONS: 'de libras',
    CAD_one: 'dólar canadiense', CAD_many: 'dólares canadienses', CAD_other: 'dólares canadienses', CAD_MILLIONS: 'de dólares canadienses',
    AUD_one: 'dólar australiano', AUD_many: 'dólares australianos', AUD_other: 'dólares australianos', AUD_MILLIONS: 'de dólares australianos',
    JPY_one: 'yen', JPY_many: 'yenes', JPY_other: 'yenes', JPY_MILLIONS: 'de yenes',
    CHF_one: 'franco suizo', CHF_many: 'francos suizos', CHF_other: 'francos suizos', CHF_MILLIONS: 'de francos suizos',
  },
  day: {
    today: 'hoy',
    tomorrow: 'mañana',
    yesterday: 'ayer',
    weekday: 'el {{weekday}}',
    lastWeekday: 'el {{weekday}} pasado',
    date: 'el {{date}}',
  },
  /** Spanish keeps the article where English drops "on": "cierre el 9 de diciembre", "vencía el viernes". */
  dayAfterPreposition: {
    today: 'hoy',
    tomorrow: 'mañana',
    yesterday: 'ayer',
    weekday: 'el {{weekday}}',
    lastWeekday: 'el {{weekday}} pasado',
    date: 'el {{date}}',
  },
  period: {
    // Said after "con cierre" and on their own: "con cierre este trimestre".
    TODAY: 'hoy', TOMORROW: 'mañana',
    THIS_WEEK: 'esta semana', NEXT_WEEK: 'la semana que viene', LAST_WEEK: 'la semana pasada',
    THIS_MONTH: 'este mes', NEXT_MONTH: 'el mes que viene', LAST_MONTH: 'el mes pasado',
    THIS_QUARTER: 'este trimestre', NEXT_QUARTER: 'el próximo trimestre', LAST_QUARTER: 'el trimestre pasado',
    THIS_YEAR: 'este año', NEXT_YEAR: 'el año que viene', LAST_YEAR: 'el año pasado',
    THIS_FISCAL_QUARTER: 'este trimestre fiscal', NEXT_FISCAL_QUARTER: 'el próximo trimestre fiscal', LAST_FISCAL_QUARTER: 'el trimestre fiscal pasado',
    THIS_FISCAL_YEAR: 'este año fiscal', NEXT_FISCAL_YEAR: 'el próximo año fiscal', LAST_FISCAL_YEAR: 'el año fiscal pasado',
    quarter: 'en el Q{{n}}',
    quarterOfYear: 'en el Q{{n}} de {{year}}',
    fiscalQuarter: 'en el Q{{n}} fiscal, de {{from}} a {{to}}',
    month: 'en {{month}}',
    monthOfYear: 'en {{month}} de {{year}}',
    yearToDate: 'en lo que va de año fiscal',
  },
  // Spanish writes an ordinal as the number and "º" ("2.º"), said "segundo" [unconfirmed: how Alexa reads "2.º"].
  ordinal_ordinal_other: '{{count}}.º',
  launch: {
    speech: 'Hola, {{firstName}}. Pídeme tus mejores oportunidades, tus ganadas y perdidas o tu pipeline; di: empieza la revisión del pipeline; o pídeme que programe una reunión. ¿Qué quieres?',
    reprompt: 'Prueba a decir: ¿cuáles son mis 5 mejores oportunidades?',
  },
  help: {
    speech: 'Te leo y te actualizo tu pipeline de Salesforce. Puedes decir: mis 5 mejores oportunidades, cómo nos fue el trimestre pasado, qué tengo hoy, pasa la oportunidad de Acme a negociación, apunta una llamada con Globex, o recuérdame llamar a Initech mañana. ¿Qué quieres?',
    inList: 'Puedes decir siguiente, atrás, cuéntame más de la segunda, o repite. O pregunta otra cosa, por ejemplo: cómo nos fue el trimestre pasado. ¿Qué quieres?',
    inReview: 'Estás en una revisión del pipeline. Di siguiente, atrás, siguiente comercial, cuántas quedan, pausa la revisión o terminamos. ¿Qué quieres?',
    reprompt: '¿Qué quieres saber de tu pipeline?',
  },
  fallback: {
    speech: 'Lo siento, con eso todavía no puedo ayudarte. Puedo leerte tus mejores oportunidades, tus ganadas y perdidas, tu pipeline o tu día, repasar el pipeline contigo, cambiar una oportunidad, apuntar una llamada, una nota o un recordatorio, programar una reunión, o crear un caso o una oportunidad. ¿Qué quieres?',
    inList: 'Perdona, no te he entendido. Puedes decir siguiente, atrás, o cuéntame más de la segunda. ¿Qué quieres?',
    inReview: 'Perdona, no te he entendido. En la revisión puedes decir siguiente, atrás, siguiente comercial o terminamos. ¿Qué quieres?',
    inWrite: 'Perdona, no te he entendido.',
    reprompt: 'Puedes decir: mis 5 mejores oportunidades. ¿Qué quieres?',
  },
  progress: { checking: 'Un momento, lo miro en Salesforce.' },
  goodbye: 'Vale. Hasta luego.',
  goodbyeReviewSaved: 'Vale. Tu revisión está guardada: para retomarla hoy o mañana, di: pide a asistente de ventas que siga con la revisión. Hasta luego.',
  declined: 'Vale. ¿Qué más quieres saber?',
  nothingPending: '¿Qué quieres? Puedes decir: mis 5 mejores oportunidades, o programa una reunión.',
  nothingToRepeat: 'Todavía no he dicho nada. Puedes pedirme tus 5 mejores oportunidades. ¿Qué quieres?',
  link: {
    speech: 'Para usar asistente de ventas, vincula tu cuenta de Salesforce en la app de Alexa. Te he enviado allí una tarjeta para empezar.',
    expired: 'Tu vinculación con Salesforce ha caducado o se ha revocado. Vuelve a vincular tu cuenta en la app de Alexa; te he enviado allí una tarjeta.',
  },
  problem: {
    unavailable: 'Salesforce no responde ahora mismo. Vuelve a intentarlo en un minuto.',
    limit: 'Vuestra org de Salesforce ha gastado sus peticiones a la API de hoy, así que ahora no puedo mirarlo. Inténtalo más tarde o pregunta a tu administrador.',
    storage: 'Lo siento, mi propio almacenamiento no responde ahora mismo. Vuelve a intentarlo en un minuto.',
    generic: 'Lo siento, algo ha fallado al mirar en Salesforce. Vuelve a intentarlo.',
    notUnderstood: 'Perdona, no te he entendido. ¿Qué quieres?',
  },
};
