/** Follow-ups that change one part of the last question. */
export const words = {
  followUp: {
    nothing: 'There’s no question to change yet. Ask me something first, like: my top five deals. What would you like?',
    notADay: 'I read your own day, one day at a time, and {{heard}} isn’t a day I can read. Say, for example: and tomorrow, or what about Friday?',
    notADayReprompt: 'Which day would you like to hear about?',
    /** Words read in what a slot caught (speaking/heard.ts): before a weekday, "what about next Friday". */
    heard: {
      dayLead: ['on', 'this', 'next'],
    },
  },
};
