import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { firstLineOf } from '../../src/errors.js';
import { createGateway } from '../../src/graph/gateway.js';
import {
  localServerStatus,
  startLocalServer,
  stopLocalServer,
  LOCAL_DEFAULTS,
} from '../../src/neo4j-local/server.js';
import type { Neo4jConfig } from '../../src/config/neo4jConfig.js';

/**
 * Gives the suite a real Neo4j 5, in this order:
 * 1. NEO4J_URI (with NEO4J_USERNAME / NEO4J_PASSWORD) when set: CI starts the local server and sets it;
 * 2. a testcontainers Neo4jContainer when a container engine answers (image NEWSGRAPH_TEST_IMAGE,
 *    default neo4j:5.26-community). When NEWSGRAPH_TEST_IMAGE is set, that image is required: no
 *    engine, a missing image or a container that does not start fails the run instead of falling
 *    back, so CI cannot pass through the local server while claiming the Docker path;
 * 3. the local server from Maven Central (`kg neo4j start --instance test`), on its own ports and data,
 *    so tests never clean a database that matters. It is stopped at the end unless it was already running.
 */
const TEST_LOCAL = {
  ...LOCAL_DEFAULTS,
  instance: 'test',
  boltPort: 17687,
  httpPort: 17474,
  password: 'newsgraph-test',
};

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConfig & { source: string; version: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let config: Neo4jConfig;
  let source: string;
  let teardown = async () => {};
  if (process.env.NEO4J_URI) {
    config = {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME || 'neo4j',
      password: process.env.NEO4J_PASSWORD || 'newsgraph-dev',
      database: process.env.NEO4J_DATABASE || 'neo4j',
    };
    source = 'NEO4J_URI';
  } else {
    const container = await tryContainer();
    if (container) {
      config = {
        uri: container.uri,
        username: container.username,
        password: container.password,
        database: 'neo4j',
      };
      source = `testcontainers (${process.env.NEWSGRAPH_TEST_IMAGE ?? 'neo4j:5.26-community'})`;
      teardown = container.stop;
    } else {
      const alreadyRunning = (await localServerStatus(TEST_LOCAL)).running;
      const status = await startLocalServer(TEST_LOCAL, (line) => process.stderr.write(`[neo4j] ${line}\n`));
      // Stop it afterwards only if this run started it (another run may be using it).
      const startedHere = !alreadyRunning && !process.env.NEWSGRAPH_KEEP_TEST_SERVER;
      config = { uri: status.uri, username: 'neo4j', password: TEST_LOCAL.password, database: 'neo4j' };
      source = `local server from Maven Central (instance test, pid ${status.pid})`;
      if (startedHere) teardown = async () => void (await stopLocalServer(TEST_LOCAL));
    }
  }
  const gateway = createGateway(config);
  let version: string;
  try {
    const info = await gateway.verifyConnectivity();
    version = `${info.version} ${info.edition}`;
  } finally {
    await gateway.close();
  }
  process.stderr.write(`[neo4j] integration tests use Neo4j ${version} via ${source} at ${config.uri}\n`);
  project.provide('neo4j', { ...config, source, version });
  return teardown;
}

async function tryContainer() {
  const requiredImage = process.env.NEWSGRAPH_TEST_IMAGE;
  const modulePath = new URL('./containerServer.ts', import.meta.url);
  if (!existsSync(modulePath)) return null;
  const { startContainerServer } = (await import(modulePath.href)) as {
    startContainerServer: (
      image: string,
      password: string,
    ) => Promise<{ uri: string; username: string; password: string; stop(): Promise<void> } | null>;
  };
  let server: Awaited<ReturnType<typeof startContainerServer>>;
  try {
    server = await startContainerServer(requiredImage ?? 'neo4j:5.26-community', 'newsgraph-test');
  } catch (error) {
    const reason = firstLineOf(error);
    if (requiredImage) {
      throw new Error(`NEWSGRAPH_TEST_IMAGE=${requiredImage}: the container did not start (${reason})`, {
        cause: error,
      });
    }
    process.stderr.write(
      `[neo4j] container engine answered but the container did not start (${reason}); using the local server\n`,
    );
    return null;
  }
  if (!server && requiredImage) {
    throw new Error(
      `NEWSGRAPH_TEST_IMAGE=${requiredImage}: no container engine answers on DOCKER_HOST or /var/run/docker.sock` +
        ' (scripts/docker/start-dockerd.sh starts one); unset NEWSGRAPH_TEST_IMAGE to use the local server',
    );
  }
  return server;
}
