#!/usr/bin/env bash
# CI check of the Docker path (docs/docker.md): engine up, registry-free image built (cached),
# docker-compose.yml up with NEO4J_IMAGE=newsgraph/neo4j:5.26 until healthy, a Cypher round trip
# (plus APOC), `kg ingest data/articles` and `kg query overview` against it, then teardown.
# Exits non-zero with one clear "ci-docker-check: FAILED: ..." line when any step fails.
#   CI_DOCKER_BOLT_PORT / CI_DOCKER_HTTP_PORT   host ports (default 27687 / 27474, apart from
#                                               the local server's 7687 and the tests' 17687)
#   CI_DOCKER_HEALTH_WAIT                       seconds to wait for healthy (default 600)
#   CI_DOCKER_KEEP=1                            leave the stack running for inspection
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

export NEO4J_IMAGE=${NEO4J_IMAGE:-newsgraph/neo4j:5.26}
export NEO4J_PASSWORD=ci-docker-check-pw
export NEO4J_BOLT_PORT=${CI_DOCKER_BOLT_PORT:-27687}
export NEO4J_HTTP_PORT=${CI_DOCKER_HTTP_PORT:-27474}
export COMPOSE_PROJECT_NAME=newsgraph-ci
HEALTH_WAIT=${CI_DOCKER_HEALTH_WAIT:-600}
URI=bolt://127.0.0.1:$NEO4J_BOLT_PORT

say() { echo "ci-docker-check: $*"; }
fail() {
  echo "ci-docker-check: FAILED: $*" >&2
  exit 1
}
now() { date +%s; }

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null; then
  compose=(docker-compose)
else
  fail "neither 'docker compose' nor 'docker-compose' is installed (apt-get install -y docker-compose)"
fi

teardown() {
  if [ "${CI_DOCKER_KEEP:-}" = "1" ]; then
    say "CI_DOCKER_KEEP=1: leaving $COMPOSE_PROJECT_NAME running ($URI)"
    return
  fi
  "${compose[@]}" down --volumes --timeout 60 >/dev/null 2>&1 || true
}

scripts/docker/start-dockerd.sh || fail "no container engine (scripts/docker/start-dockerd.sh)"

t=$(now)
scripts/docker/build-neo4j-image.sh || fail "building $NEO4J_IMAGE (scripts/docker/build-neo4j-image.sh)"
say "image $NEO4J_IMAGE ready in $(($(now) - t))s"

trap teardown EXIT
"${compose[@]}" down --volumes --timeout 10 >/dev/null 2>&1 || true
t=$(now)
"${compose[@]}" up -d || fail "'${compose[*]} up -d' with NEO4J_IMAGE=$NEO4J_IMAGE"
cid=$("${compose[@]}" ps -q neo4j)
[ -n "$cid" ] || fail "compose started no neo4j container"

status=starting
for _ in $(seq 1 "$HEALTH_WAIT"); do
  status=$(docker inspect --format '{{.State.Health.Status}}' "$cid" 2>/dev/null || echo gone)
  case "$status" in healthy | unhealthy | gone) break ;; esac
  sleep 1
done
if [ "$status" != "healthy" ]; then
  docker logs --tail 30 "$cid" >&2 || true
  fail "neo4j container is '$status' after $(($(now) - t))s (want healthy)"
fi
say "compose up -> healthy in $(($(now) - t))s"
docker logs "$cid" 2>&1 | grep -q 'Started\.' || fail "container is healthy but its log has no 'Started.' line"
say "container log: $(docker logs "$cid" 2>&1 | grep -m1 'Started\.')"

# A Cypher round trip and APOC, through neo4j-driver.
node --input-type=module -e '
import neo4j from "neo4j-driver";
const [uri, password] = process.argv.slice(1);
const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
try {
  const info = await driver.getServerInfo();
  const token = `ci-docker-check-${process.pid}`;
  await driver.executeQuery("CREATE (:CiDockerCheck {token: $token})", { token });
  const read = await driver.executeQuery("MATCH (n:CiDockerCheck {token: $token}) RETURN n.token AS token", { token });
  await driver.executeQuery("MATCH (n:CiDockerCheck {token: $token}) DELETE n", { token });
  if (read.records[0]?.get("token") !== token) throw new Error("wrote a node but did not read it back");
  const apoc = await driver.executeQuery("RETURN apoc.version() AS v");
  console.log(`ci-docker-check: Cypher round trip ok on ${info.agent}; APOC ${apoc.records[0].get("v")}`);
} finally {
  await driver.close();
}' "$URI" "$NEO4J_PASSWORD" || fail "Cypher round trip against $URI"

# The real job, through the CLI.
if [ ! -f dist/cli/bin.js ]; then
  npm run -s build >/dev/null || fail "npm run build (dist/cli/bin.js is missing)"
fi
export NEO4J_URI=$URI NEO4J_USERNAME=neo4j
node dist/cli/bin.js ingest data/articles || fail "kg ingest data/articles against $URI"
node dist/cli/bin.js query overview || fail "kg query overview against $URI"

say "OK: $NEO4J_IMAGE via ${compose[*]}: healthy, Cypher + APOC, kg ingest + kg query"
