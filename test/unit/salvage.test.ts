import { expect } from 'chai';
import { salvage } from '../../lambda/src/deals/salvage';

const LENA = { id: '005000000000005AAA', name: 'Lena Fischer', firstName: 'Lena', lastName: 'Fischer' };
const people = [LENA, { id: '005000000000002AAA', name: 'James Carter', firstName: 'James', lastName: 'Carter' }];

describe('words a slot caught but could not resolve, read again', () => {
  it('finds the parts of a question that landed in one slot', () => {
    expect(salvage('commit next quarter', 'en-US', people)).to.deep.equal({ found: { category: 'COMMIT', period: 'NEXT_QUARTER' }, unexplained: [] });
    expect(salvage("lena's best case", 'en-US', people)).to.deep.equal({ found: { person: { id: LENA.id, name: LENA.name, firstName: 'Lena' }, category: 'BEST_CASE' }, unexplained: [] });
    expect(salvage('the team for q3', 'en-US', people)).to.deep.equal({ found: { scope: 'TEAM', period: 'Q3' }, unexplained: [] });
  });

  it('reads amounts people say with a scale word', () => {
    expect(salvage('the pipe over 100 grand', 'en-US', people).found).to.deep.equal({ minAmount: 100_000 });
    expect(salvage('over 1.5 million', 'en-US', people).found).to.deep.equal({ minAmount: 1_500_000 });
    expect(salvage('over half a million', 'en-US', people).found).to.deep.equal({ minAmount: 500_000 });
    expect(salvage('over 200k next month', 'en-US', people).found).to.deep.equal({ minAmount: 200_000, period: 'NEXT_MONTH' });
  });

  it('marks "her", "his", "their" for the person the last question was about', () => {
    expect(salvage('her', 'en-US', people)).to.deep.equal({ found: { them: true }, unexplained: [] });
    expect(salvage('his best case', 'en-US', people).found).to.deep.equal({ them: true, category: 'BEST_CASE' });
  });

  it('drops only words that ask nothing, and says back the rest', () => {
    expect(salvage('gimme the', 'en-US', people)).to.deep.equal({ found: {}, unexplained: [] });
    expect(salvage('look like this quarter', 'en-US', people)).to.deep.equal({ found: { period: 'THIS_QUARTER' }, unexplained: [] });
    expect(salvage('during the holidays', 'en-US', people)).to.deep.equal({ found: {}, unexplained: ['during', 'holidays'] });
    expect(salvage('the marketing department', 'en-US', people).unexplained).to.deep.equal(['marketing', 'department']);
  });

  it('takes "the pipeline" for all open deals, not the Pipeline category; "show me" for nobody in particular', () => {
    expect(salvage('the pipeline', 'en-US', people)).to.deep.equal({ found: {}, unexplained: [] });
    expect(salvage('the pipeline category', 'en-US', people).found).to.deep.equal({ category: 'PIPELINE' });
    expect(salvage('show me', 'en-US', people).found).to.deep.equal({});
  });

  it('reads Spanish in Spanish words (the es-ES deal.heard lists and slot phrases)', () => {
    expect(salvage('commit el trimestre que viene', 'es-ES', people)).to.deep.equal({ found: { category: 'COMMIT', period: 'NEXT_QUARTER' }, unexplained: [] });
    expect(salvage('de más de 1,5 millones', 'es-ES', people).found).to.deep.equal({ minAmount: 1_500_000 });
    expect(salvage('sus oportunidades en commit', 'es-ES', people)).to.deep.equal({ found: { them: true, category: 'COMMIT' }, unexplained: [] });
    expect(salvage('dime las', 'es-ES', people)).to.deep.equal({ found: {}, unexplained: [] });
    // "el" is the article, not "él": no person from the last question.
    expect(salvage('en el commit', 'es-ES', people)).to.deep.equal({ found: { category: 'COMMIT' }, unexplained: [] });
    expect(salvage('en vacaciones', 'es-ES', people)).to.deep.equal({ found: {}, unexplained: ['vacaciones'] });
  });

  it('reads German in German words (the de-DE deal.heard lists and slot phrases)', () => {
    expect(salvage('commit nächstes quartal', 'de-DE', people)).to.deep.equal({ found: { category: 'COMMIT', period: 'NEXT_QUARTER' }, unexplained: [] });
    expect(salvage('über 1,5 Millionen', 'de-DE', people).found).to.deep.equal({ minAmount: 1_500_000 });
    expect(salvage('ihre im commit', 'de-DE', people)).to.deep.equal({ found: { them: true, category: 'COMMIT' }, unexplained: [] });
    expect(salvage('zeig mir die', 'de-DE', people)).to.deep.equal({ found: {}, unexplained: [] });
    expect(salvage('in den ferien', 'de-DE', people)).to.deep.equal({ found: {}, unexplained: ['ferien'] });
    // English carriers are no German filler: said back, not dropped.
    expect(salvage('gimme the', 'de-DE', people).unexplained).to.deep.equal(['gimme', 'the']);
  });
});
