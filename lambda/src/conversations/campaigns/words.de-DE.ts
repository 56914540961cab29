/** Kampagnen: die Ergebnisse einer Kampagne, und die Liste der aktiven. */
export const words = {
  campaigns: {
    which: 'Zu welcher Kampagne möchtest du etwas hören?',
    choice: '{{name}}',
    several: 'Meinst du {{- choices}}?',
    notFound: 'Eine Kampagne namens {{name}} habe ich nicht gefunden. Willst du hören, welche Kampagnen aktiv sind?',
    notFoundReprompt: 'Willst du hören, welche Kampagnen aktiv sind?',
    report: {
      // Der Status, wie die Org ihn auf Deutsch beschriftet ("In Bearbeitung"), per describe.
      status: '{{name}} hat den Status {{status}}',
      noStatus: '{{name}}',
      dates: ', {{- start}}{{- end}}',
      start: { past: 'Start war {{- day}}', future: 'Start ist {{- day}}' },
      end: { past: ', Ende war {{- day}}', future: ', Ende ist {{- day}}' },
      leads_one: 'Sie hat {{count}} Lead, {{converted}} davon konvertiert,',
      leads_other: 'Sie hat {{count}} Leads, {{converted}} davon konvertiert,',
      opportunities_one: 'und {{count}} Deal',
      opportunities_other: 'und {{count}} Deals',
      won: ', {{count}} davon gewonnen, im Wert von {{- amount}}.',
      noneWon: ', noch keiner gewonnen.',
    },
    cardTitle: 'Kampagne: {{name}}',
    card: 'Status: {{status}}\nZeitraum: {{start}} bis {{end}}\nLeads: {{leads}} ({{converted}} konvertiert)\nDeals: {{opportunities}} ({{won}} gewonnen)\nGewonnener Betrag: {{amount}}',
    active: {
      intro_one: 'Es gibt eine aktive Kampagne:',
      intro_other: 'Hier sind die aktiven Kampagnen, die neueste zuerst:',
      item: '{{- ordinal}}: {{name}}.',
      none: 'Gerade ist keine Kampagne aktiv. Was möchtest du sonst noch wissen?',
      pick: 'Um zu hören, wie eine läuft, sag ihre Nummer, zum Beispiel: Nummer 1. Was möchtest du?',
      cardTitle: 'Aktive Kampagnen',
    },
  },
};
