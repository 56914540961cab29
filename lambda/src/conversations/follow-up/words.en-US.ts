/** Follow-ups that change one part of the last question. */
export const words = {
  followUp: {
    nothing: 'There’s no question to change yet. Ask me something first, like: my top five deals. What would you like?',
  },
};
