/** Words about deals shared by every opportunity conversation: whose they are, and the parts of a deal's sentence. */
export const words = {
  deal: {
    whose: {
      MINE: 'your',
      TEAM: 'your team’s',
      ALL: 'the',
    },
    /** The scope as the subject of a sentence. */
    subject: {
      MINE: 'You',
      TEAM: 'Your team',
      ALL: 'Your org',
    },
    noTeam: 'No one reports to you in Salesforce, so here are your own.',
    account: ' for {{account}}',
    yours: ', one of yours',
    /** A deal in a list: who it is with, then what it is. */
    named: {
      withAccount: '{{account}}, {{name}}',
      alone: '{{name}}',
    },
    /** When a deal in a list closes, said short. */
    when: {
      closes: 'closing {{- day}}',
      overdue: 'was due {{- day}}',
      weekday: '{{weekday}}',
      date: '{{date}}',
    },
    noAmount: 'no amount yet',
    closes: 'closing {{- day}}',
    overdue: 'was due to close {{- day}}',
    count_one: '{{count}} deal',
    count_other: '{{count}} deals',
  },
};
