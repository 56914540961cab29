/** The pipeline: amounts by forecast category, what closes this month, what is slipping; one category's deals. */
export const words = {
  pipeline: {
    category: { COMMIT: 'commit', BEST_CASE: 'best case', PIPELINE: 'pipeline', OMITTED: 'omitted' },
    open: {
      MINE: 'You have {{- amount}} of open pipeline closing {{- period}}, in {{- deals}}',
      TEAM: 'Your team has {{- amount}} of open pipeline closing {{- period}}, in {{- deals}}',
      ALL: 'Your org has {{- amount}} of open pipeline closing {{- period}}, in {{- deals}}',
    },
    noOpen: {
      MINE: 'You have no open deals closing {{- period}}.',
      TEAM: 'Your team has no open deals closing {{- period}}.',
      ALL: 'There are no open deals closing {{- period}}.',
    },
    split: ': {{- parts}}.',
    allIn: ': all of it in {{category}}.',
    inCategory: '{{- amount}} in {{category}}',
    month_one: '{{count}} deal worth {{- amount}} closes this month.',
    month_other: '{{count}} deals worth {{- amount}} close this month.',
    monthNone: 'Nothing else is due to close this month.',
    slipping_one: '{{count}} deal worth {{- amount}} is slipping: its close date has passed.',
    slipping_other: '{{count}} deals worth {{- amount}} are slipping: their close dates have passed.',
    slippingNone: 'Nothing is slipping.',
    followUp: 'You can ask what’s in commit, or which deals are slipping. What would you like?',
    followUpReprompt: 'You can ask: which deals are slipping? What would you like?',
    slice: {
      category: {
        MINE: 'You have {{- amount}} in {{category}} closing {{- period}}, from {{- deals}}.',
        TEAM: 'Your team has {{- amount}} in {{category}} closing {{- period}}, from {{- deals}}.',
        ALL: 'Your org has {{- amount}} in {{category}} closing {{- period}}, from {{- deals}}.',
      },
      slipping_one: '{{count}} of {{- whose}} deals, worth {{- amount}}, is slipping: its close date has passed.',
      slipping_other: '{{count}} of {{- whose}} deals, worth {{- amount}}, are slipping: their close dates have passed.',
      biggest_one: 'The biggest:',
      biggest_other: 'The biggest {{count}}:',
      all_one: 'Here it is:',
      all_other: 'Here they are:',
      categoryNone: {
        MINE: 'You have nothing in {{category}} closing {{- period}}.',
        TEAM: 'Your team has nothing in {{category}} closing {{- period}}.',
        ALL: 'There is nothing in {{category}} closing {{- period}}.',
      },
      slippingNone: 'None of {{- whose}} open deals are slipping.',
      categoryTitle: 'Pipeline: {{category}}',
      slippingTitle: 'Slipping deals',
    },
  },
};
