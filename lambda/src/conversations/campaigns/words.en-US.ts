/** Campaigns: one campaign's results, and the list of active ones. */
export const words = {
  campaigns: {
    which: 'Which campaign would you like to hear about?',
    choice: '{{name}}',
    several: 'Did you mean {{- choices}}?',
    notFound: 'I couldn’t find a campaign called {{name}}. Want to hear which campaigns are active?',
    notFoundReprompt: 'Want to hear which campaigns are active?',
    report: {
      status: '{{name}} is {{status}}',
      noStatus: '{{name}}',
      dates: ': it {{- start}}{{- end}}',
      start: { past: 'started {{- day}}', future: 'starts {{- day}}' },
      end: { past: ' and ended {{- day}}', future: ' and ends {{- day}}' },
      leads_one: 'It has {{count}} lead, {{converted}} converted,',
      leads_other: 'It has {{count}} leads, {{converted}} converted,',
      opportunities_one: 'and {{count}} opportunity',
      opportunities_other: 'and {{count}} opportunities',
      won: ', {{count}} won for {{- amount}}.',
      noneWon: ', none won yet.',
    },
    cardTitle: 'Campaign: {{name}}',
    card: 'Status: {{status}}\nDates: {{start}} to {{end}}\nLeads: {{leads}} ({{converted}} converted)\nOpportunities: {{opportunities}} ({{won}} won)\nWon amount: {{amount}}',
    active: {
      intro_one: 'There’s one active campaign:',
      intro_other: 'Here are the active campaigns, newest first:',
      item: '{{- ordinal}}, {{name}}.',
      none: 'There are no active campaigns right now. What else would you like to know?',
      pick: 'To hear how one is doing, say its number, like the first one. What would you like?',
      cardTitle: 'Active campaigns',
    },
  },
};
