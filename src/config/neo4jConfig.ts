import { config as loadDotenv } from 'dotenv';
import { maskSecrets } from './maskSecrets.js';
import { SETTINGS } from './schema.js';

/** Where and how to reach Neo4j. Flags override the environment, which overrides defaults. */
export interface Neo4jConfig {
  /** Bolt or routing URI, e.g. bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io */
  uri: string;
  username: string;
  password: string;
  /** Community has exactly one user database, `neo4j`. */
  database: string;
}

const { uri, username, password, database } = SETTINGS;

export const NEO4J_DEFAULTS: Neo4jConfig = {
  uri: uri.default,
  username: username.default,
  password: password.default,
  database: database.default,
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
    uri: pick(flags.uri, env[uri.env], uri.default),
    username: pick(flags.username, env[username.env], username.default),
    password: pick(flags.password, env[password.env], password.default),
    database: pick(flags.database, env[database.env], database.default),
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
