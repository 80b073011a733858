#!/usr/bin/env bash
# Side by side, in one run: each page through Laget (wrk, one logged-in session, the same address on every
# connection) and the page's captured statements replayed by pgbench against the same database (issue 14).
# Usage: scripts/pgbench-compare.sh BASE_URL PG_PORT USER 'name=/path' ... (scripts/pgbench/<name>.sql must exist,
# made by scripts/pgbench-capture.py). Env: SECONDS_EACH (30), CONNECTIONS ("10 50"), PASSWORD (datasett-demo),
# PGBENCH (/usr/lib/postgresql/15/bin/pgbench). Prints one markdown table row per page and connection count.
set -euo pipefail
cd "$(dirname "$0")/.."
base=$1 port=$2 user=$3; shift 3
secs=${SECONDS_EACH:-30}
pgbench=${PGBENCH:-/usr/lib/postgresql/15/bin/pgbench}
work=$(mktemp -d /tmp/pgb-compare.XXXXXX)

# the form login, as the Gatling simulation does it
csrf=$(curl -s -c "$work/jar" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$work/jar" -c "$work/jar" -o /dev/null -w '%{redirect_url}\n' \
  --data-urlencode "username=$user" --data-urlencode "password=${PASSWORD:-datasett-demo}" \
  --data-urlencode "_csrf=$csrf" "$base/login" | grep -qv '/login' || { echo "login as $user failed" >&2; exit 1; }
cookie=$(awk '$6 == "SESSION" {print "SESSION=" $7}' "$work/jar")

# percentiles (ms) of pgbench's per-transaction log (third field: latency in µs)
pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p/100); if (i<1) i=1; printf "%.0f", a[i]/1000}'; }
load() { cut -d' ' -f1 /proc/loadavg; }

echo "| page | conns | wrk pages/s | wrk p50 / p99 ms | pgbench replays/s | pgbench p50 / p99 ms | ratio | load before→after |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
for page in "$@"; do
  name=${page%%=*} path=${page#*=}
  for c in ${CONNECTIONS:-10 50}; do
    curl -s -o /dev/null -H "Cookie: $cookie" "$base$path"   # warm
    l0=$(load)
    wrk -t2 -c"$c" -d"${secs}s" --timeout 60s --latency -H "Cookie: $cookie" "$base$path" > "$work/wrk-$name-$c.txt"
    rps=$(awk '/^Requests\/sec/ {printf "%.1f", $2}' "$work/wrk-$name-$c.txt")
    ms() { awk -v q="$1" '$1 == q {v=$2; if (v ~ /ms$/) {sub(/ms/,"",v); print v+0} else if (v ~ /us$/) {sub(/us/,"",v); print v/1000} else {sub(/s/,"",v); print v*1000}}' "$work/wrk-$name-$c.txt" | awk '{printf "%.0f", $1}'; }
    w50=$(ms 50%) w99=$(ms 99%)
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk-$name-$c.txt")
    rm -f "$work"/pgbench_log.*
    (cd "$work" && "$pgbench" -h localhost -p "$port" -U postgres -n -c "$c" -j 2 -T "$secs" -l \
        -f "$OLDPWD/scripts/pgbench/$name.sql" postgres > "$work/pgb-$name-$c.txt" 2>&1) || true
    tps=$(awk '/^tps =/ {printf "%.1f", $3}' "$work/pgb-$name-$c.txt")
    failed=$(awk '/number of failed transactions/ {print $5}' "$work/pgb-$name-$c.txt")
    p50=$(cat "$work"/pgbench_log.* | awk '{print $3}' | pct 50)
    p99=$(cat "$work"/pgbench_log.* | awk '{print $3}' | pct 99)
    l1=$(load)
    ratio=$(awk -v a="$tps" -v b="$rps" 'BEGIN {if (b > 0) printf "%.1f", a / b; else print "-"}')
    echo "| $name \`$path\` | $c | $rps${non2xx:+ (non-2xx $non2xx)} | $w50 / $w99 | $tps${failed:+ (failed $failed)} | $p50 / $p99 | $ratio | $l0→$l1 |"
  done
done
echo "raw output: $work" >&2
