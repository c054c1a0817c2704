#!/usr/bin/env bash
# Heap per signed-in session, and what stays after sign-out (issue 19). Starts the portal in demo
# mode with TRAINEES demo trainees on a fresh H2 database, measures the heap in use after a full
# GC, signs every trainee in through the real form and opens a lesson (each agrees to the group
# agreement first), measures again, signs every one out through the menu's button, measures a
# third time once the heap stops falling. Only 127.0.0.1 is contacted.
#
#   benchmarks/session-memory.sh                # 1,000 trainees
#   TRAINEES=200 benchmarks/session-memory.sh
#   HISTOGRAMS=true benchmarks/session-memory.sh   # also the heap's classes at each point, in target/
#
# The figures are appended to benchmarks/results/session-memory.md. Goals: at most 64 KiB of heap
# per signed-in session; after everyone signed out, the heap within 5 % of where it started.
set -euo pipefail

TRAINEES=${TRAINEES:-1000}
PORT=${BENCH_PORT:-8192}
BASE="http://127.0.0.1:${PORT}"
PASSWORD="bench-password-for-trainees"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
RESULTS="$ROOT/benchmarks/results/session-memory.md"
JCMD="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"

[ -f "$ROOT/target/alongside.war" ] || { echo "Build first: mvn -B -DskipTests package" >&2; exit 1; }

. "$ROOT/benchmarks/portal.sh"
cleanup() { stop_portal; rm -rf "$WORK"; }
trap cleanup EXIT

# heap_after_gc: the heap in use, in KiB, after two full collections (the second frees what the
# first left for finalisation).
# HISTOGRAMS=true also keeps the classes on the heap then in target/session-memory-<point>.txt.
heap_after_gc() {
  "$JCMD" "$PORTAL_PID" GC.run > /dev/null
  "$JCMD" "$PORTAL_PID" GC.run > /dev/null
  if [ "${HISTOGRAMS:-false}" = true ]; then "$JCMD" "$PORTAL_PID" GC.class_histogram > "$ROOT/target/session-memory-$1.txt"; fi
  "$JCMD" "$PORTAL_PID" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9'
}


echo "Starting the portal on $BASE with $TRAINEES demo trainees (log: $WORK/portal.log)"
# Making the demo trainees hashes each one's password: a thousand take minutes.
PORTAL_START_SECONDS=1200 PORTAL_DATA_DIR="$WORK/data" PORTAL_DEMO=true PORTAL_DEMO_PASSWORD="$PASSWORD" PORTAL_DEMO_TRAINEES="$TRAINEES" \
  start_portal "$PORT"
PORTAL_PID=$(pgrep -f "payara-micro.jar.*--port $PORT" | head -1)
version=$(grep -o 'Payara Micro [0-9.]* (build [0-9]*)' "$WORK/portal.log" | head -1)

# WARM trainees (50) in and out first, so that what any session needs once is there before the
# first measurement: classes, caches, and the data grid's partitions, which are made as the first
# session key lands in each.
email_of() { if [ "$1" = 1 ]; then echo "trainee@alongside.example"; else echo "trainee$1@alongside.example"; fi; }
sign_out() { # sign_out EMAIL: the menu's Sign out button on the trainee's home page
  local jar="$WORK/cookies-$1"
  curl -fs -c "$jar" -b "$jar" -o "$WORK/page" "$BASE/trainee/home.xhtml"
  curl -fs -o /dev/null -c "$jar" -b "$jar" "$BASE/trainee/home.xhtml" --data-urlencode "signOutForm=signOutForm" \
    --data-urlencode "signOutForm:signOut=" --data-urlencode "jakarta.faces.ViewState=$(view_state < "$WORK/page")"
}
for n in $(seq 1 "${WARM:-50}"); do
  warm=$(email_of "$n")
  sign_in "$warm" "$PASSWORD" > /dev/null
  agree_to_group_agreement "$warm"
  curl -fs -o /dev/null -b "$WORK/cookies-$warm" "$BASE$LESSON_PATH"
  sign_out "$warm"
done

before=$(heap_after_gc before)
echo "Heap in use before: $before KiB. Signing in $TRAINEES trainees, each opening a lesson"
for n in $(seq 1 "$TRAINEES"); do
  email=$(email_of "$n")
  sign_in "$email" "$PASSWORD" > /dev/null
  agree_to_group_agreement "$email"
  page=$(curl -fs -b "$WORK/cookies-$email" "$BASE$LESSON_PATH" || true)
  [[ "$page" == *'id="lessonText"'* ]] || { echo "Trainee $email could not open the lesson" >&2; exit 1; }
done
signed_in=$(heap_after_gc signed-in)
echo "Heap in use with $TRAINEES signed in: $signed_in KiB. Signing them all out"
for n in $(seq 1 "$TRAINEES"); do
  sign_out "$(email_of "$n")"
done
# A session whose trainee signed out must not show a lesson any more (the address then answers
# with the sign-in page).
for n in 1 "$TRAINEES"; do
  page=$(curl -fs -b "$WORK/cookies-$(email_of "$n")" "$BASE$LESSON_PATH" || true)
  [[ "$page" != *'id="lessonText"'* ]] || { echo "Trainee $(email_of "$n") still sees the lesson after signing out" >&2; exit 1; }
done
# What ended sessions leave is let go over some seconds (the server's side of closed connections,
# the grid's records): measured every 5 s until the heap stops falling, at most a minute.
after=$(heap_after_gc signed-out)
for _ in $(seq 1 12); do
  sleep 5
  again=$(heap_after_gc signed-out)
  [ "$again" -lt $(( after - after / 200 )) ] || { after=$(( again < after ? again : after )); break; }
  after=$again
done
per_session=$(( (signed_in - before) / TRAINEES ))
left=$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%+.1f", (a - b) * 100 / b }')
echo "After sign-out: $after KiB ($left % against before); $per_session KiB a session"

mkdir -p "$(dirname "$RESULTS")"
[ -f "$RESULTS" ] || cat > "$RESULTS" <<'MD'
# Heap per signed-in session

Written by `benchmarks/session-memory.sh`: heap in use after two full GCs (`jcmd GC.run`,
`GC.heap_info`) before anyone signed in, with every demo trainee signed in through the form
(each agreed to the group agreement and opened a lesson), and after every one signed out with the
menu's button. Embedded H2, sessions on Payara's data grid (one instance). Goals (issue 19): at most
64 KiB per session; after sign-out, within 5 % of before.

| when | Payara | trainees | heap before | with all signed in | per session | after all signed out | against before |
|---|---|---|---|---|---|---|---|
MD
echo "| $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD) | $version | $TRAINEES | $before KiB | $signed_in KiB | $per_session KiB | $after KiB | $left % |" | tee -a "$RESULTS"
