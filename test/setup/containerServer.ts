import { request } from 'node:http';
import neo4j from 'neo4j-driver';

/** A Neo4j started in a container for the test suite. */
export interface ContainerServer {
  uri: string;
  username: string;
  password: string;
  version?: string;
  stop(): Promise<void>;
}

/** Where the Docker Engine API answers: DOCKER_HOST (unix:// or tcp://), else the default socket. */
interface EngineAddress {
  socketPath?: string;
  host?: string;
  port?: number;
}

const PING_TIMEOUT_MS = 3_000;

function engineAddress(dockerHost = process.env.DOCKER_HOST): EngineAddress {
  if (!dockerHost) return { socketPath: '/var/run/docker.sock' };
  if (dockerHost.startsWith('unix://')) return { socketPath: dockerHost.slice('unix://'.length) };
  const url = new URL(dockerHost.replace(/^tcp:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 2375) };
}

/** GET on the Engine API; resolves with the status code, or null when nothing answers in time. */
function engineGet(address: EngineAddress, path: string): Promise<number | null> {
  return new Promise((resolve) => {
    const req = request({ ...address, path, method: 'GET', timeout: PING_TIMEOUT_MS }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
    req.end();
  });
}

/**
 * Starts `image` with testcontainers' Neo4jContainer, the given password and APOC core, and returns its Bolt URI.
 * Returns null within a few seconds when no container engine answers. Never pulls: ryuk (which
 * would be pulled from Docker Hub) is disabled, and an image that is not present locally is an
 * error naming the command that provides it (`docker pull`, or scripts/docker/build-neo4j-image.sh).
 * NEWSGRAPH_TEST_STARTUP_MS sets how long to wait for Neo4j's "Started." line (default 300000).
 */
export async function startContainerServer(image: string, password: string): Promise<ContainerServer | null> {
  const address = engineAddress();
  if ((await engineGet(address, '/_ping')) !== 200) return null;
  if (
    (await engineGet(address, `/images/${image.split('/').map(encodeURIComponent).join('/')}/json`)) !== 200
  ) {
    throw new Error(
      `image ${image} is not present in the local container engine; run \`docker pull ${image}\`` +
        ' or build the registry-free image with scripts/docker/build-neo4j-image.sh',
    );
  }

  // Read when the first container starts: no ryuk container, so nothing is pulled for it.
  process.env.TESTCONTAINERS_RYUK_DISABLED ??= 'true';
  // A local engine's published ports are reached on loopback. Without this, testcontainers sees
  // /.dockerenv (present on some VMs built from images) and uses the docker0 bridge gateway
  // (172.17.0.1) when the engine lists it, or tries to pull alpine to find a gateway.
  if (address.socketPath) process.env.TESTCONTAINERS_HOST_OVERRIDE ??= 'localhost';
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const { PullPolicy } = await import('testcontainers');

  const startupMs = Number(process.env.NEWSGRAPH_TEST_STARTUP_MS || 300_000);
  const started = await new Neo4jContainer(image)
    .withPassword(password)
    // NEO4J_PLUGINS='["apoc"]': APOC core from the image's labs/, as docker-compose.yml has it
    .withApoc()
    .withPullPolicy(PullPolicy.defaultPolicy()) // pulls only a missing image, and we checked it is present
    .withStartupTimeout(startupMs)
    .start();

  const uri = started.getBoltUri().replace(/\/$/, '');
  const username = started.getUsername();
  let version: string | undefined;
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
  try {
    const info = await driver.getServerInfo();
    version = info.agent?.replace(/^Neo4j\//, '');
  } catch (error) {
    await started.stop();
    throw error;
  } finally {
    await driver.close();
  }

  return {
    uri,
    username,
    password,
    version,
    async stop() {
      // Neo4j gets 30 s after SIGTERM to checkpoint and stop (testcontainers' default is SIGKILL).
      await started.stop({ timeout: 30_000 });
    },
  };
}
