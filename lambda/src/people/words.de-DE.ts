/** Nachfragen, welche Person gemeint war, und einen Namen zurücksagen, der niemanden traf. */
export const words = {
  people: {
    which: 'Wen meinst du mit {{name}}: {{- choices}}?',
    unknown: 'Ich habe niemanden namens {{heard}} gefunden, den du in Salesforce sehen kannst.',
  },
};
