/** Words the speaking helpers read in what a slot caught (speaking/heard.ts); they say nothing themselves. */
export const words = {
  amount: {
    heard: {
      /** Words before an amount that say nothing else: "for", "worth about". */
      lead: ['for', 'at', 'worth', 'about', 'around', 'roughly', 'approximately', 'of', 'valued', 'it s', 'its', 'is', 'it', 'and'],
      /** Currency words after an amount. */
      currency: ['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'bucks'],
      thousand: ['thousand', 'k', 'grand'],
      million: ['million', 'm', 'mil'],
      /** A number word for one before a scale: "a million". */
      one: ['a', 'an'],
    },
  },
};
