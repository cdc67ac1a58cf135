import { expect } from 'chai';
import { HostError } from '../../../../src/host/HostError';
import { normalizeUserName } from '../../../../src/host/users/normalizeUserName';
import { UserStore } from '../../../../src/host/users/UserStore';

function rejection(name: string): HostError {
  try {
    normalizeUserName(name);
  } catch (error) {
    expect(error).to.be.instanceOf(HostError);
    return error as HostError;
  }
  throw new Error(`"${name}" was accepted`);
}

describe('normalizeUserName', () => {
  it('capitalises the first letter and keeps the case of the rest', () => {
    expect(normalizeUserName('foo bAR')).to.equal('Foo bAR');
    expect(normalizeUserName('élodie')).to.equal('Élodie');
  });

  it('turns underscores into spaces, collapses runs of spaces and trims', () => {
    expect(normalizeUserName('  foo__bar _ baz  ')).to.equal('Foo bar baz');
    expect(normalizeUserName('Foo\u00a0\u3000Bar')).to.equal('Foo Bar');
  });

  it('drops invisible direction marks', () => {
    expect(normalizeUserName('\u200eAlice\u200f')).to.equal('Alice');
  });

  it('leaves a first letter whose capital is two letters as it is', () => {
    expect(normalizeUserName('ßtraße')).to.equal('ßtraße');
  });

  it('is what UserStore.normalizeName does', () => {
    expect(UserStore.normalizeName('some_body')).to.equal('Some body');
  });

  it('refuses an empty name, or one made only of spaces and underscores', () => {
    for (const name of ['', '   ', '__ _']) {
      const error = rejection(name);
      expect(error.code).to.equal('invalidusername');
      expect(error.message).to.equal(`The username "${name}" is not valid: it is empty.`);
    }
  });

  it('refuses IP addresses, which name anonymous visitors', () => {
    for (const name of ['127.0.0.1', '10.0.0.xxx', '2001:db8::1']) {
      const error = rejection(name);
      expect(error.code).to.equal('invalidusername');
      expect(error.message).to.contain('it is an IP address');
    }
  });

  it('refuses each character user names cannot contain, naming it', () => {
    for (const c of ['#', '<', '>', '[', ']', '|', '{', '}', '/', '@', ':']) {
      const error = rejection(`Bad${c}name`);
      expect(error.code).to.equal('invalidusername');
      expect(error.message).to.contain(`The username "Bad${c}name" is not valid: it contains "${c}"`);
    }
  });

  it('refuses control characters', () => {
    expect(rejection('Tab\there').message).to.contain('control character');
  });

  it('refuses a name longer than 255 bytes, counting UTF-8 bytes rather than letters', () => {
    expect(normalizeUserName('a'.repeat(255))).to.have.length(255);
    expect(rejection('a'.repeat(256)).message).to.contain('it is 256 bytes long and at most 255 are allowed');
    // 128 letters of two bytes each.
    expect(rejection('é'.repeat(128)).message).to.contain('256 bytes');
  });
});
