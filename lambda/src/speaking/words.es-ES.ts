/** Palabras que los ayudantes de habla leen en lo que captó un slot (speaking/heard.ts); ellos no dicen nada. */
export const words = {
  amount: {
    heard: {
      /** Antes de un importe, sin decir nada más: "por", "de unos", "por valor de". */
      lead: ['por', 'de', 'a', 'en', 'por valor de', 'valorada en', 'valorado en', 'que vale', 'vale', 'unos', 'unas', 'sobre', 'alrededor de', 'aproximadamente', 'casi', 'y', 'con'],
      currency: ['dólar', 'dólares', 'euro', 'euros', 'libra', 'libras', 'pavos', 'de dólares', 'de euros', 'de libras'],
      thousand: ['mil', 'k'],
      million: ['millón', 'millones'],
      /** Una palabra para uno antes de una escala: "un millón". */
      one: ['un', 'una', 'uno'],
    },
  },
};
