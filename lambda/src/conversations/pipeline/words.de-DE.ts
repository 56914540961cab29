/** Die Pipeline: Beträge je Forecast-Kategorie, was diesen Monat abschließt, was rutscht; die Deals einer Kategorie. */
export const words = {
  pipeline: {
    screen: {
      title: 'Offene Pipeline nach Forecast-Kategorie',
      subtitle: '{{amount}} in {{deals}}, Abschluss {{period}}',
      category: { COMMIT: 'Commit', BEST_CASE: 'Best Case', PIPELINE: 'Pipeline', OMITTED: 'Ausgelassen' },
      bar: '{{amount}} · {{deals}}',
    },
    category: { COMMIT: 'Commit', BEST_CASE: 'Best Case', PIPELINE: 'Pipeline', OMITTED: 'Ausgelassen' },
    open: {
      MINE: 'Du hast {{- amount}} offen{{- filters}} mit Abschluss {{- period}}, in {{- deals}}',
      TEAM: 'Dein Team hat {{- amount}} offen{{- filters}} mit Abschluss {{- period}}, in {{- deals}}',
      ALL: 'Eure Firma hat {{- amount}} offen{{- filters}} mit Abschluss {{- period}}, in {{- deals}}',
      PERSON: '{{name}} hat {{- amount}} offen{{- filters}} mit Abschluss {{- period}}, in {{- deals}}',
    },
    noOpen: {
      MINE: 'Du hast keine offenen Deals{{- filters}} mit Abschluss {{- period}}.',
      TEAM: 'Dein Team hat keine offenen Deals{{- filters}} mit Abschluss {{- period}}.',
      ALL: 'Es gibt keine offenen Deals{{- filters}} mit Abschluss {{- period}}.',
      PERSON: '{{name}} hat keine offenen Deals{{- filters}} mit Abschluss {{- period}}.',
    },
    split: ': {{- parts}}.',
    allIn: ': alles davon in {{category}}.',
    inCategory: '{{- amount}} in {{category}}',
    month_one: 'Abschluss in diesem Monat: {{count}} Deal, {{- amount}}.',
    month_other: 'Abschluss in diesem Monat: {{count}} Deals, {{- amount}}.',
    monthNone: 'Sonst schließt in diesem Monat nichts mehr ab.',
    slipping_one: 'Überfällig: {{count}} Deal, {{- amount}}.',
    slipping_other: 'Überfällig: {{count}} Deals, {{- amount}}.',
    slippingNone: 'Nichts ist überfällig.',
    followUp: 'Willst du hören, was im Commit ist, oder was überfällig ist?',
    followUpReprompt: 'Du kannst fragen: welche Deals sind überfällig? Was möchtest du?',
    slice: {
      category: {
        MINE: 'Du hast {{- amount}} in {{category}} mit Abschluss {{- period}}, aus {{- deals}}{{- filters}}.',
        TEAM: 'Dein Team hat {{- amount}} in {{category}} mit Abschluss {{- period}}, aus {{- deals}}{{- filters}}.',
        ALL: 'Eure Firma hat {{- amount}} in {{category}} mit Abschluss {{- period}}, aus {{- deals}}{{- filters}}.',
        PERSON: '{{name}} hat {{- amount}} in {{category}} mit Abschluss {{- period}}, aus {{- deals}}{{- filters}}.',
      },
      slipping_one: '{{count}} von {{- whose}} Deals{{- filters}}, im Wert von {{- amount}}, ist überfällig.',
      // "zusammen" rather than "im Wert von": with three long deal names the list ran past a turn's 25 seconds.
      slipping_other: '{{count}} von {{- whose}} Deals{{- filters}} sind überfällig, zusammen {{- amount}}.',
      biggest_one: 'Der größte:',
      biggest_other: 'Die {{count}} größten:',
      categoryNone: {
        MINE: 'Du hast nichts{{- filters}} in {{category}} mit Abschluss {{- period}}.',
        TEAM: 'Dein Team hat nichts{{- filters}} in {{category}} mit Abschluss {{- period}}.',
        ALL: 'Es gibt nichts{{- filters}} in {{category}} mit Abschluss {{- period}}.',
        PERSON: '{{name}} hat nichts{{- filters}} in {{category}} mit Abschluss {{- period}}.',
      },
      slippingNone: 'Keiner von {{- whose}} offenen Deals{{- filters}} ist überfällig.',
      categoryTitle: 'Pipeline: {{category}}',
      slippingTitle: 'Überfällige Deals',
    },
  },
};
