/** The pipeline: amounts by forecast category, what closes this month, what is slipping; one category's deals. */
export const words = {
  pipeline: {
    category: { COMMIT: 'commit', BEST_CASE: 'best case', PIPELINE: 'pipeline', OMITTED: 'omitted' },
    open: {
      MINE: 'You have {{- amount}} open, closing {{- period}}, in {{- deals}}',
      TEAM: 'Your team has {{- amount}} open, closing {{- period}}, in {{- deals}}',
      ALL: 'Your org has {{- amount}} open, closing {{- period}}, in {{- deals}}',
    },
    noOpen: {
      MINE: 'You have no open deals closing {{- period}}.',
      TEAM: 'Your team has no open deals closing {{- period}}.',
      ALL: 'There are no open deals closing {{- period}}.',
    },
    split: ': {{- parts}}.',
    allIn: ': all of it in {{category}}.',
    inCategory: '{{- amount}} in {{category}}',
    month_one: 'Closing this month: {{count}} deal, {{- amount}}.',
    month_other: 'Closing this month: {{count}} deals, {{- amount}}.',
    monthNone: 'Nothing else is due to close this month.',
    slipping_one: 'Slipping: {{count}} deal, {{- amount}}.',
    slipping_other: 'Slipping: {{count}} deals, {{- amount}}.',
    slippingNone: 'Nothing is slipping.',
    followUp: 'Want to hear what’s in commit, or what’s slipping?',
    followUpReprompt: 'You can ask: which deals are slipping? What would you like?',
    slice: {
      category: {
        MINE: 'You have {{- amount}} in {{category}} closing {{- period}}, from {{- deals}}.',
        TEAM: 'Your team has {{- amount}} in {{category}} closing {{- period}}, from {{- deals}}.',
        ALL: 'Your org has {{- amount}} in {{category}} closing {{- period}}, from {{- deals}}.',
      },
      slipping_one: '{{count}} of {{- whose}} deals, worth {{- amount}}, is slipping.',
      slipping_other: '{{count}} of {{- whose}} deals, worth {{- amount}}, are slipping.',
      biggest_one: 'The biggest:',
      biggest_other: 'The biggest {{count}}:',
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
