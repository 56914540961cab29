/** Words every list shares (opportunities, campaigns): paging on, going back, picking one by its position. */
export const words = {
  list: {
    continued_one: 'Here is the next one:',
    continued_other: 'Here are the next {{count}}:',
    back_one: 'Going back, here is number {{from}}:',
    back_other: 'Going back, here are numbers {{from}} to {{to}}:',
    more_one: 'Want the next one?',
    more_other: 'Want the next {{count}}?',
    noMore: 'That’s all. What else?',
    endOfList: 'That was the last one. What else would you like to know?',
    atStart: 'That’s the start of the list. You can say repeat to hear it again, or next for more. What would you like?',
    noList: 'There’s no list to continue yet. You can say: my top five opportunities. What would you like?',
    reprompt: 'You can say next, or ask for another list. What would you like?',
    whatElse: 'What else?',
    pick: {
      noList: 'There’s no list to pick from yet. Ask for your top opportunities first, for example: my top five deals. What would you like?',
      which: 'Which one would you like to hear more about? For example, say: the second one.',
      whichReprompt: 'Which one? For example, say: the second one.',
      none: 'That list is empty, so there’s nothing to pick.',
      outOfRange_one: 'There’s no {{- position}} one: I’ve read only the first one so far. Which one would you like?',
      outOfRange_other: 'There’s no {{- position}} one: I’ve read numbers 1 to {{count}} so far. Which one would you like?',
      gone: 'I can’t find that one in Salesforce any more; it may have been deleted. Which other one would you like?',
      next_one: 'Want the next one, or details on another?',
      next_other: 'Want the next {{count}}, or details on another one?',
      another: 'Which other one would you like to hear about, or what else would you like to know?',
    },
  },
};
