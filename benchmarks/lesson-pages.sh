#!/usr/bin/env bash
# Lesson-page throughput and latency with many trainees signed in at once.
#
# Starts the portal from the built WAR (run `mvn -B -DskipTests package` first) in demo mode on a
# fresh H2 database, with TRAINEES demo trainees in one cohort. Signs each of them in through the
# real sign-in form, then drives lesson pages with wrk for DURATION seconds, every connection
# using its own trainee's session. Only 127.0.0.1 is ever contacted.
#
#   benchmarks/lesson-pages.sh                 # 50 trainees, 60 s
#   TRAINEES=100 DURATION=30 benchmarks/lesson-pages.sh
#
# The figures are appended to benchmarks/results/lesson-pages.md.
set -euo pipefail

TRAINEES=${TRAINEES:-50}
DURATION=${DURATION:-60}
THREADS=${THREADS:-2}
PORT=${BENCH_PORT:-8190}
BASE="http://127.0.0.1:${PORT}"
PASSWORD="bench-password-for-trainees"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
RESULTS="$ROOT/benchmarks/results/lesson-pages.md"

command -v wrk >/dev/null || { echo "Installing wrk"; sudo -n true 2>/dev/null && S=sudo || S=; $S apt-get install -y -qq wrk >/dev/null; }
[ -f "$ROOT/target/alongside.war" ] || { echo "Build first: mvn -B -DskipTests package" >&2; exit 1; }

. "$ROOT/benchmarks/portal.sh"
cleanup() { stop_portal; rm -rf "$WORK"; }
trap cleanup EXIT

echo "Starting the portal on $BASE with $TRAINEES demo trainees (log: $WORK/portal.log)"
PORTAL_DATA_DIR="$WORK/data" PORTAL_DEMO=true PORTAL_DEMO_PASSWORD="$PASSWORD" PORTAL_DEMO_TRAINEES="$TRAINEES" start_portal "$PORT"

grep -o 'Payara Micro [0-9.]* (build [0-9]*) ready in [0-9,]* (ms)' "$WORK/portal.log" || true
echo "Signing in $TRAINEES trainees (each agrees to the group agreement, as before a first lesson)"
: > "$WORK/sessions"
for n in $(seq 1 "$TRAINEES"); do
  if [ "$n" = 1 ]; then email="trainee@alongside.example"; else email="trainee$n@alongside.example"; fi
  session=$(sign_in "$email" "$PASSWORD")
  agree_to_group_agreement "$email"
  # Each session must really see the lesson, not the sign-in page it would be forwarded to.
  page=$(curl -fs -H "Cookie: $session" "$BASE$LESSON_PATH" || true)
  [[ "$page" == *'id="lessonText"'* ]] || { echo "Trainee $email could not open the lesson" >&2; exit 1; }
  echo "$session" >> "$WORK/sessions"
done

lesson_wrk_lua > "$WORK/lesson.lua"

echo "Warming up for 15 s"
wrk -t"$THREADS" -c"$TRAINEES" -d15s -s "$WORK/lesson.lua" "$BASE" >/dev/null
echo "Measuring for $DURATION s with $TRAINEES connections, one signed-in trainee each"
wrk -t"$THREADS" -c"$TRAINEES" -d"${DURATION}s" --latency -s "$WORK/lesson.lua" "$BASE" | tee "$WORK/wrk.txt"
read -r requests errors rps p50 p99 < <(grep '^RESULT' "$WORK/wrk.txt" | sed 's/[a-z0-9]*=//g; s/RESULT //')

mkdir -p "$(dirname "$RESULTS")"
if [ ! -f "$RESULTS" ]; then
  cat > "$RESULTS" <<'MD'
# Lesson pages under load

Produced by `benchmarks/lesson-pages.sh`: N demo trainees signed in, each wrk connection using one
trainee's session, all requesting a lesson page (which also records the trainee's place). Portal on
embedded H2, Payara Micro with `-Xmx1g`, load generator on the same machine, 127.0.0.1 only.

| Date (UTC) | Commit | CPUs | Trainees | Seconds | Requests | Errors | Requests/s | p50 ms | p99 ms |
|---|---|---|---|---|---|---|---|---|---|
MD
fi
printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(date -u +%Y-%m-%dT%H:%MZ)" \
  "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo -)" "$(nproc)" "$TRAINEES" "$DURATION" \
  "$requests" "$errors" "$rps" "$p50" "$p99" >> "$RESULTS"
echo "Recorded in $RESULTS: $rps requests/s, p99 $p99 ms"
if [ "$errors" != 0 ]; then
  echo "Some requests failed; the portal log says:" >&2
  grep -A3 -m5 SEVERE "$WORK/portal.log" >&2 || true
fi
