import { spawnSync } from 'node:child_process';
import { LocalServerError } from '../errors.js';

/** The java executable: $JAVA_HOME/bin/java when set, else `java` on PATH. */
export function javaExecutable(env: Record<string, string | undefined> = process.env): string {
  return env.JAVA_HOME ? `${env.JAVA_HOME}/bin/java` : 'java';
}

/** Fails with one line when Java is missing or older than 17 (Neo4j 5 needs 17 or 21). */
export function requireJava(): string {
  const java = javaExecutable();
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new LocalServerError(
      `Java 17 is required to run Neo4j locally and '${java}' did not run: install it (apt-get install openjdk-17-jre-headless) or set JAVA_HOME, or use Docker (docker compose up -d).`,
    );
  }
  const major = parseJavaMajor(`${probe.stderr}${probe.stdout}`);
  if (major !== undefined && major < 17) {
    throw new LocalServerError(
      `Neo4j 5 needs Java 17 or 21 but '${java}' is Java ${major}: set JAVA_HOME to a JDK 17.`,
    );
  }
  return java;
}

/** `openjdk version "17.0.15" 2025-04-15` -> 17; `java version "1.8.0_292"` -> 8 */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export function requireMaven(): string {
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new LocalServerError(
      "Maven is required to download Neo4j from Maven Central and 'mvn' did not run: install it (apt-get install maven) or use Docker (docker compose up -d).",
    );
  }
  return 'mvn';
}
