/** "Brief me": what changed on the deals since the last briefing, and the day ahead. */
export const words = {
  briefing: {
    lead: {
      first: 'In the last day',
      since: 'Since your last briefing',
    },
    changed: {
      MINE_one: '{{lead}}, {{count}} of your deals changed',
      MINE_other: '{{lead}}, {{count}} of your deals changed',
      TEAM_one: '{{lead}}, {{count}} team deal changed',
      TEAM_other: '{{lead}}, {{count}} team deals changed',
      none: {
        MINE: '{{lead}}, none of your deals changed.',
        TEAM: '{{lead}}, no team deals changed.',
      },
    },
    only: ': {{- change}}.',
    latest: '. The latest: {{- change}}.',
    change: {
      stage: '{{- deal}} moved to {{- stage}}',
      amount: '{{- deal}} went from {{from}} to {{to}}',
      pushed: '{{- deal}} was pushed to {{- day}}',
      pulled: '{{- deal}} was pulled in to {{- day}}',
      noAmount: 'no amount',
    },
    created: {
      named_one: '{{count}} new deal: {{- deal}}.',
      named_other: '{{count}} new deals, the biggest {{- deal}}.',
      count_one: '{{count}} new deal.',
      count_other: '{{count}} new deals.',
    },
    lost: {
      named_one: '{{count}} deal was lost: {{- deal}}.',
      named_other: '{{count}} deals were lost, the biggest {{- deal}}.',
      count_one: '{{count}} deal was lost.',
      count_other: '{{count}} deals were lost.',
    },
    cases: {
      named_one: '{{count}} new high-priority case, on {{- account}}.',
      named_other: '{{count}} new high-priority cases, the latest on {{- account}}.',
      count_one: '{{count}} new high-priority case.',
      count_other: '{{count}} new high-priority cases.',
    },
    meetings: {
      none: 'You have no meetings today.',
      some_one: 'You have {{count}} meeting today.',
      some_other: 'You have {{count}} meetings today.',
    },
    week: {
      MINE_one: '{{count}} of your deals closes this week',
      MINE_other: '{{count}} of your deals close this week',
      TEAM_one: '{{count}} team deal closes this week',
      TEAM_other: '{{count}} team deals close this week',
      none: {
        MINE: 'None of your deals close this week',
        TEAM: 'No team deals close this week',
      },
    },
    slipping_one: ', and {{count}} is slipping',
    slipping_other: ', and {{count}} are slipping',
    whatElse: 'What else?',
    cardTitle: 'Your briefing',
  },
};
