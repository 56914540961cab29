/** Preguntar a qué persona se refería, y repetir un nombre que no coincidió con nadie. */
export const words = {
  people: {
    which: '¿A qué {{name}} te refieres: {{- choices}}?',
    unknown: 'No he encontrado a nadie llamado {{heard}} que puedas ver en Salesforce.',
  },
};
