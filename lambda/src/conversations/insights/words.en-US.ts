/** Einstein's insights: on one deal ("what does Einstein say about the Acme deal"), or the deals at risk. */
export const words = {
  insights: {
    /** The org (or the user) has no Sales Cloud Einstein: one sentence, never an error. */
    noEinstein: 'Einstein insights aren’t turned on in your Salesforce org.',
    deal: 'Einstein on {{name}}: {{- insights}}',
    dealNone: 'Einstein has no insights on {{name}} right now.',
    atRisk: {
      MINE_one: 'Einstein sees {{count}} of your open deals at risk: {{- deals}}',
      MINE_other: 'Einstein sees {{count}} of your open deals at risk. The biggest: {{- deals}}',
      TEAM_one: 'Einstein sees {{count}} of your team’s open deals at risk: {{- deals}}',
      TEAM_other: 'Einstein sees {{count}} of your team’s open deals at risk. The biggest: {{- deals}}',
      PERSON_one: 'Einstein sees {{count}} of {{- name}}’s open deals at risk: {{- deals}}',
      PERSON_other: 'Einstein sees {{count}} of {{- name}}’s open deals at risk. The biggest: {{- deals}}',
      ALL_one: 'Einstein sees {{count}} open deal at risk: {{- deals}}',
      ALL_other: 'Einstein sees {{count}} open deals at risk. The biggest: {{- deals}}',
    },
    noneAtRisk: {
      MINE: 'Einstein doesn’t see any of your open deals at risk.',
      TEAM: 'Einstein doesn’t see any of your team’s open deals at risk.',
      PERSON: 'Einstein doesn’t see any of {{- name}}’s open deals at risk.',
      ALL: 'Einstein doesn’t see any open deals at risk.',
    },
    /** One deal at risk: its name, account, amount, and what Einstein says first. */
    dealAtRisk: '{{name}}{{- account}}, {{- amount}}: {{- insight}}',
    cardTitle: 'Einstein insights',
  },
};
