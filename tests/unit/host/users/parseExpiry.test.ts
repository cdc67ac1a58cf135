import { expect } from 'chai';
import { HostError } from '../../../../src/host/HostError';
import { parseExpiry, parseFutureExpiry } from '../../../../src/host/users/parseExpiry';

const now = new Date('2026-03-01T12:00:00Z');

describe('parseExpiry', () => {
  it('reads every word MediaWiki accepts for "never", in any case', () => {
    for (const word of ['infinity', 'infinite', 'indefinite', 'never', ' Infinite ', 'NEVER']) {
      expect(parseExpiry(word, now)).to.equal('infinity');
    }
  });

  it('keeps a 14-digit timestamp', () => {
    expect(parseExpiry('20260401000000', now)).to.equal('20260401000000');
  });

  it('reads ISO 8601 dates, as UTC unless they say otherwise', () => {
    expect(parseExpiry('2026-04-01', now)).to.equal('20260401000000');
    expect(parseExpiry('2026-04-01T10:30', now)).to.equal('20260401103000');
    expect(parseExpiry('2026-04-01T10:30:15Z', now)).to.equal('20260401103015');
    expect(parseExpiry('2026-04-01T10:30:00+02:00', now)).to.equal('20260401083000');
    expect(parseExpiry('2026-04-01 10:30:00', now)).to.equal('20260401103000');
  });

  it('counts durations from now', () => {
    expect(parseExpiry('3 hours', now)).to.equal('20260301150000');
    expect(parseExpiry('1 day', now)).to.equal('20260302120000');
    expect(parseExpiry('2 weeks', now)).to.equal('20260315120000');
    expect(parseExpiry('1 fortnight', now)).to.equal('20260315120000');
    expect(parseExpiry('90 minutes', now)).to.equal('20260301133000');
  });

  it('adds months and years on the calendar', () => {
    expect(parseExpiry('1 month', now)).to.equal('20260401120000');
    expect(parseExpiry('1 year', now)).to.equal('20270301120000');
  });

  it('adds several parts of a duration', () => {
    expect(parseExpiry('1 day 12 hours', now)).to.equal('20260303000000');
    expect(parseExpiry('1 week, 1 day', now)).to.equal('20260309120000');
    expect(parseExpiry('+2 Days', now)).to.equal('20260303120000');
  });

  it('refuses anything else with a message naming the input and the accepted forms', () => {
    for (const input of ['', 'soon', 'two weeks', '2 eons', '2026-02-31', '20260231000000', '2026-13-01', '1234', '99999 years']) {
      expect(() => parseExpiry(input, now))
        .to.throw(HostError, `Invalid expiry time "${input}". Use "infinity", a date, or a duration such as "2 weeks".`)
        .with.property('code', 'invalidexpiry');
    }
  });
});

describe('parseFutureExpiry', () => {
  it('accepts a time after now and infinity', () => {
    expect(parseFutureExpiry('20260301120001', now)).to.equal('20260301120001');
    expect(parseFutureExpiry('infinite', now)).to.equal('infinity');
  });

  it('refuses a time that has come, now included', () => {
    for (const input of ['2026-01-01', '20260301120000', '0 seconds']) {
      expect(() => parseFutureExpiry(input, now))
        .to.throw(HostError, `The expiry time "${input}" is in the past.`)
        .with.property('code', 'pastexpiry');
    }
  });

  it('still reports an unreadable time as invalid rather than past', () => {
    expect(() => parseFutureExpiry('yesterday-ish', now)).to.throw(HostError).with.property('code', 'invalidexpiry');
  });
});
