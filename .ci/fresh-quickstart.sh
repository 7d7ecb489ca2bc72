#!/usr/bin/env bash
# The newcomer's path: the README's first Quick start line, exactly as written, in a fresh copy of the
# repository (no node_modules, no dist) with HOME pointing at a new empty directory, so there is no
# ~/.cache/newsgraph, no ~/.npmrc and no ~/.m2 settings. Only the downloads are shared: npm's cache
# (npm_config_cache) and Maven's local repository (-Dmaven.repo.local in MAVEN_OPTS), both filled by the
# earlier CI steps, never newsgraph's own cache. The environment is emptied (env -i) but for PATH, so no
# NEO4J_* or NEWSGRAPH_* setting of this shell leaks in.
# The demo starts the local Neo4j on the default ports 7687/7474; it is stopped again on exit.
#   FRESH_QUICKSTART_KEEP=1   leave the copy and the HOME in place (their paths are printed)
#   FRESH_QUICKSTART_EMPTY_CACHES=1
#                             share nothing: npm's cache and Maven's repository start empty inside the
#                             new HOME, so everything is downloaded (a new machine's first run)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

say() { echo "fresh-quickstart: $*"; }
fail() {
  echo "fresh-quickstart: FAILED: $*" >&2
  exit 1
}

# The first line of the first ```sh block under "## Quick start".
line=$(awk '
  /^## / { inside = ($0 == "## Quick start") }
  inside && /^```sh$/ { getline; print; exit }
' README.md)
[ -n "$line" ] || fail "no \`\`\`sh block under '## Quick start' in README.md"

# Another Neo4j on the default ports would be "reused" by the demo and prove nothing.
for port in 7687 7474; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "port $port is taken (another Neo4j?): the Quick start must start its own server there"
  fi
done

work=$(mktemp -d /tmp/newsgraph-fresh-quickstart.XXXXXX)
copy=$work/newsgraph
home=$work/home
mkdir -p "$copy" "$home"
if [ "${FRESH_QUICKSTART_EMPTY_CACHES:-}" = "1" ]; then
  npm_cache=$home/.npm
  # given explicitly: Java takes user.home from the password database, not from HOME
  maven_repo=$home/.m2/repository
  mkdir -p "$maven_repo"
else
  npm_cache=$(npm config get cache)
  maven_repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
fi

# What is checked out (tracked files and new ones git does not ignore), not node_modules, dist or caches.
if git rev-parse --git-dir >/dev/null 2>&1; then
  git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
    tar --null -T - -cf - | tar -xf - -C "$copy"
else
  tar --exclude=./node_modules --exclude=./dist --exclude=./out --exclude=./test-results -cf - . |
    tar -xf - -C "$copy"
fi

fresh() {
  local maven_opts=()
  [ -d "$maven_repo" ] && maven_opts=("MAVEN_OPTS=-Dmaven.repo.local=$maven_repo")
  (cd "$copy" && env -i PATH="$PATH" HOME="$home" LANG=C.UTF-8 npm_config_cache="$npm_cache" \
    ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} "${maven_opts[@]}" "$@")
}

cleanup() {
  if [ -f "$copy/dist/cli/bin.js" ]; then
    fresh node dist/cli/bin.js neo4j stop >/dev/null 2>&1 || say "could not stop the demo's Neo4j (kg neo4j stop)"
  fi
  if [ "${FRESH_QUICKSTART_KEEP:-}" = "1" ]; then
    say "kept $copy and HOME=$home"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

say "running the README's first Quick start line in $copy with HOME=$home:"
say "  $line"
start=$(date +%s)
fresh bash -c "$line" || fail "'$line' exited $? with an empty HOME ($(($(date +%s) - start)) s)"
say "OK: '$line' passed with an empty HOME in $(($(date +%s) - start)) s"
