import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';
import { testNeo4jConfig } from '../support/neo4j.js';

/** The user-facing failures of issue 2: one clear line, a non-zero exit, never a stack trace. */
describe('kg errors are one line with what to do', () => {
  let blocker: Server;
  let takenPort = 0;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    takenPort = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  const expectOneLine = (stderr: string) => {
    const lines = stderr.split('\n').filter((line) => line.startsWith('kg:'));
    expect(lines).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  };

  it('no server: names the URI and says how to start one', async () => {
    const result = await runCli(['init', '--uri', 'bolt://127.0.0.1:1']);
    expect(result.code).not.toBe(0);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain('bolt://127.0.0.1:1');
    expect(result.stderr).toContain('kg neo4j start');
  });

  it('wrong password: names the URI and the variables to check, never the password', async () => {
    const { uri } = testNeo4jConfig();
    const result = await runCli(['init', '--uri', uri, '--password', 'not-the-password-42']);
    expect(result.code).not.toBe(0);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain(uri);
    expect(result.stderr).toContain('NEO4J_PASSWORD');
    expect(result.stderr).not.toContain('not-the-password-42');
  });

  it('taken port: names the port and the flag to change it', async () => {
    const result = await runCli([
      'neo4j',
      'start',
      '--instance',
      'port-clash',
      '--bolt-port',
      String(takenPort),
      '--http-port',
      String(takenPort),
      '--password',
      'port-clash-pw',
    ]);
    expect(result.code).not.toBe(0);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain(`Port ${takenPort}`);
    expect(result.stderr).toContain('--bolt-port');
  });

  it('status of an instance that never ran: says so and exits 3', async () => {
    const result = await runCli(['neo4j', 'status', '--instance', 'never-started', '--bolt-port', '1']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('kg neo4j start');
  });

  it('unknown command: one line and usage exit code', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Unknown|frobnicate/);
  });
});
