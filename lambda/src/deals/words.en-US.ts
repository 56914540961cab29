/** Words about deals shared by every opportunity conversation: whose they are, and the parts of a deal's sentence. */
export const words = {
  deal: {
    whose: {
      MINE: 'your',
      TEAM: 'your team’s',
      ALL: 'the',
      PERSON: '{{name}}’s',
    },
    /** The scope as the subject of a sentence. */
    subject: {
      MINE: 'You',
      TEAM: 'Your team',
      ALL: 'Your org',
      PERSON: '{{name}}',
    },
    noTeam: 'No one reports to you in Salesforce, so here are your own.',
    askWhose: 'Whose deals would you like?',
    filters: {
      category: ' in {{category}}',
      stage: ' in {{stage}}',
      over: ' over {{- amount}}',
    },
    notes: {
      capped: 'I can read up to {{max}}.',
      paged_one: 'I’ll read them one at a time.',
      paged_other: 'I’ll read them {{count}} at a time.',
      period: 'I don’t know which dates {{heard}} means, so here’s {{- instead}}.',
      periodAny: 'I don’t know which dates {{heard}} means, so this is for any close date.',
      scope: 'I didn’t catch whose deals {{heard}} means, so these are {{- whose}}.',
      category: 'I can’t filter by the forecast category {{heard}}, so this covers every category.',
      stage: 'I don’t know a stage called {{heard}}, so this covers every stage.',
      amount: 'I didn’t catch the amount {{heard}}, so this isn’t limited by size.',
      count: 'I can read one to ten deals, not {{heard}}, so here are the usual three.',
      another: 'One question at a time: ask me about {{heard}} after this.',
      anotherLong: 'One question at a time: ask me the other one after this.',
      outcome: 'I didn’t catch whether {{heard}} means wins or losses, so here are both.',
      unclear: {
        outcome: 'I didn’t catch whether you meant wins or losses, so here are both.',
        period: 'I didn’t catch which dates you meant, so here’s {{- instead}}.',
        periodAny: 'I didn’t catch which dates you meant, so this is for any close date.',
        scope: 'I didn’t catch whose deals you meant, so these are {{- whose}}.',
        category: 'I didn’t catch the forecast category, so this covers every category.',
        stage: 'I didn’t catch the stage, so this covers every stage.',
        amount: 'I didn’t catch the amount, so this isn’t limited by size.',
        count: 'I didn’t catch how many, so here are the usual three.',
      },
      unsupported: {
        category: 'This answer can’t be split by forecast category, so it covers every category.',
        stage: 'This answer can’t be split by stage, so it covers every stage.',
        amount: 'This answer can’t be limited by deal size, so it covers every deal.',
        count: 'This answer isn’t a list, so there’s no number of deals to read.',
        period: 'Slipping deals are the ones already late, whatever the period.',
        outcome: 'Only closed deals are won or lost, so this answer isn’t split that way.',
      },
    },
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
    /** The speaker's words said back to them ("ask me about your quota after this"). */
    toListener: { my: 'your', me: 'you', i: 'you', we: 'you', our: 'your', us: 'you', mine: 'yours' },
    count_one: '{{count}} deal',
    count_other: '{{count}} deals',
    /** Words in a deal's place that point at the deal spoken of ("push this one a week"): see speaking/heard.ts. */
    heard: {
      pointing: ['it', 'that', 'this', 'the deal', 'the opportunity', 'this one', 'that one', 'this deal', 'that deal', 'this opportunity', 'that opportunity'],
      /**
       * Words that carry no part of a question, read again when a slot caught more than Alexa resolved (deals/salvage.ts):
       * carriers ("gimme", "what's"), articles, prepositions, the nouns every question has ("deals"); "me" too: "show me"
       * asks nothing about whose deals.
       */
      filler: [
        'a', 'an', 'the', 'for', 'in', 'on', 'of', 'to', 'at', 'with', 'by', 'from', 'about', 'this', 'that',
        'these', 'those', 'it', 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'got', 'get',
        'gets', 'gimme', 'give', 'show', 'tell', 'me', 'what', 'whats', 'how', 'hows', 'look', 'looks', 'like',
        'looking', 'doing', 'do', 'does', 'did', 'done', 'deal', 'deals', 'opportunity', 'opportunities', 'ones',
        'one', 's', 'all', 'any', 'anything', 'just', 'only', 'and', 'or', 'please', 'right', 'now', 'so', 'far',
        'up', 'there', 'which', 'who', 'whose', 'stuff', 'things', 'thing', 'stage', 'category', 'bucket',
        'forecast', 'pipeline', 'pipe', 'many', 'much', 'total', 'number', 'count',
      ],
      /** Words that name another conversation: said with a question, they are a second question. */
      otherQuestions: [
        'wins', 'win', 'won', 'losses', 'loss', 'lost', 'quota', 'attainment', 'leaderboard', 'ranking', 'rank',
        'meetings', 'meeting', 'calendar', 'tasks', 'campaign', 'campaigns', 'case', 'cases',
      ],
      /** "Her", "his", "their": the person the last question was about. */
      pronouns: ['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs'],
      /** Before a smallest amount: "over 100 grand". */
      over: ['over', 'above', 'more than', 'bigger than', 'larger than', 'greater than'],
      /** What joins a second question on: "and the wins and losses". */
      also: ['and', 'also', 'plus'],
      /** Before a deal's name: "and the Acme one", "what about the Globex deal". */
      nameLead: ['and', 'so', 'what about', 'how about', 'the', 'and the', 'so the', 'what about the', 'how about the', 'and what about the', 'and how about the'],
      /** After a deal's name: "the robotics one". */
      nameTail: ['one', 'deal', 'opportunity'],
    },
  },
};
