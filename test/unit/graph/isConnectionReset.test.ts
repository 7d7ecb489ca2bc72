import { Neo4jError } from 'neo4j-driver';

const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error');
import { describe, expect, it } from 'vitest';
import { isConnectionReset } from '../../../src/graph/gateway.js';

// A pooled connection whose socket a proxy dropped fails its RESET with a ProtocolError that the
// driver does not retry; the gateway retries exactly these, nothing else.
const cases: [string, unknown, boolean][] = [
  [
    'RESET failed on a reset socket',
    driverError('Received FAILURE as a response for RESET: Neo4jError: read ECONNRESET', 'ProtocolError'),
    true,
  ],
  ['EPIPE while writing', driverError('write EPIPE', 'ProtocolError'), true],
  [
    'a real protocol violation',
    driverError('Wrong struct size for Node, expected 3 but was 2', 'ProtocolError'),
    false,
  ],
  ['a syntax error', driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'), false],
  [
    'ECONNRESET under another code',
    driverError('read ECONNRESET', 'Neo.ClientError.Statement.SyntaxError'),
    false,
  ],
  ['a plain Error', new Error('read ECONNRESET'), false],
];

describe('isConnectionReset', () => {
  it.each(cases)('%s', (_name, error, expected) => {
    expect(isConnectionReset(error)).toBe(expected);
  });
});
