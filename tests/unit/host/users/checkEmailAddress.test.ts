import { expect } from 'chai';
import { HostError } from '../../../../src/host/HostError';
import { checkEmailAddress } from '../../../../src/host/users/checkEmailAddress';

describe('checkEmailAddress', () => {
  it('accepts ordinary addresses and returns them trimmed', () => {
    expect(checkEmailAddress(' alice@example.org ')).to.equal('alice@example.org');
    expect(checkEmailAddress("o'brien+wiki@mail.example-host.co.uk")).to.equal("o'brien+wiki@mail.example-host.co.uk");
  });

  it('accepts an empty address as "no address"', () => {
    expect(checkEmailAddress('')).to.equal('');
    expect(checkEmailAddress('  ')).to.equal('');
  });

  it('refuses what is not an address, quoting it', () => {
    for (const email of ['alice', 'alice@', '@example.org', 'alice@exa mple.org', 'alice@example..org', 'a@b@c.org']) {
      expect(() => checkEmailAddress(email))
        .to.throw(HostError, `The email address "${email}" cannot be accepted`)
        .with.property('code', 'invalidemailaddress');
    }
  });

  it('refuses an address too long to store (255 bytes)', () => {
    expect(() => checkEmailAddress(`${'a'.repeat(250)}@example.org`)).to.throw(HostError).with.property('code', 'invalidemailaddress');
  });
});
