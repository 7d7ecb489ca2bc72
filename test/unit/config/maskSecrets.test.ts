/**
 * Passwords never reach what a user sees: errors mapped from the driver, the config description,
 * the CLI's one-line errors, and errors of child processes that echo their command line.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { maskSecrets } from '../../../src/config/maskSecrets.js';
import { describeNeo4jConfig, type Neo4jConfig } from '../../../src/config/neo4jConfig.js';
import { secretsFrom } from '../../../src/config/secretsFrom.js';
import { LocalServerError } from '../../../src/errors.js';
import { PACKAGE_ROOT } from '../../../src/packageRoot.js';
import { mapNeo4jError } from '../../../src/graph/gateway.js';
import type { LocalServerPaths } from '../../../src/neo4j-local/paths.js';
import { setInitialPassword } from '../../../src/neo4j-local/server.js';

const SECRET = 'Sup3r-Secret-pw';

describe('maskSecrets', () => {
  it.each<[string, (string | undefined)[], string]>([
    ['auth failed for Sup3r-Secret-pw', [SECRET], 'auth failed for ***'],
    ['twice: Sup3r-Secret-pw and Sup3r-Secret-pw', [SECRET], 'twice: *** and ***'],
    ['nothing to hide', [SECRET], 'nothing to hide'],
    ['no secret given', [], 'no secret given'],
    ['empty and undefined secrets are ignored', ['', undefined], 'empty and undefined secrets are ignored'],
    ['longest first: abcdef', ['abc', 'abcdef'], 'longest first: ***'],
    ['bolt://neo4j:hunter22@db.example.com:7687', [], 'bolt://neo4j:***@db.example.com:7687'],
    ['at neo4j+s://u:p%40ss@x.databases.neo4j.io fails', [], 'at neo4j+s://u:***@x.databases.neo4j.io fails'],
    ['bolt://127.0.0.1:7687 has no userinfo', [], 'bolt://127.0.0.1:7687 has no userinfo'],
    ['bolt://neo4j@host:7687 has no password', [], 'bolt://neo4j@host:7687 has no password'],
    ['java ... set-initial-password Sup3r-Secret-pw', [SECRET], 'java ... set-initial-password ***'],
    ['regex chars a.b*c', ['a.b*c'], 'regex chars ***'],
  ])('%s', (text, secrets, expected) => expect(maskSecrets(text, secrets)).toBe(expected));
});

describe('secretsFrom: NEO4J_PASSWORD and every --password on the command line', () => {
  it.each<[string[], Record<string, string>, string[]]>([
    [['ingest', 'a.txt'], {}, []],
    [['ingest', '--password', 'p1', 'a.txt'], {}, ['p1']],
    [['ingest', '--password=p2'], { NEO4J_PASSWORD: 'env-pw' }, ['env-pw', 'p2']],
    [['neo4j', 'start', '--password'], { NEO4J_PASSWORD: '' }, []],
  ])('%j %j', (argv, env, expected) => expect(secretsFrom(argv, env)).toEqual(expected));
});

const config = (uri: string): Neo4jConfig => ({
  uri,
  username: 'neo4j',
  password: SECRET,
  database: 'neo4j',
});

describe('mapNeo4jError and describeNeo4jConfig never show the password', () => {
  it.each<[string, unknown, string]>([
    [
      'driver message that echoes the password',
      new Neo4jError(`bad credentials ${SECRET}`, 'Neo.ClientError.Statement.SyntaxError', '', ''),
      'bolt://127.0.0.1:7687',
    ],
    [
      'connection refused, password in the URI',
      new Neo4jError('connect ECONNREFUSED', 'ServiceUnavailable', '', ''),
      `bolt://neo4j:${SECRET}@127.0.0.1:1`,
    ],
    [
      'other password in the URI',
      new Neo4jError('connect ECONNREFUSED', 'ServiceUnavailable', '', ''),
      'bolt://neo4j:another-one@127.0.0.1:1',
    ],
    [
      'wrong credentials, password in the URI',
      new Neo4jError('The client is unauthorized', 'Neo.ClientError.Security.Unauthorized', '', ''),
      `neo4j://neo4j:${SECRET}@db:7687`,
    ],
    ['plain Error', new Error(`socket closed while sending ${SECRET}`), 'bolt://127.0.0.1:7687'],
    ['a string', `thrown string ${SECRET}`, `bolt://u:${SECRET}@h`],
  ])('%s', (_name, error, uri) => {
    const message = mapNeo4jError(error, config(uri)).message;
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain('another-one');
    expect(message).not.toMatch(/\n/);
    expect(describeNeo4jConfig(config(uri))).not.toContain(SECRET);
  });
});

describe('the CLI masks passwords in the one-line error it prints', () => {
  afterEach(() => vi.restoreAllMocks());

  async function stderrOf(argv: string[]): Promise<{ code: number; err: string }> {
    let err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    const code = await run(argv);
    vi.restoreAllMocks();
    return { code, err };
  }

  it('an error that echoes the --password value', async () => {
    // The lexicon path contains the password: the InputError naming it is printed masked.
    const { code, err } = await stderrOf([
      'ingest',
      'data/articles',
      '--dry-run',
      '--workers',
      '0',
      '--lexicon',
      `/nonexistent/${SECRET}.tsv`,
      '--password',
      SECRET,
    ]);
    expect(code).not.toBe(0);
    expect(err).toContain('kg: /nonexistent/***.tsv: cannot read lexicon file');
    expect(err).not.toContain(SECRET);
  });

  it('no server at a URI that carries the password', async () => {
    const { code, err } = await stderrOf(['init', '--uri', `bolt://neo4j:${SECRET}@127.0.0.1:1`]);
    expect(code).not.toBe(0);
    expect(err).toMatch(/^kg: No Neo4j answers at bolt:\/\/neo4j:\*\*\*@127\.0\.0\.1:1/);
    expect(err).not.toContain(SECRET);
  });
});

describe('set-initial-password keeps the password off command lines and out of errors', () => {
  it('passes it in an @-file, and masks it when the admin tool echoes what it read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-java-'));
    const java = join(dir, 'java');
    const commandLine = join(dir, 'command-line');
    // Like a JVM tool that fails and prints its arguments, @-files expanded (as picocli reads them).
    writeFileSync(
      java,
      `#!/bin/sh\necho "$*" > '${commandLine}'\n` +
        'for a in "$@"; do case "$a" in @*) a=$(cat "${a#@}");; esac; printf "%s " "$a"; done > "$0.read"\n' +
        'echo "ERROR: command failed: $(cat "$0.read")" >&2\nexit 1\n',
    );
    chmodSync(java, 0o755);
    const paths = { lib: join(dir, 'lib') } as LocalServerPaths;
    let error: unknown;
    try {
      setInitialPassword(java, paths, SECRET, { PATH: process.env.PATH });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LocalServerError);
    const message = (error as Error).message;
    expect(message).toContain('set-initial-password "***"');
    expect(message).not.toContain(SECRET);
    const args = readFileSync(commandLine, 'utf8');
    expect(args).toMatch(/set-initial-password @\S+password\.args/);
    expect(args).not.toContain(SECRET);
  });
});

describe('.env stays out of git', () => {
  it('git check-ignore says .env is ignored', () => {
    const check = spawnSync('git', ['check-ignore', '--quiet', '.env'], { cwd: PACKAGE_ROOT });
    expect(check.status).toBe(0);
  });
});
