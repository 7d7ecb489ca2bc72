#!/usr/bin/env bash
# Builds the newsgraph/neo4j:5.26 image WITHOUT an image registry (see docs/docker.md):
#   1. a Debian root filesystem made by debootstrap (minbase + openjdk-17-jre-headless + tini),
#      from the Debian mirror this machine's apt already uses, imported as BASE_IMAGE;
#   2. the Neo4j 5.26 Community jars and APOC core resolved by Maven from scripts/neo4j/pom.xml;
#   3. docker/image/Dockerfile, which only copies files onto BASE_IMAGE.
# Every step is cached under $NEWSGRAPH_CACHE/docker (default ~/.cache/newsgraph/docker),
# outside git; a second run with nothing changed returns in seconds.
#   NEO4J_IMAGE     tag to build (default newsgraph/neo4j:5.26)
#   BASE_IMAGE      tag of the imported Debian base (default newsgraph/debian-jre17:<suite>)
#   DEBIAN_SUITE    Debian release for the base (default: this machine's VERSION_CODENAME)
#   DEBIAN_MIRROR   Debian mirror (default: read from /etc/apt/sources.list{,.d/*.list,.d/*.sources})
#   REBUILD=1       ignore every cache
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE=${NEWSGRAPH_CACHE:-$HOME/.cache/newsgraph}/docker
IMAGE=${NEO4J_IMAGE:-newsgraph/neo4j:5.26}
POM=$ROOT/scripts/neo4j/pom.xml

log() { echo "build-neo4j-image: $*"; }
fail() {
  echo "build-neo4j-image: $*" >&2
  exit 1
}
now() { date +%s; }
t0=$(now)

for tool in docker mvn; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install -y docker.io maven)"
done
"$ROOT/scripts/docker/start-dockerd.sh" >/dev/null || fail "no container engine answers (see scripts/docker/start-dockerd.sh)"

# shellcheck disable=SC1091
SUITE=${DEBIAN_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-}")}
[ -n "$SUITE" ] || fail "cannot tell the Debian release of this machine; set DEBIAN_SUITE (e.g. bookworm)"
BASE_IMAGE=${BASE_IMAGE:-newsgraph/debian-jre17:$SUITE}

# The first mirror that apt on this machine uses for "$SUITE" itself (not -updates/-security).
apt_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk -v suite="$SUITE" 'BEGIN { RS = ""; FS = "\n" }
      {
        types = ""; uris = ""; suites = ""; enabled = "yes"
        for (i = 1; i <= NF; i++) {
          line = $i
          if (line ~ /^[ \t]*#/) continue
          split(line, kv, ":")
          key = tolower(kv[1]); value = substr(line, length(kv[1]) + 2)
          gsub(/^[ \t]+|[ \t]+$/, "", value)
          if (key == "types") types = value
          else if (key == "uris") uris = value
          else if (key == "suites") suites = value
          else if (key == "enabled") enabled = tolower(value)
        }
        if (enabled == "no" || (" " types " ") !~ / deb /) next
        n = split(suites, s, /[ \t]+/)
        for (j = 1; j <= n; j++) if (s[j] == suite) { split(uris, u, /[ \t]+/); print u[1]; exit }
      }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    sed -e 's/\[[^]]*\]//' "$f" | awk -v suite="$SUITE" '$1 == "deb" && $3 == suite { print $2 }'
  done
}

# --- 1. Debian base image --------------------------------------------------------------
if [ "${REBUILD:-}" != "1" ] && docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
  log "base $BASE_IMAGE: cached"
else
  ROOTFS=$CACHE/rootfs-$SUITE
  if [ "${REBUILD:-}" = "1" ] || [ ! -f "$ROOTFS/.newsgraph-complete" ]; then
    command -v debootstrap >/dev/null || fail "debootstrap is not installed (apt-get install -y debootstrap)"
    [ "$(id -u)" = "0" ] || fail "debootstrap needs root; run: sudo $0"
    MIRROR=${DEBIAN_MIRROR:-$(apt_mirror | head -n 1)}
    [ -n "$MIRROR" ] || fail "no Debian mirror for '$SUITE' in /etc/apt/sources.list*; set DEBIAN_MIRROR"
    log "debootstrap $SUITE from $MIRROR into $ROOTFS (a few minutes)"
    rm -rf "$ROOTFS"
    mkdir -p "$CACHE/debs"
    # --cache-dir keeps the downloaded .debs, so a retry or a rebuild downloads nothing.
    debootstrap --variant=minbase --include=openjdk-17-jre-headless,tini --cache-dir="$CACHE/debs" \
      "$SUITE" "$ROOTFS" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 ||
      fail "debootstrap failed; last lines of $CACHE/debootstrap.log: $(tail -n 5 "$CACHE/debootstrap.log")"
    # The user Neo4j runs as, with the official image's uid/gid.
    chroot "$ROOTFS" groupadd --system --gid 7474 neo4j
    chroot "$ROOTFS" useradd --uid 7474 --gid 7474 --home-dir /var/lib/neo4j --no-create-home neo4j
    # Nothing in the image needs apt's downloads, indexes, docs or this machine's mirror.
    rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/* \
      "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/locale/* \
      "$ROOTFS"/var/log/*.log "$ROOTFS"/etc/apt/sources.list
    touch "$ROOTFS/.newsgraph-complete"
  else
    log "rootfs $ROOTFS: cached"
  fi
  log "importing $ROOTFS as $BASE_IMAGE"
  tar -C "$ROOTFS" --numeric-owner --exclude=./.newsgraph-complete -cf - . |
    docker import --message "debootstrap $SUITE minbase + openjdk-17-jre-headless + tini" - "$BASE_IMAGE" >/dev/null
fi

# --- 2. Neo4j and APOC jars -----------------------------------------------------------
CTX=$CACHE/context
STAMP=$(cat "$POM" "$ROOT/docker/image/Dockerfile" "$ROOT/docker/image/docker-entrypoint.sh" | sha256sum | cut -c1-16)
LIB_STAMP=$(sha256sum "$POM" | cut -c1-16)
LABS_STAMP=$( (cat "$POM"; echo apoc-profile) | sha256sum | cut -c1-16)
STAMP=$STAMP-$LABS_STAMP
if [ "${REBUILD:-}" != "1" ] && [ "$(cat "$CTX/.lib-stamp" 2>/dev/null)" = "$LIB_STAMP" ]; then
  log "Neo4j jars: cached"
else
  log "resolving the Neo4j jars with Maven"
  rm -rf "$CTX/lib" "$CTX/.labs-stamp"
  mkdir -p "$CTX/lib"
  mvn -q -B -f "$POM" -Pserver dependency:copy-dependencies -DoutputDirectory="$CTX/lib" -DincludeScope=runtime ||
    fail "Maven could not resolve the Neo4j jars from $POM"
  echo "$LIB_STAMP" >"$CTX/.lib-stamp"
fi
if [ "${REBUILD:-}" != "1" ] && [ "$(cat "$CTX/.labs-stamp" 2>/dev/null)" = "$LABS_STAMP" ]; then
  log "APOC jars: cached"
else
  log "resolving APOC core with Maven"
  rm -rf "$CTX/labs"
  mkdir -p "$CTX/labs"
  # The apoc-core artifact on Maven Central is not the official self-contained apoc-<v>-core.jar:
  # its classes need apoc-common (e.g. apoc.result.WeightedPathResult) and its own dependencies.
  # The pom's `apoc` profile resolves all of them, as `kg neo4j install` does for plugins/; keep
  # those that lib/ does not already hold (src/neo4j-local/jarArtifact.ts reads names the same way).
  mvn -q -B -f "$POM" -Papoc dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$CTX/labs" ||
    fail "Maven could not resolve APOC (the apoc profile of $POM)"
  for jar in "$CTX"/labs/*.jar; do
    base=$(basename "$jar" | sed -E 's/(-[0-9][^-]*)+(-[A-Za-z][A-Za-z0-9_.]*)*\.jar$//')
    if compgen -G "$CTX/lib/$base-[0-9]*.jar" >/dev/null; then rm -f "$jar"; fi
  done
  echo "$LABS_STAMP" >"$CTX/.labs-stamp"
fi

# --- 3. The image -----------------------------------------------------------------------
base_id=$(docker image inspect --format '{{.Id}}' "$BASE_IMAGE")
built_from=$(docker image inspect --format '{{index .Config.Labels "dev.newsgraph.stamp"}}' "$IMAGE" 2>/dev/null || true)
if [ "${REBUILD:-}" != "1" ] && [ "$built_from" = "$STAMP-$base_id" ]; then
  log "image $IMAGE: cached (nothing changed)"
else
  cp "$ROOT/docker/image/Dockerfile" "$ROOT/docker/image/docker-entrypoint.sh" "$CTX/"
  rm -rf "$CTX/skel"
  mkdir -p "$CTX/skel/data" "$CTX/skel/logs" "$CTX/skel/plugins" "$CTX/skel/import" \
    "$CTX/skel/var/lib/neo4j/conf" "$CTX/skel/var/lib/neo4j/run"
  log "docker build $IMAGE"
  # The classic builder uses the local BASE_IMAGE as it is; it never asks a registry.
  DOCKER_BUILDKIT=0 docker build --quiet --build-arg "BASE_IMAGE=$BASE_IMAGE" \
    --label "dev.newsgraph.stamp=$STAMP-$base_id" -t "$IMAGE" "$CTX" >/dev/null ||
    fail "docker build of $IMAGE failed"
fi

size=$(docker image inspect --format '{{.Size}}' "$IMAGE")
log "$IMAGE ready: $((size / 1024 / 1024)) MB, $(($(now) - t0))s"
