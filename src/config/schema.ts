import { availableParallelism } from 'node:os';

/**
 * Every setting of newsgraph in one typed schema: its type, a one-line description, its default,
 * and the flag and environment variable that set it. Commands build their options and `--help`
 * from it (src/cli/settingOption.ts); the layers below read their defaults from it. A value is
 * taken from the flag, else the environment variable, else the default.
 */
export type SettingType = 'string' | 'number' | 'boolean';

export type SettingValue<K extends SettingType> = K extends 'string'
  ? string
  : K extends 'number'
    ? number
    : boolean;

export interface Setting<K extends SettingType = SettingType> {
  type: K;
  /** One line for `--help`, without the default. */
  describe: string;
  default: SettingValue<K>;
  /** The command-line flag, for a setting a command takes. */
  flag?: string;
  /** The environment variable read when the flag is not given. */
  env?: string;
  /** How `--help` and the README show a default that is not a plain value ("10 MB"). */
  shownDefault?: string;
}

/** The password a new local server is created with, and the one a client tries, when none is set. */
const DEV_PASSWORD = 'newsgraph-dev';
const TEN_MB = 10 * 1024 * 1024;

export const SETTINGS = {
  // Where and how to reach Neo4j: every command that talks to it (src/config/neo4jConfig.ts).
  uri: {
    type: 'string',
    flag: 'uri',
    env: 'NEO4J_URI',
    default: 'bolt://127.0.0.1:7687',
    describe: 'Neo4j URI',
  },
  username: {
    type: 'string',
    flag: 'username',
    env: 'NEO4J_USERNAME',
    default: 'neo4j',
    describe: 'Neo4j user',
  },
  password: {
    type: 'string',
    flag: 'password',
    env: 'NEO4J_PASSWORD',
    default: DEV_PASSWORD,
    describe: 'Neo4j password',
  },
  database: {
    type: 'string',
    flag: 'database',
    env: 'NEO4J_DATABASE',
    default: 'neo4j',
    describe: 'Neo4j database',
  },

  // The local server of `kg neo4j` (src/neo4j-local/).
  instance: {
    type: 'string',
    flag: 'instance',
    default: 'default',
    describe: 'Instance name (separate data)',
  },
  boltPort: {
    type: 'number',
    flag: 'bolt-port',
    default: 7687,
    shownDefault: 'the port of a local NEO4J_URI, else 7687',
    describe: 'Bolt port',
  },
  httpPort: {
    type: 'number',
    flag: 'http-port',
    default: 7474,
    describe: 'HTTP port for Neo4j Browser',
  },
  serverPassword: {
    type: 'string',
    flag: 'password',
    env: 'NEO4J_PASSWORD',
    default: DEV_PASSWORD,
    describe: 'Password of user neo4j',
  },
  heap: { type: 'string', flag: 'heap', default: '1g', describe: 'Max Java heap' },
  pageCache: { type: 'string', flag: 'page-cache', default: '256m', describe: 'Page cache size' },
  startTimeout: {
    type: 'number',
    flag: 'timeout',
    default: 600,
    describe: 'Seconds to wait for Bolt',
  },

  // Ingest (src/pipeline/).
  batchSize: {
    type: 'number',
    flag: 'batch-size',
    default: 25,
    describe: 'Articles per write transaction',
  },
  // One per core, at most 4: extraction is CPU-bound and the main thread mostly waits.
  workers: {
    type: 'number',
    flag: 'workers',
    default: Math.max(1, Math.min(4, availableParallelism())),
    describe: 'Extraction worker threads (0: extract in the main thread)',
  },

  // Reading and splitting documents (src/text/).
  maxFileBytes: {
    type: 'number',
    flag: 'max-file-bytes',
    default: TEN_MB,
    shownDefault: '10 MB',
    describe: 'Refuse larger files',
  },
  // Equal to maxFileBytes: a file the default limit allows stays one article; raise both to stream larger ones.
  streamAboveBytes: {
    type: 'number',
    default: TEN_MB,
    shownDefault: '10 MB',
    describe: 'Read larger .txt and .md files as a stream of part articles, with flat memory',
  },
  partSentences: {
    type: 'number',
    default: 200,
    describe: 'A streamed part closes at the first line end after this many sentences',
  },
  // Reading URLs and feeds (src/fetch/, src/text/web/).
  followLinks: {
    type: 'boolean',
    flag: 'follow-links',
    default: false,
    describe: 'Fetch the page of a feed item that has only a summary and a link',
  },
  // Polite to one site, still overlapping the wait for one page with the next.
  concurrency: {
    type: 'number',
    flag: 'concurrency',
    default: 2,
    describe: 'HTTP requests in flight to one host',
  },
  fetchTimeout: {
    type: 'number',
    flag: 'fetch-timeout',
    default: 30,
    describe: 'Seconds one URL may take, redirects and body included',
  },
  connectTimeout: {
    type: 'number',
    flag: 'connect-timeout',
    default: 10,
    describe: 'Seconds to open a connection to a host',
  },
  maxRedirects: {
    type: 'number',
    default: 5,
    describe: 'Redirects followed before a URL is given up',
  },

  // "a table flattened into one line", "a minified script": not sentences a reader wrote
  maxSentenceChars: {
    type: 'number',
    flag: 'max-sentence-chars',
    default: 2000,
    describe: 'Cut longer sentences at the last space before this many characters',
  },
} as const satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;

/** How a setting's default is written for people: "10 MB", "bolt://127.0.0.1:7687". */
export function shownDefault(spec: Setting): string {
  return spec.shownDefault ?? String(spec.default);
}
