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
      /** Los números en letras, de cero a diecinueve y las decenas ("cincuenta mil"; "veinticinco" no se lee y se pregunta). */
      units: [
        'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece',
        'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve',
      ],
      tens: ['veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'],
      hundred: ['cien', 'ciento'],
      /** Entre decenas y unidades: "treinta y cinco". */
      and: ['y'],
      point: ['coma'],
      half: ['medio', 'media'],
    },
  },
};
