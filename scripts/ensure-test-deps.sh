#!/usr/bin/env bash
# Runs before `npm test` (the "pretest" script): the suite needs Java 17 and Maven (the local Neo4j
# server from Maven Central) and Chromium (the visualization tests). On a fresh Debian machine as
# root it installs whichever is missing; elsewhere it says what to install and lets the tests run,
# where the missing part fails with its own one-line message.
set -euo pipefail

need=()
command -v java >/dev/null || need+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || need+=(maven)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
[ ${#need[@]} -gt 0 ] || exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-test-deps: installing ${need[*]} (Debian packages the tests need)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "ensure-test-deps: missing ${need[*]}; install them (Debian: sudo apt-get install ${need[*]}) or some tests will fail" >&2
fi
