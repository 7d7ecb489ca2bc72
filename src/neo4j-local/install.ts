import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { LocalServerError } from '../errors.js';
import { PACKAGE_ROOT } from '../packageRoot.js';
import { jarArtifact } from './jarArtifact.js';
import type { LocalServerPaths } from './paths.js';
import { requireMaven } from './tools.js';

export const NEO4J_POM = join(PACKAGE_ROOT, 'scripts', 'neo4j', 'pom.xml');

export interface InstallResult {
  alreadyInstalled: boolean;
  jars: number;
  plugins: number;
}

/** True when lib/ and plugins/ were resolved from the current pom. */
export function isInstalled(paths: LocalServerPaths): boolean {
  return existsSync(paths.installStamp) && readFileSync(paths.installStamp, 'utf8').trim() === pomDigest();
}

/**
 * Resolves the Neo4j server, Browser and APOC core from Maven Central into the
 * cache (idempotent: a second call with the same pom does nothing).
 */
export async function installNeo4j(
  paths: LocalServerPaths,
  log: (line: string) => void = () => {},
): Promise<InstallResult> {
  if (isInstalled(paths)) {
    return { alreadyInstalled: true, jars: countJars(paths.lib), plugins: countJars(paths.plugins) };
  }
  const mvn = requireMaven();
  // Two processes installing at once (a test run and `kg demo`) take turns.
  const release = await acquireLock(`${paths.distribution}.lock`, log);
  try {
    if (isInstalled(paths)) {
      return { alreadyInstalled: true, jars: countJars(paths.lib), plugins: countJars(paths.plugins) };
    }
    return resolveWithMaven(mvn, paths, log);
  } finally {
    release();
  }
}

function resolveWithMaven(mvn: string, paths: LocalServerPaths, log: (line: string) => void): InstallResult {
  mkdirSync(paths.lib, { recursive: true });
  log(`Resolving Neo4j from Maven Central into ${paths.distribution} (first time only)...`);
  runMaven(mvn, 'Neo4j', ['-Pserver', ...COPY_RUNTIME_JARS, `-DoutputDirectory=${paths.lib}`]);
  installApoc(mvn, paths);
  writeFileSync(paths.installStamp, `${pomDigest()}\n`);
  return { alreadyInstalled: false, jars: countJars(paths.lib), plugins: countJars(paths.plugins) };
}

/**
 * APOC core into plugins/, the way the Docker image's `NEO4J_PLUGINS='["apoc"]'` has it: apoc-core,
 * apoc-common and their own dependencies (the `apoc` profile of the pom), less every jar whose
 * artifact lib/ already holds, so the server loads one version of each class (lib/ has
 * commons-lang3-3.18.0, APOC asks for 3.12.0). Resolved beside plugins/ and then moved in, so a
 * failed resolution leaves no half-filled plugins/.
 */
function installApoc(mvn: string, paths: LocalServerPaths): void {
  const staging = `${paths.plugins}.new`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  runMaven(mvn, 'APOC', ['-Papoc', ...COPY_RUNTIME_JARS, `-DoutputDirectory=${staging}`]);
  const inLib = new Set(readdirSync(paths.lib).map(jarArtifact));
  for (const jar of readdirSync(staging)) {
    if (inLib.has(jarArtifact(jar))) rmSync(join(staging, jar));
  }
  rmSync(paths.plugins, { recursive: true, force: true });
  renameSync(staging, paths.plugins);
}

/** A directory lock holding the owner's pid; a lock whose owner died is taken over. */
async function acquireLock(lock: string, log: (line: string) => void): Promise<() => void> {
  let announced = false;
  // On a fresh machine ~/.cache/newsgraph does not exist yet: the lock's parent comes first.
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock, { recursive: false });
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(existsSync(join(lock, 'pid')) ? readFileSync(join(lock, 'pid'), 'utf8') : 'NaN');
      if (Number.isInteger(owner) && !isAlive(owner)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!announced) log(`Another process is installing Neo4j (lock ${lock}); waiting for it...`);
      announced = true;
      await sleep(2000);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const COPY_RUNTIME_JARS = ['dependency:copy-dependencies', '-DincludeScope=runtime'];

function runMaven(mvn: string, what: string, goals: string[]): void {
  const result = spawnSync(mvn, ['-q', '-B', '-f', NEO4J_POM, ...goals], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const detail = `${result.stdout ?? ''}${result.stderr ?? ''}`
      .split('\n')
      .find((line) => line.includes('ERROR'));
    throw new LocalServerError(
      `Maven could not resolve ${what} (${detail?.trim() ?? result.error?.message ?? `exit ${result.status}`}): check access to Maven Central.`,
    );
  }
}

function pomDigest(): string {
  return createHash('sha256').update(readFileSync(NEO4J_POM)).digest('hex');
}

function countJars(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.jar')).length : 0;
}
