/** The leaderboard: who closed the most, by closed-won amount over a period. */
export const words = {
  leaderboard: {
    intro: {
      team: 'Your team’s leaderboard {{- period}}, by closed-won {{- currency}}:',
      peers: 'Your team’s leaderboard {{- period}}, by closed-won {{- currency}}:',
      all: 'Everyone’s leaderboard {{- period}}, by closed-won {{- currency}}:',
    },
    entry: '{{- rank}}, {{- who}}, {{- amount}}.',
    tied: 'tied for {{- rank}}',
    you: 'you',
    deals_one: '{{count}} deal',
    deals_other: '{{count}} deals',
    /** Someone below the names read has the same amount as the last one named. */
    tiedBelow: '{{name}} is tied at that amount too.',
    tiedBelowYou: 'You’re tied at that amount too.',
    everyone: {
      team: 'That’s everyone on your team who won a deal {{- period}}.',
      peers: 'That’s everyone on your team who won a deal {{- period}}.',
      all: 'That’s everyone who won a deal {{- period}}.',
    },
    none: {
      team: 'No one on your team has closed a won deal {{- period}}.',
      peers: 'No one on your team has closed a won deal {{- period}}.',
      all: 'No one has closed a won deal {{- period}}.',
      mine: 'You haven’t closed a won deal {{- period}}.',
    },
    /** A rep with no manager in Salesforce has no team to be ranked in. */
    alone: 'No one shares a manager with you in Salesforce, so there’s no team to rank you in.',
    person: {
      team: '{{name}} is {{- rank}} of {{of}} on your team’s leaderboard {{- period}}, with {{- amount}} in {{- deals}}.',
      all: '{{name}} is {{- rank}} of {{of}} on everyone’s leaderboard {{- period}}, with {{- amount}} in {{- deals}}.',
    },
    personNone: '{{name}} hasn’t closed a won deal on your team {{- period}}.',
    mine: 'You closed {{- amount}} won in {{- deals}} {{- period}}.',
    capped: 'I read up to {{max}} names.',
    cardTitle: 'Leaderboard, {{period}}',
    cardEntry: '{{rank}}. {{name}}: {{amount}} ({{count}})',
  },
};
