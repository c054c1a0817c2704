#!/usr/bin/env bash
# A lesson page's first view on a phone (issue 19): headless Chromium at 360 px with Lighthouse's
# mobile throttling (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU four times slower)
# and an empty cache, then the same page again with its cache. Only 127.0.0.1 is contacted.
#
#   benchmarks/phone-first-view.sh            # 5 rounds
#   ROUNDS=3 benchmarks/phone-first-view.sh
#
# The figures, with the machine's load, are appended to benchmarks/results/page-speed.md.
set -euo pipefail

ROUNDS=${ROUNDS:-5}
PORT=${BENCH_PORT:-8192}
BASE="http://127.0.0.1:${PORT}"
PASSWORD="bench-password-for-trainees"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
RESULTS="$ROOT/benchmarks/results/page-speed.md"

[ -f "$ROOT/target/alongside.war" ] || { echo "Build first: mvn -B -DskipTests package" >&2; exit 1; }
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || { echo "Needs Debian's chromium and chromium-driver" >&2; exit 1; }
# Selenium from the project's test dependencies.
(cd "$ROOT" && mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath")

. "$ROOT/benchmarks/portal.sh"
cleanup() { stop_portal; rm -rf "$WORK"; }
trap cleanup EXIT

echo "Starting the portal on $BASE (log: $WORK/portal.log)"
PORTAL_DATA_DIR="$WORK/data" PORTAL_DEMO=true PORTAL_DEMO_PASSWORD="$PASSWORD" PORTAL_DEMO_TRAINEES=1 start_portal "$PORT"
version=$(grep -o 'Payara Micro [0-9.]* (build [0-9]*)' "$WORK/portal.log" | head -1)
cookies=$(sign_in "trainee@alongside.example" "$PASSWORD")
agree_to_group_agreement "trainee@alongside.example"
# The page is compiled and the JVM warm before the phone asks, as on a server that has been up a while.
for _ in $(seq 1 50); do curl -fs -o /dev/null -H "Cookie: $cookies" "$BASE$LESSON_PATH"; done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
table=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$(cat "$WORK/classpath")" "$ROOT/benchmarks/PhoneFirstView.java" \
  "$BASE" "$LESSON_PATH" "$cookies" "$ROUNDS" 2> "$WORK/browser.log") || { cat "$WORK/browser.log" >&2; exit 1; }
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo
  echo "## Lesson page on a phone, $(date -u +%Y-%m-%dT%H:%MZ), $version, commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo
  echo "Written by \`benchmarks/phone-first-view.sh\`: headless Chromium at 360 px, Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU ×4); $ROUNDS rounds, each a first view with an empty cache and the same lesson again. Times from the start of the navigation; KiB as sent (compressed). $(nproc) cores, load average $load_before before and $load_after after."
  echo
  echo "$table"
} | tee -a "$RESULTS"
