/** Recuentos, totales y medias de oportunidades: "tienes 12 oportunidades abiertas por valor de 3,4 millones de dólares", "el importe medio de tus ganadas". */
export const words = {
  dealStats: {
    /**
     * {{what}} es `worth`, o `worthOver` cuando ya sigue un importe a las oportunidades; en ellas {{deals}} es "12
     * oportunidades abiertas", {{filters}} " en commit", {{closing}} " con cierre este trimestre" o nada.
     */
    open: {
      MINE: 'Tienes {{- what}}.',
      TEAM: 'Tu equipo tiene {{- what}}.',
      ALL: 'Tu empresa tiene {{- what}}.',
      PERSON: '{{name}} tiene {{- what}}.',
    },
    worth: '{{- deals}}{{- filters}}{{- closing}} por valor de {{- amount}}',
    worthOver: '{{- deals}}{{- filters}}{{- closing}}, por valor de {{- amount}} en total',
    /** Oportunidades abiertas, ninguna con importe: "por valor de 0 dólares" sería una respuesta falsa. */
    openUnpriced: {
      MINE: 'Tienes {{- deals}}{{- filters}}{{- closing}}, ninguna con importe todavía.',
      TEAM: 'Tu equipo tiene {{- deals}}{{- filters}}{{- closing}}, ninguna con importe todavía.',
      ALL: 'Tu empresa tiene {{- deals}}{{- filters}}{{- closing}}, ninguna con importe todavía.',
      PERSON: '{{name}} tiene {{- deals}}{{- filters}}{{- closing}}, ninguna con importe todavía.',
    },
    noOpen: {
      MINE: 'No tienes oportunidades abiertas{{- filters}}{{- closing}}.',
      TEAM: 'Tu equipo no tiene oportunidades abiertas{{- filters}}{{- closing}}.',
      ALL: 'No hay oportunidades abiertas{{- filters}}{{- closing}}.',
      PERSON: '{{name}} no tiene oportunidades abiertas{{- filters}}{{- closing}}.',
    },
    openDeals_one: '{{count}} oportunidad abierta',
    openDeals_many: '{{count}} oportunidades abiertas',
    openDeals_other: '{{count}} oportunidades abiertas',
    closing: ' con cierre {{- period}}',
    /** Se dice tras un total o una media de abiertas cuando algunas no tienen importe. */
    unpriced_one: '{{count}} de ellas todavía no tiene importe.',
    unpriced_many: '{{count}} de ellas todavía no tienen importe.',
    unpriced_other: '{{count}} de ellas todavía no tienen importe.',

    /**
     * Spanish names whose deals inside the sentence ("el importe medio de tus oportunidades ganadas"), so each
     * scope has its own sentence (the scope is the context); the plain key is the one for a person.
     */
    averageWon: 'El importe medio de las oportunidades ganadas de {{name}} {{- period}} {{verb}} de {{- amount}}, sobre {{- deals}}.',
    averageWon_MINE: 'El importe medio de tus oportunidades ganadas {{- period}} {{verb}} de {{- amount}}, sobre {{- deals}}.',
    averageWon_TEAM: 'El importe medio de las oportunidades ganadas de tu equipo {{- period}} {{verb}} de {{- amount}}, sobre {{- deals}}.',
    averageWon_ALL: 'El importe medio de las oportunidades ganadas {{- period}} {{verb}} de {{- amount}}, sobre {{- deals}}.',
    averageOpen: 'El importe medio de las oportunidades abiertas de {{name}}{{- filters}}{{- closing}} es de {{- amount}}, sobre {{- deals}}.',
    averageOpen_MINE: 'El importe medio de tus oportunidades abiertas{{- filters}}{{- closing}} es de {{- amount}}, sobre {{- deals}}.',
    averageOpen_TEAM: 'El importe medio de las oportunidades abiertas de tu equipo{{- filters}}{{- closing}} es de {{- amount}}, sobre {{- deals}}.',
    averageOpen_ALL: 'El importe medio de las oportunidades abiertas{{- filters}}{{- closing}} es de {{- amount}}, sobre {{- deals}}.',
    is: 'es',
    was: 'fue',
    /** Ganadas, algunas sin importe: la media es de las demás, y se dice. */
    pricedDeals_one: '{{count}} oportunidad con importe',
    pricedDeals_many: '{{count}} oportunidades con importe',
    pricedDeals_other: '{{count}} oportunidades con importe',
    wonUnpriced_one: 'Hay {{count}} oportunidad ganada más sin importe.',
    wonUnpriced_many: 'Hay {{count}} oportunidades ganadas más sin importe.',
    wonUnpriced_other: 'Hay {{count}} oportunidades ganadas más sin importe.',
    openUnpricedMore_one: 'Hay {{count}} oportunidad abierta más todavía sin importe.',
    openUnpricedMore_many: 'Hay {{count}} oportunidades abiertas más todavía sin importe.',
    openUnpricedMore_other: 'Hay {{count}} oportunidades abiertas más todavía sin importe.',
    noWins: {
      MINE: 'No has ganado ninguna oportunidad {{- period}}, así que todavía no hay importe medio.',
      TEAM: 'Tu equipo no ha ganado ninguna oportunidad {{- period}}, así que todavía no hay importe medio.',
      ALL: 'Nadie ha ganado una oportunidad {{- period}}, así que todavía no hay importe medio.',
      PERSON: '{{name}} no ha ganado ninguna oportunidad {{- period}}, así que todavía no hay importe medio.',
    },
    winsUnpriced: {
      MINE: 'Has ganado {{- deals}} {{- period}}, pero ninguna tiene importe, así que no hay importe medio.',
      TEAM: 'Tu equipo ha ganado {{- deals}} {{- period}}, pero ninguna tiene importe, así que no hay importe medio.',
      ALL: 'Tu empresa ha ganado {{- deals}} {{- period}}, pero ninguna tiene importe, así que no hay importe medio.',
      PERSON: '{{name}} ha ganado {{- deals}} {{- period}}, pero ninguna tiene importe, así que no hay importe medio.',
    },
    openUnpricedAverage: {
      MINE: 'Ninguna de tus oportunidades abiertas{{- filters}}{{- closing}} tiene importe todavía, así que no hay media.',
      TEAM: 'Ninguna de las oportunidades abiertas de tu equipo{{- filters}}{{- closing}} tiene importe todavía, así que no hay media.',
      ALL: 'Ninguna de las oportunidades abiertas{{- filters}}{{- closing}} tiene importe todavía, así que no hay media.',
      PERSON: 'Ninguna de las oportunidades abiertas de {{name}}{{- filters}}{{- closing}} tiene importe todavía, así que no hay media.',
    },
  },
};
