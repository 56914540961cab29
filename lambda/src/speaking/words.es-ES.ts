/** Palabras que los ayudantes de habla leen en lo que captó un slot (speaking/heard.ts); ellos no dicen nada. */
export const words = {
  amount: {
    heard: {
      /** Palabras antes de un importe que no dicen nada más: "por", "de unos", "por valor de". */
      lead: ['por', 'de', 'a', 'con', 'unos', 'unas', 'sobre', 'alrededor de', 'aproximadamente', 'más o menos', 'por valor de', 'valorada en', 'y'],
      // "1,5 millones de dólares": after millions the currency comes with "de".
      currency: ['dólar', 'dólares', 'de dólares', 'euro', 'euros', 'de euros', 'libra', 'libras', 'de libras', 'franco', 'francos', 'de francos'],
      // "mil" is a thousand in Spanish (in English slang it is a million).
      thousand: ['mil', 'k'],
      million: ['millón', 'millones', 'm'],
      one: ['un', 'una'],
      /**
       * Los números en palabras, cada lista en el orden de sus valores (speaking/amountWords.ts): las unidades de una sola
       * palabra desde cero (hasta veintinueve), las decenas desde veinte. "Doscientos" a "novecientos" no se leen así: la
       * skill vuelve a preguntar en vez de adivinar.
       */
      units: [
        'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce',
        'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés',
        'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve',
      ],
      tens: ['veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'],
      hundred: ['cien', 'ciento'],
      /** "Treinta y cinco". */
      and: ['y'],
      point: ['coma'],
      /** "Medio millón". */
      half: ['medio', 'media'],
    },
  },
};
