import { expect } from 'chai';
import { serverUrl } from '../../../src/framework/core/serverUrl';

describe('serverUrl', () => {
  it('uses wgServer when the site sets it', () => {
    expect(serverUrl('https://wiki.example.org', { host: 'localhost:8090' })).to.equal('https://wiki.example.org');
  });

  it('otherwise names the host and port the request was sent to', () => {
    expect(serverUrl('', { host: 'localhost:8090' })).to.equal('http://localhost:8090');
    expect(serverUrl('', { host: 'wiki.example.org' }, true)).to.equal('https://wiki.example.org');
    expect(serverUrl('', { host: '[::1]:8080' })).to.equal('http://[::1]:8080');
  });

  it('falls back to localhost for a missing or malformed Host header instead of echoing it', () => {
    expect(serverUrl('', {})).to.equal('http://localhost');
    expect(serverUrl('', { host: 'evil.example/"><script>' })).to.equal('http://localhost');
  });
});
