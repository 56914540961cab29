import { expect } from 'chai';
import { deviceLocale } from '../../local/deviceLocale';
import { startLocalStack } from '../../local/stack';

describe('npm start: the simulated Echo\'s locale', () => {
  it('is the linked user\'s Salesforce locale when the skill has it: Lena (de_DE) German, Oliver (en_GB) British', async () => {
    const stack = await startLocalStack({ logLevel: 'error' });
    try {
      const localeOf = (first: string) => String(stack.org.store.all('User').find((u) => u.FirstName === first)!.LocaleSidKey);
      expect(deviceLocale(undefined, localeOf('Lena'))).to.equal('de-DE');
      expect(deviceLocale(undefined, localeOf('Oliver'))).to.equal('en-GB');
      expect(deviceLocale(undefined, localeOf('Maria'))).to.equal('en-US');
    } finally {
      await stack.close();
    }
  });
  it('falls back to en-US for a Salesforce locale the skill does not have', () => {
    expect(deviceLocale(undefined, 'ja_JP')).to.equal('en-US');
  });
  it('takes --locale over the user\'s, and refuses one the skill does not have', () => {
    expect(deviceLocale('en-AU', 'de_DE')).to.equal('en-AU');
    expect(() => deviceLocale('xx-YY', 'de_DE')).to.throw(/no locale xx-YY/);
  });
});
