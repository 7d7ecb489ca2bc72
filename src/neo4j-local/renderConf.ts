import type { LocalServerOptions, LocalServerPaths } from './paths.js';

/** Pure: the neo4j.conf of a local instance. Loopback only, auth on, https off, no usage reports. */
export function renderConf(options: LocalServerOptions, paths: LocalServerPaths): string {
  return [
    '# Written by `kg neo4j start`; edits are overwritten at the next start.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
    `server.http.listen_address=127.0.0.1:${options.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${options.httpPort}`,
    'server.http.enabled=true',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=256m`,
    `server.memory.heap.max_size=${options.heap}`,
    `server.memory.pagecache.size=${options.pageCache}`,
    'dbms.usage_report.enabled=false',
    // The pause monitor wakes every 100 ms to time its own sleep; on a small VM those wake-ups cost a
    // measurable share of a core while the server is idle (seen: 11% of a core on 2 vCPUs).
    'internal.vm_pause_monitor.measurement_duration=10s',
    // Idle housekeeping that wakes every second by default: the transaction-timeout check and the
    // id controller's maintenance (seen idle: 17% and 20% of a core on 2 vCPUs, plus the scheduler
    // thread that wakes them, 25%). Ten seconds is still well inside any timeout a user would set.
    'db.transaction.monitor.check.interval=10s',
    'internal.db.idcontroller.maintenance_interval=10s',
    'dbms.security.procedures.unrestricted=apoc.*',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.plugins=${paths.plugins}`,
    `server.directories.run=${paths.run}`,
    `server.directories.import=${paths.import}`,
    `server.directories.lib=${paths.lib}`,
    '',
  ].join('\n');
}

/** Pure: the JVM command line the official launcher would build (see neo4j.conf server.jvm.additional). */
export function javaArgs(options: LocalServerOptions, paths: LocalServerPaths): string[] {
  return [
    '-cp',
    `${paths.plugins}/*:${paths.conf}/*:${paths.lib}/*`,
    '-Xms256m',
    `-Xmx${options.heap}`,
    // Parallel GC, not G1: G1's service thread wakes every 300 ms while the server idles (10% of a
    // core seen on 2 vCPUs); a 1 GB heap does not need a concurrent collector.
    '-XX:+UseParallelGC',
    // No perf-data sampling (every 50 ms): 10% of a core on an idle 2-vCPU server. jstack and jcmd still work.
    '-XX:-UsePerfData',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-XX:FlightRecorderOptions=stackdepth=256',
    '-XX:+UnlockDiagnosticVMOptions',
    '-XX:+DebugNonSafepoints',
    // Monitor deflation every 5 s instead of 250 ms (8% of a core idle); a diagnostic flag, so it
    // must come after UnlockDiagnosticVMOptions.
    '-XX:AsyncDeflationInterval=5000',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.conf}`,
  ];
}
