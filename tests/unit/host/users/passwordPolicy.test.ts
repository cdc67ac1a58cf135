import { expect } from 'chai';
import { HostError } from '../../../../src/host/HostError';
import { checkPasswordPolicy } from '../../../../src/host/users/passwordPolicy';

describe('checkPasswordPolicy', () => {
  it('accepts a password of 8 characters that is not the user name', () => {
    expect(() => checkPasswordPolicy('Alice', '12345678')).not.to.throw();
  });

  it('refuses a password shorter than 8 characters', () => {
    expect(() => checkPasswordPolicy('Alice', '1234567'))
      .to.throw(HostError, 'Passwords must be at least 8 characters.')
      .with.property('code', 'passwordtooshort');
  });

  it('counts characters, not bytes', () => {
    expect(() => checkPasswordPolicy('Alice', 'ééééééé')).to.throw(HostError).with.property('code', 'passwordtooshort');
  });

  it('refuses a password longer than 4096 characters', () => {
    expect(() => checkPasswordPolicy('Alice', 'x'.repeat(4097)))
      .to.throw(HostError, 'Passwords cannot be longer than 4096 characters.')
      .with.property('code', 'passwordtoolong');
  });

  it('refuses the user name as password, in any letter case', () => {
    for (const password of ['Alice Liddell', 'alice liddell', 'ALICE LIDDELL']) {
      expect(() => checkPasswordPolicy('Alice Liddell', password))
        .to.throw(HostError, 'Your password must be different from your username.')
        .with.property('code', 'password-name-match');
    }
  });
});
