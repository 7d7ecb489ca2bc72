import { config as loadDotenv } from 'dotenv';
import { maskSecrets } from './maskSecrets.js';

/** Where and how to reach Neo4j. Flags override the environment, which overrides defaults. */
export interface Neo4jConfig {
  /** Bolt or routing URI, e.g. bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io */
  uri: string;
  username: string;
  password: string;
  /** Community has exactly one user database, `neo4j`. */
  database: string;
}

export const NEO4J_DEFAULTS: Neo4jConfig = {
  uri: 'bolt://127.0.0.1:7687',
  username: 'neo4j',
  password: 'newsgraph-dev',
  database: 'neo4j',
};

let dotenvLoaded = false;

/** Reads `.env` from the working directory once; real environment variables win. */
export function loadEnvFile(): void {
  if (dotenvLoaded) return;
  dotenvLoaded = true;
  loadDotenv({ quiet: true });
}

/** Pure: merge defaults < env < flags. */
export function resolveNeo4jConfig(
  env: Record<string, string | undefined>,
  flags: Partial<Neo4jConfig> = {},
): Neo4jConfig {
  const pick = (flag: string | undefined, envValue: string | undefined, fallback: string) =>
    flag ?? (envValue && envValue.length > 0 ? envValue : fallback);
  return {
    uri: pick(flags.uri, env.NEO4J_URI, NEO4J_DEFAULTS.uri),
    username: pick(flags.username, env.NEO4J_USERNAME, NEO4J_DEFAULTS.username),
    password: pick(flags.password, env.NEO4J_PASSWORD, NEO4J_DEFAULTS.password),
    database: pick(flags.database, env.NEO4J_DATABASE, NEO4J_DEFAULTS.database),
  };
}

/** For logs and errors: never show the password (not even one written into the URI). */
export function describeNeo4jConfig(config: Neo4jConfig): string {
  return maskSecrets(`${config.uri} as ${config.username} (database ${config.database})`, [config.password]);
}

/** Replaces every occurrence of the password (and any URI password) in a text with ***. */
export function maskSecret(text: string, secret: string | undefined): string {
  return maskSecrets(text, [secret]);
}
