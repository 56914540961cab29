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
      /**
       * The number words, each list in the order of its values (speaking/amountWords.ts): the units said as one word,
       * from 0 (to 19 in English), the tens from 20.
       */
      units: [
        'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
        'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
      ],
      tens: ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
      hundred: ['hundred'],
      /** Between the parts of a number: "a hundred and twenty". */
      and: ['and'],
      /** Before decimals said one digit a word: "one point two". */
      point: ['point'],
      /** "Half a million". */
      half: ['half'],
    },
  },
};
