import { expect } from 'chai';
import { matchTeamMember, shortName } from '../../lambda/src/conversations/meeting/people';
import type { TeamMember } from '../../lambda/src/salesforce/users';

const member = (Id: string, FirstName: string | null, Name: string): TeamMember => ({ Id, FirstName, Name });
const carter = member('005A', 'James', 'James Carter');
const lee = member('005B', 'James', 'James Lee');
const priya = member('005C', 'Priya', 'Priya Patel');
const zoe = member('005D', 'Zoë', 'Zoë Müller');

describe('matching a spoken name against the team', () => {
  it('finds one teammate by first name, as said (any case, accents optional)', () => {
    expect(matchTeamMember('priya', [carter, priya])).to.deep.equal({ kind: 'one', member: priya });
    expect(matchTeamMember('Zoe', [priya, zoe])).to.deep.equal({ kind: 'one', member: zoe });
  });

  it('gives every teammate a first name fits, and one when the full name is said', () => {
    expect(matchTeamMember('james', [carter, lee, priya])).to.deep.equal({ kind: 'several', members: [carter, lee] });
    expect(matchTeamMember('james lee', [carter, lee, priya])).to.deep.equal({ kind: 'one', member: lee });
  });

  it('finds nobody for a name not on the team, a last name alone, or nothing', () => {
    expect(matchTeamMember('acme', [carter, priya])).to.deep.equal({ kind: 'none' });
    expect(matchTeamMember('patel', [carter, priya])).to.deep.equal({ kind: 'none' });
    expect(matchTeamMember(' ', [carter, priya])).to.deep.equal({ kind: 'none' });
  });

  it('names a teammate by first name, or by full name when a teammate shares it', () => {
    expect(shortName(priya, [carter, lee, priya])).to.equal('Priya');
    expect(shortName(lee, [carter, lee, priya])).to.equal('James Lee');
    expect(shortName(member('005E', null, 'Mononym'), [priya])).to.equal('Mononym');
  });
});
