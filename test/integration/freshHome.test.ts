import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NEO4J_VERSION } from '../../src/neo4j-local/paths.js';
import { runCli } from '../support/runCli.js';

/**
 * A new user's machine: HOME is an empty directory, so ~/.cache does not exist. `kg neo4j install`
 * must create ~/.cache/newsgraph itself before it takes its install lock there (issue 15: the lock's
 * non-recursive mkdir failed with ENOENT). Maven still reads the machine's own ~/.m2 repository
 * (maven.repo.local), so nothing is downloaded again; newsgraph's own cache starts from nothing.
 */
const home = mkdtempSync(join(tmpdir(), 'newsgraph-fresh-home-'));
const cache = join(home, '.cache', 'newsgraph');

afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('a fresh HOME with no ~/.cache', () => {
  it('kg neo4j install creates the cache folders and installs', { timeout: 900_000 }, async () => {
    expect(existsSync(join(home, '.cache'))).toBe(false);
    const result = await runCli(['neo4j', 'install'], {
      HOME: home,
      XDG_CACHE_HOME: undefined,
      NEWSGRAPH_CACHE: undefined,
      MAVEN_OPTS:
        `${process.env.MAVEN_OPTS ?? ''} -Dmaven.repo.local=${join(homedir(), '.m2', 'repository')}`.trim(),
    });
    expect(result.stderr).not.toMatch(/ENOENT/);
    expect(result.code).toBe(0);
    const distribution = join(cache, `neo4j-${NEO4J_VERSION}`);
    expect(result.stdout).toContain(`installed in ${distribution}`);
    expect(existsSync(join(distribution, '.installed'))).toBe(true);
    // the lock is released
    expect(existsSync(`${distribution}.lock`)).toBe(false);
  });
});
