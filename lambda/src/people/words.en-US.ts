/** Asking which person was meant, and saying a name back that matched nobody the speaker can see. */
export const words = {
  people: {
    which: 'Which {{name}}: {{- choices}}?',
    unknown: 'I couldn’t find anyone called {{heard}} you can see in Salesforce.',
  },
};
