#!/usr/bin/env bash
# Lesson-page throughput through nginx with one instance, then two (issue 17, several instances).
#
# Starts a private PostgreSQL, instance "a" of the built portal (run `mvn -B -DskipTests package`
# first) in demo mode with TRAINEES demo trainees, and Debian's nginx on loopback with two
# listeners: one in front of instance a alone, one round robin over a and b, no sticky sessions.
# Signs the trainees in through nginx (each agrees to the group agreement once), measures the
# lesson page with wrk through the first listener, starts instance b on the same grid (the
# sessions are on the grid, so b knows them), and measures the same through the second. Both
# instances run as README's production command, with PORTAL_CLUSTER_* for a grid over loopback.
# Only 127.0.0.1 is ever contacted.
#
#   benchmarks/cluster.sh                       # 20 trainees, 30 s each
#   TRAINEES=10 DURATION=15 benchmarks/cluster.sh
#
# The figures go to benchmarks/results/cluster-<date>.md (a run on the same day adds rows).
set -euo pipefail

TRAINEES=${TRAINEES:-20}
DURATION=${DURATION:-30}
THREADS=${THREADS:-2}
PG_BENCH_PORT=${BENCH_PG_PORT:-55443}
PASSWORD="bench-password-for-the-cluster"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d /tmp/alongside-cluster-bench.XXXXXX)"
RESULTS="$ROOT/benchmarks/results/cluster-$(date -u +%F).md"
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo -)"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi
[ -f target/alongside.war ] || { echo "Build first: mvn -B -DskipTests package" >&2; exit 1; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
PORT_A=$(free_port); PORT_B=$(free_port); GRID_A=$(free_port); GRID_B=$(free_port)
ONE=$(free_port); TWO=$(free_port)

. .ci/private-postgres.sh
. benchmarks/portal.sh
PIDS=()
stop_all() {
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  stop_private_postgres
  rm -rf "$WORK"
}
start_private_postgres "$PG_BENCH_PORT" alongside_bench -c fsync=off -c synchronous_commit=off -c full_page_writes=off
trap stop_all EXIT

# start_instance NAME HTTP_PORT GRID_PORT: README's production command (on $JAVA_HOME's Java when set: Payara
# Micro 7 needs Java 21 or later), on the shared database and grid.
start_instance() {
  mkdir -p "$WORK/$1"
  PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/alongside_bench" PORTAL_DB_DRIVER=org.postgresql.Driver \
  PORTAL_DB_USER=alongside PORTAL_DB_PASSWORD="$PG_PASSWORD" PORTAL_DATA_DIR="$WORK/$1" \
  PORTAL_DEMO=true PORTAL_DEMO_PASSWORD="$PASSWORD" PORTAL_DEMO_TRAINEES="$TRAINEES" \
  PORTAL_SECOND_FACTOR_KEY="Y2x1c3Rlci1iZW5jaG1hcmsta2V5LTAxMjM0NTY3ODk=" \
  PORTAL_CLUSTER_MODE=tcpip PORTAL_CLUSTER_MEMBERS="127.0.0.1:$GRID_A,127.0.0.1:$GRID_B" PORTAL_CLUSTER_PORT="$3" \
  PORTAL_CLUSTER_INTERFACE=127.0.0.1 PORTAL_CLUSTER_NAME=alongside-bench \
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -jar target/server/payara-micro.jar --deploy target/alongside.war --contextroot / --port "$2" \
    --nocluster --disablephonehome --rootdir "$WORK/$1/runtime" --systemproperties payara-config/system.properties \
    --addlibs target/server/postgresql.jar --prebootcommandfile payara-config/pre-boot-commands.asadmin \
    --postbootcommandfile payara-config/post-boot-commands.asadmin \
    --postdeploycommandfile payara-config/post-deploy-commands.asadmin > "$WORK/$1.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$2/health/ready" > /dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { tail -50 "$WORK/$1.log" >&2; return 1; }
    sleep 1
  done
  echo "Instance $1 did not become ready" >&2
  return 1
}

echo "Starting instance a (log: $WORK/a.log)"
start_instance a "$PORT_A" "$GRID_A"

mkdir -p "$WORK/nginx"
cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx/nginx.pid;
events { worker_connections 1024; }
http {
    access_log off;
    proxy_max_temp_file_size 0;
    upstream one { server 127.0.0.1:$PORT_A; keepalive 32; }
    upstream two { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; keepalive 32; }
    server {
        listen 127.0.0.1:$ONE;
        location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$http_host; }
    }
    server {
        listen 127.0.0.1:$TWO;
        location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$http_host; }
    }
}
NGINX
/usr/sbin/nginx -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf"

url_encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read().strip(), safe=""))'; }
# form_state PAGE [head|tail]: the first (or last) form's view state and PrimeFaces' script nonce, for posting the form.
form_state() {
  local page=$1
  printf 'jakarta.faces.ViewState=%s&primefaces.nonce=%s' \
    "$(view_state "${2:-head}" <<< "$page" | url_encode)" \
    "$(grep -o "PrimeFaces.csp.init('[^']*')" <<< "$page" | head -1 | sed "s/.*init('//;s/')//" | url_encode)"
}
# sign_in EMAIL: signs in through nginx, agrees to the group agreement, prints the session's Cookie header.
sign_in() {
  local jar="$WORK/cookies-$1" base="http://127.0.0.1:$ONE" page
  page=$(curl -fs -c "$jar" -b "$jar" "$base/sign-in.xhtml")
  curl -fs -o /dev/null -c "$jar" -b "$jar" "$base/sign-in.xhtml" --data "signin=signin&signin%3Asubmit=&$(form_state "$page")" \
    --data-urlencode "signin:email=$1" --data-urlencode "signin:password=$PASSWORD"
  page=$(curl -fs -c "$jar" -b "$jar" "$base/trainee/agreement.xhtml")
  if [[ "$page" == *'agreement:acknowledge'* ]]; then
    curl -fs -o /dev/null -c "$jar" -b "$jar" "$base/trainee/agreement.xhtml" --data "agreement=agreement&agreement%3Aacknowledge=&$(form_state "$page" tail)"
  fi
  session_cookies "$jar"
}

echo "Signing in $TRAINEES trainees through nginx"
: > "$WORK/sessions"
for n in $(seq 1 "$TRAINEES"); do
  if [ "$n" = 1 ]; then email="trainee@alongside.example"; else email="trainee$n@alongside.example"; fi
  session=$(sign_in "$email")
  page=$(curl -fs -H "Cookie: $session" "http://127.0.0.1:$ONE$LESSON_PATH" || true)
  [[ "$page" == *'id="lessonText"'* ]] || { echo "Trainee $email could not open the lesson" >&2; exit 1; }
  echo "$session" >> "$WORK/sessions"
done

lesson_wrk_lua > "$WORK/lesson.lua"

# measure NAME PORT: warm-up, then DURATION seconds; sets requests errors rps p50 p99.
measure() {
  echo "Warming up $1 for 10 s"
  wrk -t"$THREADS" -c"$TRAINEES" -d10s -s "$WORK/lesson.lua" "http://127.0.0.1:$2" > /dev/null
  echo "Measuring $1 for $DURATION s with $TRAINEES connections, one signed-in trainee each"
  wrk -t"$THREADS" -c"$TRAINEES" -d"${DURATION}s" --latency -s "$WORK/lesson.lua" "http://127.0.0.1:$2" | tee "$WORK/wrk-$1.txt"
  read -r requests errors rps p50 p99 < <(grep '^RESULT' "$WORK/wrk-$1.txt" | sed 's/[a-z0-9]*=//g; s/RESULT //')
}

measure one-instance "$ONE"
one="$requests|$errors|$rps|$p50|$p99"; one_rps=$rps

echo "Starting instance b (log: $WORK/b.log)"
start_instance b "$PORT_B" "$GRID_B"
for _ in $(seq 1 120); do grep -q "DG Size: 2" "$WORK/b.log" && break; sleep 1; done
grep -q "DG Size: 2" "$WORK/b.log" || { echo "Instance b did not join a's grid" >&2; exit 1; }
measure two-instances "$TWO"
two="$requests|$errors|$rps|$p50|$p99"

mkdir -p "$(dirname "$RESULTS")"
if [ ! -f "$RESULTS" ]; then
  cat > "$RESULTS" <<'MD'
# Lesson pages through nginx, one instance and two

Produced by `benchmarks/cluster.sh`: N demo trainees signed in through nginx, each wrk connection
using one trainee's session, all requesting a lesson page (which also records the trainee's
place). PostgreSQL, Payara Micro instances with `-Xmx1g` on one Hazelcast grid (sessions and views
copied to the grid after each request), nginx round robin without sticky sessions; load generator,
nginx, database and instances all on the same machine, 127.0.0.1 only. On a machine with few cores
a second instance competes for the same CPUs: the figure to watch is that two instances are not
much slower than one (the cost of the grid), not that they are faster.

| Date (UTC) | Commit | CPUs | Instances | Trainees | Seconds | Requests | Errors | Requests/s | p50 ms | p99 ms |
|---|---|---|---|---|---|---|---|---|---|---|
MD
fi
stamp="$(date -u +%Y-%m-%dT%H:%MZ) | $COMMIT | $(nproc)"
echo "| $stamp | 1 | $TRAINEES | $DURATION | ${one//|/ | } |" >> "$RESULTS"
echo "| $stamp | 2 | $TRAINEES | $DURATION | ${two//|/ | } |" >> "$RESULTS"
echo "Recorded in $RESULTS: one instance $one_rps requests/s, two $rps requests/s"
if [ "$errors" != 0 ]; then
  echo "Some requests failed; the instances' logs say:" >&2
  grep -h -A3 -m5 SEVERE "$WORK/a.log" "$WORK/b.log" >&2 || true
fi
