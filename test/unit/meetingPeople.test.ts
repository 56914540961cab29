import { expect } from 'chai';
import { shortName } from '../../lambda/src/conversations/meeting/people';
import type { TeamMember } from '../../lambda/src/salesforce/users';

const member = (Id: string, FirstName: string | null, Name: string): TeamMember => ({ Id, FirstName, Name });
const carter = member('005A', 'James', 'James Carter');
const lee = member('005B', 'James', 'James Lee');
const priya = member('005C', 'Priya', 'Priya Patel');

describe('naming a meeting’s invitees', () => {
  it('names a teammate by first name, or by full name when a teammate shares it', () => {
    expect(shortName(priya, [carter, lee, priya])).to.equal('Priya');
    expect(shortName(lee, [carter, lee, priya])).to.equal('James Lee');
    expect(shortName(member('005E', null, 'Mononym'), [priya])).to.equal('Mononym');
  });
});
