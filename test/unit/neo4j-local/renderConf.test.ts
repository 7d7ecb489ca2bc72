import { describe, expect, it } from 'vitest';
import { javaArgs, renderConf } from '../../../src/neo4j-local/renderConf.js';
import { localServerPaths } from '../../../src/neo4j-local/paths.js';
import { parseJavaMajor } from '../../../src/neo4j-local/tools.js';
import { LOCAL_DEFAULTS } from '../../../src/neo4j-local/server.js';
import { localServerOptionsFrom } from '../../../src/cli/localServerOptions.js';

const paths = localServerPaths('demo', { NEWSGRAPH_CACHE: '/cache' });
const options = { ...LOCAL_DEFAULTS, instance: 'demo', boltPort: 17687, httpPort: 17474 };

describe('renderConf', () => {
  const conf = renderConf(options, paths);
  it.each([
    'server.bolt.listen_address=127.0.0.1:17687',
    'server.http.listen_address=127.0.0.1:17474',
    'server.default_listen_address=127.0.0.1',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    'server.directories.data=/cache/instances/demo/data',
    // idle wake-ups every 10 s, not every second
    'db.transaction.monitor.check.interval=10s',
    'internal.db.idcontroller.maintenance_interval=10s',
  ])('has %s', (line) => expect(conf.split('\n')).toContain(line));
  it('never listens on all interfaces', () => expect(conf).not.toContain('0.0.0.0'));
});

describe('javaArgs', () => {
  const args = javaArgs(options, paths);
  it('starts the community entry point with the launcher options', () => {
    expect(args).toContain('org.neo4j.server.CommunityEntryPoint');
    expect(args).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(args).toContain('-Xmx1g');
    expect(args).toContain('--home-dir=/cache/instances/demo');
  });
  it.each(['-XX:+UseParallelGC', '-XX:-UsePerfData', '-XX:AsyncDeflationInterval=5000'])(
    'keeps an idle server quiet: %s',
    (flag) => expect(args).toContain(flag),
  );
  it('uses one garbage collector', () =>
    expect(args.filter((a) => /^-XX:\+Use\w+GC$/.test(a))).toHaveLength(1));
});

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_292"', 8],
    ['openjdk version "21" 2023-09-19', 21],
    ['nonsense', undefined],
  ])('%s -> %s', (text, major) => expect(parseJavaMajor(text)).toBe(major));
});

describe('localServerOptionsFrom', () => {
  const flags = { instance: 'default', heap: '1g', 'page-cache': '256m' };
  it.each([
    ['defaults', {}, {}, 7687],
    ['port of a local NEO4J_URI', {}, { NEO4J_URI: 'bolt://localhost:7999' }, 7999],
    ['remote NEO4J_URI is ignored', {}, { NEO4J_URI: 'neo4j+s://x.databases.neo4j.io' }, 7687],
    ['flag wins', { 'bolt-port': 8000 }, { NEO4J_URI: 'bolt://localhost:7999' }, 8000],
  ])('%s', (_n, extra, env, port) => {
    expect(localServerOptionsFrom({ ...flags, ...extra }, env).boltPort).toBe(port);
  });
});
