import { expect } from 'chai';
import { cardLine, speechText, stripSsml } from '../../local/simulator/speech';
import { ssmlProblem } from '../../local/simulator/ssml';

describe('simulator speech and SSML', () => {
  it('prints SSML as the words spoken, entities decoded', () => {
    expect(stripSsml('<speak>Top deal: <emphasis level="strong">Acme &amp; Sons</emphasis>,<break time="300ms"/>closing <say-as interpret-as="date">????1201</say-as>. It&apos;s &#36;1.2M &lt;net&gt;.</speak>'))
      .to.equal("Top deal: Acme & Sons, closing ????1201. It's $1.2M <net>.");
    expect(stripSsml('<speak><p>One.</p><p>Two.</p><audio src="https://x/y.mp3"/></speak>')).to.equal('One. Two. [audio]');
    expect(speechText({ type: 'PlainText', text: ' Plain & simple ' })).to.equal('Plain & simple');
    expect(speechText(undefined)).to.equal('');
  });

  it('shows cards in one line', () => {
    expect(cardLine({ type: 'LinkAccount' })).to.equal('[LinkAccount card]');
    expect(cardLine({ type: 'Simple', title: 'Top deals', content: '1. Acme\n2. Globex\n' })).to.equal('[card] Top deals: 1. Acme / 2. Globex');
    expect(cardLine({ type: 'Standard', title: 'Case', text: 'Printer on fire' })).to.equal('[card] Case: Printer on fire');
    expect(cardLine({ type: 'AskForPermissionsConsent', permissions: ['alexa::profile:email:read'] }))
      .to.equal('[AskForPermissionsConsent card: alexa::profile:email:read]');
  });

  it('accepts well-formed SSML and names what is wrong with the rest', () => {
    expect(ssmlProblem('<speak>Hi <break time="1s"/> <amazon:emotion name="excited" intensity="low">there</amazon:emotion> &amp; bye</speak>')).to.equal(null);
    expect(ssmlProblem('Hi')).to.equal('SSML must start with <speak>');
    expect(ssmlProblem('<speak>R&D</speak>')).to.match(/^unescaped "&"/);
    expect(ssmlProblem('<speak>a < b</speak>')).to.match(/^malformed tag/);
    expect(ssmlProblem('<speak><p>open</speak>')).to.equal('</speak> closes <p>');
    expect(ssmlProblem('<speak><s>never closed</s>')).to.equal('<speak> is never closed');
    expect(ssmlProblem('<speak>x</speak> extra')).to.match(/^content after <\/speak>/);
    expect(ssmlProblem('<speak><font>x</font></speak>')).to.equal('unsupported tag <font>');
    expect(ssmlProblem('<speak><break time=1s/></speak>')).to.match(/^malformed tag/);
  });

  it('refuses characters XML does not allow: C0 controls but tab, LF and CR; U+FFFE/U+FFFF; lone surrogates', () => {
    expect(ssmlProblem('<speak>Bell\u0007 Labs</speak>')).to.equal('U+0007 is not allowed in XML');
    expect(ssmlProblem('<speak>x\uFFFF</speak>')).to.equal('U+FFFF is not allowed in XML');
    expect(ssmlProblem('<speak>x\uD83Dy</speak>')).to.equal('U+D83D is not allowed in XML');
    expect(ssmlProblem('<speak>x\uDE00y</speak>')).to.equal('U+DE00 is not allowed in XML');
    expect(ssmlProblem('<speak>tab\there\nand\r\u{1F600} \uFFFD</speak>')).to.equal(null);
  });
});
