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
    owner: ', owned by {{owner}}',
    yours: ', one of yours',
    noAmount: 'no amount yet',
    closes: 'closing {{- day}}',
    overdue: 'was due to close {{- day}}',
    count_one: '{{count}} deal',
    count_other: '{{count}} deals',
  },
};
