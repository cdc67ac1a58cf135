import { expect } from 'chai';
import { PasswordHasher } from '../../../../src/host/users/PasswordHasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('stores scrypt with its cost, salt and hash: scrypt$N$r$p$salt$hash', async () => {
    const stored = await hasher.hash('correct horse');
    expect(stored).to.match(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
  });

  it('verifies the password it hashed and refuses any other', async () => {
    const stored = await hasher.hash('correct horse');
    expect(await hasher.verify('correct horse', stored)).to.equal(true);
    expect(await hasher.verify('correct horsE', stored)).to.equal(false);
    expect(await hasher.verify('', stored)).to.equal(false);
  });

  it('salts every hash, so the same password never gives the same stored value', async () => {
    expect(await hasher.hash('same password')).not.to.equal(await hasher.hash('same password'));
  });

  it('verifies a hash made with another cost, since the cost is stored with it', async () => {
    const stored = await new PasswordHasher({ N: 1024, r: 4, p: 2 }).hash('old password');
    expect(stored.startsWith('scrypt$1024$4$2$')).to.equal(true);
    expect(await hasher.verify('old password', stored)).to.equal(true);
  });

  it('matches the same password typed in another Unicode normal form', async () => {
    const stored = await hasher.hash('caf\u00e9 au lait');
    expect(await hasher.verify('cafe\u0301 au lait', stored)).to.equal(true);
  });

  describe('treats a malformed stored hash as not matching', () => {
    const valid = 'scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA==$' + Buffer.alloc(32, 1).toString('base64');
    const malformed: Record<string, string> = {
      'an empty value': '',
      'another scheme': valid.replace('scrypt', 'pbkdf2'),
      'a missing part': valid.split('$').slice(0, 5).join('$'),
      'an extra part': `${valid}$x`,
      'N not a power of two': valid.replace('$1024$', '$1000$'),
      'N too large for the memory limit': valid.replace('$1024$', '$1048576$'),
      'r of zero': valid.replace('$8$1$', '$0$1$'),
      'p too large': valid.replace('$8$1$', '$8$99$'),
      'a cost that is not a number': valid.replace('$1024$', '$abc$'),
      'a salt that is not base64': valid.replace('c2FsdHNhbHRzYWx0c2FsdA==', 'not base64!'),
      'a hash too short to be safe': valid.replace(/[^$]+$/, Buffer.alloc(8, 1).toString('base64')),
    };
    for (const [what, stored] of Object.entries(malformed)) {
      it(`with ${what}`, async () => {
        expect(await hasher.verify('any password', stored)).to.equal(false);
      });
    }
  });
});
