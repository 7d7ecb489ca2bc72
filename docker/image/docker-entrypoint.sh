#!/bin/bash
# Entrypoint of the registry-free newsgraph/neo4j image (see docs/docker.md).
# It follows the official neo4j image's contract for the parts newsgraph uses:
#   NEO4J_AUTH=neo4j/<password> | none       initial password, or auth off
#   NEO4J_PLUGINS='["apoc"]'                  copies the APOC core jar baked into labs/ into /plugins
#   NEO4J_<setting with _ for . and __ for _> any neo4j.conf setting, e.g.
#                                             NEO4J_server_memory_heap_max__size=1g
#   /data /logs /plugins /import              volumes; Bolt 7687 and HTTP 7474 on 0.0.0.0
# Neo4j runs in console mode, so its user log ("Started.") goes to stdout, and
# `exec` makes the JVM the child of tini (PID 1), which forwards SIGTERM for a clean stop.
set -euo pipefail

NEO4J_HOME=${NEO4J_HOME:-/var/lib/neo4j}
NEO4J_CONF=${NEO4J_CONF:-$NEO4J_HOME/conf}
export NEO4J_HOME NEO4J_CONF

if [ "${1:-neo4j}" != "neo4j" ]; then
  exec "$@"
fi

fail() {
  echo "docker-entrypoint: $*" >&2
  exit 1
}

# Defaults; the environment overrides them below.
declare -A conf=(
  [server.default_listen_address]=0.0.0.0
  [server.bolt.listen_address]=:7687
  [server.http.listen_address]=:7474
  [server.https.enabled]=false
  [server.directories.data]=/data
  [server.directories.logs]=/logs
  [server.directories.plugins]=/plugins
  [server.directories.import]=/import
  [server.directories.run]=$NEO4J_HOME/run
  [server.memory.heap.initial_size]=512m
  [server.memory.heap.max_size]=1g
  [server.memory.pagecache.size]=512m
  [dbms.usage_report.enabled]=false
  [dbms.security.auth_enabled]=true
)

# NEO4J_dbms_usage__report_enabled=false -> dbms.usage_report.enabled=false (official rule)
for name in $(compgen -e | grep '^NEO4J_' || true); do
  case "$name" in
    NEO4J_AUTH | NEO4J_HOME | NEO4J_CONF | NEO4J_PLUGINS | NEO4J_EDITION | NEO4J_DEBUG | NEO4J_ACCEPT_LICENSE_AGREEMENT) continue ;;
  esac
  setting=$(echo "${name#NEO4J_}" | sed -e 's/_/./g' -e 's/\.\./_/g')
  conf[$setting]=${!name}
done

set_password=""
if [ "${NEO4J_AUTH:-}" = "none" ]; then
  conf[dbms.security.auth_enabled]=false
elif [ -n "${NEO4J_AUTH:-}" ]; then
  [[ "$NEO4J_AUTH" =~ ^([^/]+)/(.+)$ ]] || fail "NEO4J_AUTH must be 'neo4j/<password>' or 'none'"
  [ "${BASH_REMATCH[1]}" = "neo4j" ] || fail "invalid admin user '${BASH_REMATCH[1]}' in NEO4J_AUTH: it must be neo4j"
  set_password=${BASH_REMATCH[2]}
  [ "$set_password" != "neo4j" ] || fail "the password in NEO4J_AUTH cannot be 'neo4j', which is the default"
fi

mkdir -p "$NEO4J_CONF" "$NEO4J_HOME/run" /data /logs /plugins /import
{
  echo "# Written by docker-entrypoint.sh at container start; set NEO4J_* variables instead of editing."
  for key in $(printf '%s\n' "${!conf[@]}" | sort); do
    echo "$key=${conf[$key]}"
  done
} >"$NEO4J_CONF/neo4j.conf"

if [ -n "${NEO4J_PLUGINS:-}" ]; then
  for plugin in $(echo "$NEO4J_PLUGINS" | tr -d '[]"' | tr ',' ' '); do
    case "$plugin" in
      apoc) cp -f "$NEO4J_HOME"/labs/*.jar /plugins/ ;; # APOC core and the jars it needs
      *) fail "plugin '$plugin' is not baked into this image (only apoc is); use the official image to download it" ;;
    esac
  done
fi

run_as=()
if [ "$(id -u)" = "0" ]; then
  chown -R neo4j:neo4j /data /logs /plugins /import "$NEO4J_HOME/run" "$NEO4J_CONF"
  run_as=(setpriv --reuid=neo4j --regid=neo4j --init-groups --)
fi

if [ -n "$set_password" ]; then
  if [ -d /data/databases/system ]; then
    echo "docker-entrypoint: /data already holds a database; NEO4J_AUTH's password applies only to a new one, keeping the existing password"
  else
    # The password goes in a picocli @-file readable by the neo4j user only, not on the admin
    # tool's command line (where ps would show it): "..." with \ and " escaped, as picocli reads it.
    args_file=$(mktemp /tmp/set-initial-password.XXXXXX)
    escaped=${set_password//\\/\\\\}
    printf '"%s"\n' "${escaped//\"/\\\"}" >"$args_file"
    [ "$(id -u)" != "0" ] || chown neo4j:neo4j "$args_file"
    if ! "${run_as[@]}" java -cp "$NEO4J_HOME/lib/*" -Dlog4j2.disable.jmx=true \
      org.neo4j.cli.AdminTool dbms set-initial-password "@$args_file" >/dev/null; then
      rm -f "$args_file"
      fail "could not set the initial password (is it at least 8 characters?)"
    fi
    rm -f "$args_file"
  fi
fi

heap_initial=${conf[server.memory.heap.initial_size]}
heap_max=${conf[server.memory.heap.max_size]}

# The JVM options the official `neo4j console` launcher passes to Neo4j 5.26.
exec "${run_as[@]}" java -cp "/plugins/*:$NEO4J_CONF/*:$NEO4J_HOME/lib/*" \
  "-Xms$heap_initial" "-Xmx$heap_max" \
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+UnlockExperimentalVMOptions \
  -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC -Djdk.nio.maxCachedBufferSize=1024 \
  -Dio.netty.tryReflectionSetAccessible=true -Djdk.tls.ephemeralDHKeySize=2048 \
  -Djdk.tls.rejectClientInitiatedRenegotiation=true -XX:FlightRecorderOptions=stackdepth=256 \
  -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
  org.neo4j.server.CommunityEntryPoint --home-dir="$NEO4J_HOME" --config-dir="$NEO4J_CONF" --console-mode
