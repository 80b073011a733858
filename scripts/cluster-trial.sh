#!/usr/bin/env bash
# ./laget cluster-trial [DURATION_S [KILL_AT_S [RESTART_AT_S [NODE]]]] (default 240 60 90 1): starts a fresh `./laget cluster` (in
# target/cluster-trial, on ports 18080-18082 so that it never meets a cluster or `./laget run` of your own), runs
# logged-in reads and writes through HAProxy (scripts/cluster_trial.py), kills NODE with `kill -9` at KILL_AT_S,
# starts it again at RESTART_AT_S (0: never), then checks that no answered write is lost, that nothing was sent
# twice, that no session was lost and that only requests in flight on the killed node failed. Exit code 0: all
# held; 1: something did not (the figures say what). Figures in target/cluster-trial/trial.json, every request in
# target/cluster-trial/trial-requests.tsv. LAGET_TRIAL_KILL_HOLDING=deadline-reminders-send waits (after KILL_AT_S)
# until NODE holds that ShedLock lock and kills it then. See docs/benchmarks.md, "Two nodes, one killed".
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${1:-240}"
kill_at="${2:-60}"
restart_at="${3:-90}"
node="${4:-1}"
export LAGET_CLUSTER_DIR="${LAGET_CLUSTER_DIR:-target/cluster-trial}"
export LAGET_CLUSTER_PORT="${LAGET_CLUSTER_PORT:-18080}"
export LAGET_CLUSTER_DB_PORT="${LAGET_CLUSTER_DB_PORT:-15433}"
export LAGET_CLUSTER_SMTP_PORT="${LAGET_CLUSTER_SMTP_PORT:-12525}"
export LAGET_CLUSTER_RECEIVER_PORT="${LAGET_CLUSTER_RECEIVER_PORT:-18025}"
export LAGET_CLUSTER_STATS_PORT="${LAGET_CLUSTER_STATS_PORT:-18404}"
dir="$LAGET_CLUSTER_DIR"

if ! command -v psql >/dev/null; then
  echo "cluster-trial: installing Debian's postgresql-client (psql) for the checks"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql-client >/dev/null
fi

rm -rf "$dir"
mkdir -p "$dir"
# The nodes run the reminder jobs every 5 s (instead of every minute and every hour) and sweep the report outbox
# every 5 s, so that both have work before, during and after the kill. Reports go to Laget's own intake (the demo's
# receiver: the demo data cannot be written with laget.report.receiver=http, see docs/benchmarks.md).
./laget cluster \
  --laget.reminders.plan-cron='*/5 * * * * *' \
  --laget.reminders.send-cron='*/5 * * * * *' \
  --laget.report.delivery.interval=5s \
  >"$dir/cluster.out" 2>&1 &
cluster_pid=$!
stop() { kill -TERM "$cluster_pid" 2>/dev/null || true; wait "$cluster_pid" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 1200); do
  [ -f "$dir/ready" ] && break
  kill -0 "$cluster_pid" 2>/dev/null || { cat "$dir/cluster.out"; echo "cluster-trial: the cluster did not start" >&2; exit 2; }
  sleep 0.5
done
[ -f "$dir/ready" ] || { echo "cluster-trial: the cluster did not start in 10 minutes" >&2; exit 2; }
cat "$dir/cluster.out"

echo "cluster-trial: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
status=0
python3 -B scripts/cluster_trial.py --port "$LAGET_CLUSTER_PORT" --cluster-dir "$dir" --db-port "$LAGET_CLUSTER_DB_PORT" \
  --node-port "$((LAGET_CLUSTER_PORT + 1))" --duration "$duration" --kill-at "$kill_at" --kill-node "$node" ${LAGET_TRIAL_KILL_HOLDING:+--kill-holding "$LAGET_TRIAL_KILL_HOLDING"} --restart-at "$restart_at" --out "$dir/trial.json" || status=$?
echo "cluster-trial: load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$dir/load.txt"
# HAProxy's view of the kill: the health check's DOWN and UP lines
grep -E "is (DOWN|UP)|backend nodes" "$dir/haproxy.log" | tail -n 8 || true
exit $status
