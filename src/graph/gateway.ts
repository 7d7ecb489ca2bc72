import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { describeNeo4jConfig, type Neo4jConfig } from '../config/neo4jConfig.js';
import { maskSecrets } from '../config/maskSecrets.js';
import {
  firstLineOf,
  Neo4jAuthError,
  Neo4jQueryError,
  Neo4jUnavailableError,
  NewsgraphError,
} from '../errors.js';
import { toPlain } from './toPlain.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Runs statements inside one managed transaction. */
export interface TxRunner {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

export interface ServerInfo {
  address: string;
  version: string;
  edition: string;
}

/**
 * The one gateway to Neo4j: it owns the driver. Everything else calls
 * executeRead / executeWrite (managed transactions, so transient errors and
 * leader switches are retried by the driver), and gets plain JS rows back.
 */
export interface Gateway {
  readonly config: Neo4jConfig;
  executeRead(cypher: string, params?: Params): Promise<Row[]>;
  executeWrite(cypher: string, params?: Params): Promise<Row[]>;
  /** Several statements in one write transaction (all or nothing, retried as a whole). */
  writeTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T>;
  readTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T>;
  verifyConnectivity(): Promise<ServerInfo>;
  close(): Promise<void>;
}

export interface GatewayOptions {
  /** Log every statement and its parameters to stderr. Also on with NEWSGRAPH_DEBUG=1. */
  debug?: boolean;
  /** How long the driver keeps retrying a transaction on transient errors (ms). */
  maxTransactionRetryTime?: number;
  connectionTimeout?: number;
}

export function createGateway(config: Neo4jConfig, options: GatewayOptions = {}): Gateway {
  const debug = options.debug ?? process.env.NEWSGRAPH_DEBUG === '1';
  const retryTime = options.maxTransactionRetryTime ?? 30_000;
  const driver: Driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    maxTransactionRetryTime: retryTime,
    connectionTimeout: options.connectionTimeout ?? 10_000,
    disableLosslessIntegers: false,
    userAgent: 'newsgraph',
  });
  const log = (cypher: string, params: Params | undefined) => {
    if (debug)
      process.stderr.write(
        maskSecrets(`[cypher] ${cypher.trim()}\n[params] ${safeJson(params)}\n`, [config.password]),
      );
  };
  const runner = (tx: ManagedTransaction): TxRunner => ({
    async run(cypher, params = {}) {
      log(cypher, params);
      const result = await tx.run(cypher, params);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    },
  });
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({
      database: config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });

  async function once<T>(mode: 'READ' | 'WRITE', work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const s = session(mode);
    try {
      return mode === 'READ'
        ? await s.executeRead((tx) => work(runner(tx)))
        : await s.executeWrite((tx) => work(runner(tx)));
    } finally {
      await s.close().catch(() => undefined);
    }
  }

  /** The driver's retries, plus ours for a connection reset it reports as a protocol error. */
  async function inSession<T>(mode: 'READ' | 'WRITE', work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const deadline = Date.now() + retryTime;
    for (let attempt = 1; ; attempt++) {
      try {
        return await once(mode, work);
      } catch (error) {
        if (!isConnectionReset(error) || Date.now() >= deadline) throw mapNeo4jError(error, config);
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 500 * attempt)));
      }
    }
  }

  return {
    config,
    executeRead: (cypher, params) => inSession('READ', (tx) => tx.run(cypher, params)),
    executeWrite: (cypher, params) => inSession('WRITE', (tx) => tx.run(cypher, params)),
    writeTransaction: (work) => inSession('WRITE', work),
    readTransaction: (work) => inSession('READ', work),
    async verifyConnectivity() {
      try {
        const info = await driver.getServerInfo({ database: config.database });
        const rows = await inSession('READ', (tx) =>
          tx.run('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition'),
        );
        return {
          address: info.address ?? config.uri,
          version: String(rows[0]?.version ?? info.agent ?? 'unknown'),
          edition: String(rows[0]?.edition ?? 'unknown'),
        };
      } catch (error) {
        throw mapNeo4jError(error, config);
      }
    },
    close: () => driver.close(),
  };
}

/**
 * A socket reset while the driver sends RESET on a pooled connection comes back as a non-retryable
 * ProtocolError ("Received FAILURE as a response for RESET: ... ECONNRESET"), although it is a lost
 * connection like ServiceUnavailable, which the driver retries. Seen when a proxy drops every socket.
 */
export function isConnectionReset(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code === 'ProtocolError' &&
    /ECONNRESET|EPIPE|response for RESET|connection (was )?closed/i.test(error.message)
  );
}

/**
 * Maps driver errors to ours with one line that says what to do. Never includes the password:
 * neither config.password nor one written into the URI ("bolt://neo4j:s3cret@host").
 */
export function mapNeo4jError(error: unknown, config: Neo4jConfig): Error {
  if (error instanceof NewsgraphError) return error;
  const mapped = describeDriverError(error, config);
  mapped.message = maskSecrets(mapped.message, [config.password]);
  return mapped;
}

function describeDriverError(error: unknown, config: Neo4jConfig): NewsgraphError {
  const where = describeNeo4jConfig(config);
  const message = firstLineOf(error);
  if (error instanceof Neo4jError) {
    if (
      error.code === 'Neo.ClientError.Security.Unauthorized' ||
      error.code.includes('Security.Authentication')
    ) {
      return new Neo4jAuthError(
        `Neo4j at ${config.uri} refused the credentials for user '${config.username}': check NEO4J_USERNAME/NEO4J_PASSWORD (or --username/--password).`,
      );
    }
    if (error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new Neo4jAuthError(
        `Neo4j at ${config.uri} is rate-limiting logins after failed attempts: wait a few seconds and check the password.`,
      );
    }
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
      return new Neo4jUnavailableError(
        `No Neo4j answers at ${config.uri}: start one with 'kg neo4j start' or 'docker compose up -d', or set NEO4J_URI (${message}).`,
      );
    }
    if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new Neo4jQueryError(
        `Database '${config.database}' does not exist at ${config.uri}: Community has only 'neo4j'; set NEO4J_DATABASE.`,
      );
    }
    return new Neo4jQueryError(`Neo4j (${where}) rejected a query: ${error.code}: ${message}`);
  }
  return new Neo4jUnavailableError(`Could not talk to Neo4j at ${config.uri}: ${message}`);
}

function safeJson(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    return text.length > 2000 ? `${text.slice(0, 2000)}... (${text.length} chars)` : text;
  } catch {
    return '[unserialisable]';
  }
}
