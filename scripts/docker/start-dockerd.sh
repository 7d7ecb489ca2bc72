#!/usr/bin/env bash
# Starts a Docker engine in the background when none answers, then waits until it does.
# Used by build-neo4j-image.sh and ci-docker-check.sh; harmless when Docker already runs.
#   DOCKERD_FLAGS   extra dockerd flags, e.g. '--storage-driver=vfs --iptables=false' (default: none)
#   DOCKERD_LOG     where dockerd writes its log (default: /var/log/newsgraph-dockerd.log)
#   DOCKERD_WAIT    seconds to wait for the engine (default: 120)
set -euo pipefail

engine_answers() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

if engine_answers; then
  echo "start-dockerd: engine already answers (server $(docker version --format '{{.Server.Version}}'))"
  exit 0
fi
command -v docker >/dev/null || { echo "start-dockerd: no docker client; install Debian's docker.io (apt-get install -y docker.io)" >&2; exit 1; }
command -v dockerd >/dev/null || { echo "start-dockerd: no engine answers and dockerd is not installed; install Debian's docker.io (apt-get install -y docker.io)" >&2; exit 1; }
[ "$(id -u)" = "0" ] || { echo "start-dockerd: no engine answers and starting dockerd needs root; run: sudo $0" >&2; exit 1; }

LOG=${DOCKERD_LOG:-/var/log/newsgraph-dockerd.log}
WAIT=${DOCKERD_WAIT:-120}
SOCK=/run/containerd/containerd.sock

# containerd first, on its own: dockerd's built-in launch of containerd gives up after a short
# fixed timeout ("failed to start containerd: timeout waiting for containerd to start"), which a
# busy 2-core machine exceeds. With its socket up, dockerd just connects to it.
containerd_answers() { [ -S "$SOCK" ] && ctr --address "$SOCK" version >/dev/null 2>&1; }
if ! containerd_answers; then
  command -v containerd >/dev/null || { echo "start-dockerd: containerd is not installed; install Debian's docker.io" >&2; exit 1; }
  echo "start-dockerd: starting containerd (log: $LOG)"
  nohup containerd >>"$LOG" 2>&1 </dev/null &
  cpid=$!
  for _ in $(seq 1 "$WAIT"); do
    containerd_answers && break
    kill -0 "$cpid" 2>/dev/null || { echo "start-dockerd: containerd exited; last lines of $LOG:" >&2; tail -n 15 "$LOG" >&2; exit 1; }
    sleep 1
  done
  containerd_answers || { echo "start-dockerd: containerd (pid $cpid) did not answer within ${WAIT}s; see $LOG" >&2; exit 1; }
fi

# Defaults that work in the CI sandbox (Firecracker VM, kernel 6.x, ext4 root, full capabilities):
# overlay2 storage, the default bridge network and iptables all work there, so no special flags.
read -r -a flags <<<"${DOCKERD_FLAGS:-}"

echo "start-dockerd: starting dockerd --containerd=$SOCK ${flags[*]} (log: $LOG)"
nohup dockerd --containerd="$SOCK" "${flags[@]}" >>"$LOG" 2>&1 </dev/null &
pid=$!
for _ in $(seq 1 "$WAIT"); do
  if engine_answers; then
    echo "start-dockerd: engine answers (dockerd pid $pid, server $(docker version --format '{{.Server.Version}}'), storage $(docker info --format '{{.Driver}}'))"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "start-dockerd: dockerd exited; last lines of $LOG:" >&2
    tail -n 15 "$LOG" >&2
    exit 1
  fi
  sleep 1
done
echo "start-dockerd: dockerd (pid $pid) did not answer within ${WAIT}s; see $LOG" >&2
exit 1
