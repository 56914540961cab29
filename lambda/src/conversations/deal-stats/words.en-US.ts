/** Counts, totals and averages of deals: "you have 12 open deals worth 3.4 million dollars", "your average won deal". */
export const words = {
  dealStats: {
    /**
     * {{what}} is `worth`, or `worthOver` when an amount already follows the deals; in them {{deals}} is "12 open
     * deals", {{filters}} " in commit", {{closing}} " closing this quarter" or nothing.
     */
    open: {
      MINE: 'You have {{- what}}.',
      TEAM: 'Your team has {{- what}}.',
      ALL: 'Your org has {{- what}}.',
      PERSON: '{{name}} has {{- what}}.',
    },
    worth: '{{- deals}}{{- filters}} worth {{- amount}}{{- closing}}',
    worthOver: '{{- deals}}{{- filters}}{{- closing}}, worth {{- amount}} in all',
    /** Open deals, none of which has an amount: "worth 0 dollars" would be a wrong answer. */
    openUnpriced: {
      MINE: 'You have {{- deals}}{{- filters}}{{- closing}}, none with an amount yet.',
      TEAM: 'Your team has {{- deals}}{{- filters}}{{- closing}}, none with an amount yet.',
      ALL: 'Your org has {{- deals}}{{- filters}}{{- closing}}, none with an amount yet.',
      PERSON: '{{name}} has {{- deals}}{{- filters}}{{- closing}}, none with an amount yet.',
    },
    noOpen: {
      MINE: 'You have no open deals{{- filters}}{{- closing}}.',
      TEAM: 'Your team has no open deals{{- filters}}{{- closing}}.',
      ALL: 'There are no open deals{{- filters}}{{- closing}}.',
      PERSON: '{{name}} has no open deals{{- filters}}{{- closing}}.',
    },
    openDeals_one: '{{count}} open deal',
    openDeals_other: '{{count}} open deals',
    closing: ' closing {{- period}}',
    /** Said after an open total or average when some deals have no amount. */
    unpriced_one: '{{count}} of them has no amount yet.',
    unpriced_other: '{{count}} of them have no amount yet.',

    /** {{whose}} is "Your", "Your team’s", "The", "Lena Fischer’s" (capitalised); {{period}} "this quarter". */
    averageWon: '{{- whose}} average won deal {{- period}} {{verb}} {{- amount}}, over {{- deals}}.',
    averageOpen: '{{- whose}} average open deal{{- filters}}{{- closing}} is {{- amount}}, over {{- deals}}.',
    is: 'is',
    was: 'was',
    /** Won deals, of which some have no amount: the average is of the others, and it says so. */
    pricedDeals_one: '{{count}} deal with an amount',
    pricedDeals_other: '{{count}} deals with an amount',
    wonUnpriced_one: '{{count}} more won deal has no amount.',
    wonUnpriced_other: '{{count}} more won deals have no amount.',
    openUnpricedMore_one: '{{count}} more open deal has no amount yet.',
    openUnpricedMore_other: '{{count}} more open deals have no amount yet.',
    noWins: {
      MINE: 'You won no deals {{- period}}, so there’s no average deal size yet.',
      TEAM: 'Your team won no deals {{- period}}, so there’s no average deal size yet.',
      ALL: 'No one won a deal {{- period}}, so there’s no average deal size yet.',
      PERSON: '{{name}} won no deals {{- period}}, so there’s no average deal size yet.',
    },
    winsUnpriced: {
      MINE: 'You won {{- deals}} {{- period}}, but none has an amount, so there’s no average deal size.',
      TEAM: 'Your team won {{- deals}} {{- period}}, but none has an amount, so there’s no average deal size.',
      ALL: 'Your org won {{- deals}} {{- period}}, but none has an amount, so there’s no average deal size.',
      PERSON: '{{name}} won {{- deals}} {{- period}}, but none has an amount, so there’s no average deal size.',
    },
    openUnpricedAverage: {
      MINE: 'None of your open deals{{- filters}}{{- closing}} has an amount yet, so there’s no average.',
      TEAM: 'None of your team’s open deals{{- filters}}{{- closing}} has an amount yet, so there’s no average.',
      ALL: 'None of the open deals{{- filters}}{{- closing}} has an amount yet, so there’s no average.',
      PERSON: 'None of {{name}}’s open deals{{- filters}}{{- closing}} has an amount yet, so there’s no average.',
    },
  },
};
