import { expect } from 'chai';
import { notesSpeech } from '../../lambda/src/deals/phrases';
import { translatorFor } from '../../lambda/src/i18n';

const t = translatorFor('en-US');
const team = { scope: 'TEAM' as const };

describe('what an answer says before it: what it did instead of what was heard', () => {
  it('says a few unplaced words back, escaped once, with what it answered instead', () => {
    expect(notesSpeech(t, [{ kind: 'unheard', slot: 'period', heard: 'the holidays' }], { owner: team, period: 'this quarter' })).to.deep.equal([
      'I don’t know which dates the holidays means, so here’s this quarter.',
    ]);
    expect(notesSpeech(t, [{ kind: 'unheard', slot: 'category', heard: 'R&D' }], { owner: team })).to.deep.equal([
      'I can’t filter by the forecast category R&amp;D, so this covers every category.',
    ]);
    expect(notesSpeech(t, [{ kind: 'unheard', slot: 'scope', heard: 'marketing' }], { owner: team })).to.deep.equal([
      'I didn’t catch whose deals marketing means, so these are your team’s.',
    ]);
  });

  it('sums up a long stretch of words rather than reading it back', () => {
    const heard = 'the big boss of all the regions';
    expect(notesSpeech(t, [{ kind: 'unheard', slot: 'period', heard }], { owner: team, period: 'this quarter' })).to.deep.equal([
      'I didn’t catch which dates you meant, so here’s this quarter.',
    ]);
    expect(notesSpeech(t, [{ kind: 'unheard', slot: 'period', heard }], { owner: team })).to.deep.equal([
      'I didn’t catch which dates you meant, so this is for any close date.',
    ]);
    expect(notesSpeech(t, [{ kind: 'unheard', slot: 'stage', heard }], { owner: team })).to.deep.equal(['I didn’t catch the stage, so this covers every stage.']);
  });
});
