import { describe, expect, it } from 'vitest';
import { listenHost } from '../../../src/serve/listenHost.js';

const cases: [string | undefined, string, boolean][] = [
  [undefined, '127.0.0.1', false],
  ['127.0.0.1', '127.0.0.1', false],
  ['localhost', 'localhost', false],
  ['::1', '::1', false],
  ['0.0.0.0', '0.0.0.0', true],
  ['192.168.1.20', '192.168.1.20', true],
];

describe('listenHost', () => {
  it.each(cases)('--host %j listens on %s (warning: %s)', (given, host, warns) => {
    const result = listenHost(given);
    expect(result.host).toBe(host);
    expect(result.warning !== undefined).toBe(warns);
  });

  it('refuses a value that is not a host', () => {
    expect(() => listenHost('x; rm -rf /')).toThrow(/not a host/);
  });
});
