#!/usr/bin/env bash
# The portal's pages beside a bare PrimeFaces page on the same Payara Micro, in the same run
# (issue 19): requests a second with 16 connections, each with a session of its own, and the
# median time with one connection. The bare page is ../shared/faces-baseline (one p:dataTable and
# an ajax button in a form), deployed beside the portal at /x. Only 127.0.0.1 is contacted.
#
#   benchmarks/page-speed.sh                      # 4 rounds of 15 s per page
#   ROUNDS=2 SECONDS_PER_PAGE=10 WARM_SECONDS=10 benchmarks/page-speed.sh
#   PROFILE=true benchmarks/page-speed.sh         # also a JFR recording of the lesson page's rounds
#
# Each round measures every page once, one after the other, so a busy moment hits all pages alike;
# the ratio to the bare page is taken per round and the median of the rounds is reported. The
# figures, with the machine's load, are appended to benchmarks/results/page-speed.md.
set -euo pipefail

ROUNDS=${ROUNDS:-4}
SECONDS_PER_PAGE=${SECONDS_PER_PAGE:-15}
WARM_SECONDS=${WARM_SECONDS:-30}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${BENCH_PORT:-8191}
BASE="http://127.0.0.1:${PORT}"
PASSWORD="bench-password-for-trainees"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASELINE="$ROOT/../shared/faces-baseline"
WORK="$(mktemp -d)"
RESULTS="$ROOT/benchmarks/results/page-speed.md"

command -v wrk >/dev/null || { echo "Installing wrk"; sudo -n true 2>/dev/null && S=sudo || S=; $S apt-get install -y -qq wrk >/dev/null; }
[ -f "$ROOT/target/alongside.war" ] || { echo "Build first: mvn -B -DskipTests package" >&2; exit 1; }
[ -d "$BASELINE" ] || { echo "The bare PrimeFaces WAR's project is missing: $BASELINE" >&2; exit 1; }
# Built in a copy: the shared folder stays as it is.
cp -r "$BASELINE" "$WORK/baseline" && (cd "$WORK/baseline" && mvn -B -q -Dmaven.test.skip=true package)
cp "$WORK/baseline/target/x.war" "$WORK/x.war"

. "$ROOT/benchmarks/portal.sh"
cleanup() { stop_portal; rm -rf "$WORK"; }
trap cleanup EXIT

PROFILE_FILE="$ROOT/target/page-speed.jfr"
JAVA_OPTIONS=""
if [ "${PROFILE:-false}" = true ]; then
  JAVA_OPTIONS="-XX:StartFlightRecording=filename=$PROFILE_FILE,settings=profile,dumponexit=true"
fi
echo "Starting the portal and the bare page on $BASE (log: $WORK/portal.log)"
# The directory's per-address limit (120 a minute) would answer nearly every request from 127.0.0.1 with 429.
PORTAL_DIRECTORY_REQUESTS_PER_MINUTE=1000000000 \
PORTAL_DATA_DIR="$WORK/data" PORTAL_DEMO=true PORTAL_DEMO_PASSWORD="$PASSWORD" PORTAL_DEMO_TRAINEES="$CONNECTIONS" \
  EXTRA_WAR="$WORK/x.war:/x" PORTAL_JAVA_OPTIONS="$JAVA_OPTIONS" start_portal "$PORT"
version=$(grep -o 'Payara Micro [0-9.]* (build [0-9]*)' "$WORK/portal.log" | head -1)
bare_page=$(curl -fs "$BASE/x/index.xhtml" || true)
[[ "$bare_page" == *'id="f:table"'* ]] || { echo "The bare page does not answer at /x/index.xhtml" >&2; exit 1; }

echo "Signing in $CONNECTIONS trainees; one bare-page session per connection"
: > "$WORK/sessions"
: > "$WORK/bare-sessions"
: > "$WORK/no-session"
for n in $(seq 1 "$CONNECTIONS"); do
  if [ "$n" = 1 ]; then email="trainee@alongside.example"; else email="trainee$n@alongside.example"; fi
  sign_in "$email" "$PASSWORD" >> "$WORK/sessions"
  agree_to_group_agreement "$email"
  curl -fs -o /dev/null -c "$WORK/bare-$n" "$BASE/x/index.xhtml"
  session_cookies "$WORK/bare-$n" >> "$WORK/bare-sessions"
  echo "" >> "$WORK/no-session"
done

# name|path|marker|sessions file
PAGES=(
  "bare|/x/index.xhtml|id=\"f:table\"|$WORK/bare-sessions"
  "lesson|$LESSON_PATH|id=\"lessonText\"|$WORK/sessions"
  "home|/trainee/home.xhtml|id=\"courseHeading\"|$WORK/sessions"
  "directory|/directory/index.xhtml|id=\"filtersHeading\"|$WORK/no-session"
  "verify|/verify.xhtml|id=\"checkHeading\"|$WORK/no-session"
)
for page in "${PAGES[@]}"; do
  IFS='|' read -r name path marker sessions <<< "$page"
  page_wrk_lua "$path" "$marker" "$sessions" > "$WORK/$name.lua"
  shown=$(curl -fs -H "Cookie: $(head -1 "$sessions")" "$BASE$path" || true)
  [[ "$shown" == *"$marker"* ]] || { echo "$name: $path does not show $marker" >&2; exit 1; }
done

measure() { # measure NAME CONNECTIONS SECONDS: prints "rps p50 errors"
  wrk -t"$(( $2 < THREADS ? $2 : THREADS ))" -c"$2" -d"$3s" --latency -s "$WORK/$1.lua" "$BASE" > "$WORK/$1.out"
  grep '^RESULT' "$WORK/$1.out" | sed 's/RESULT requests=[0-9]* errors=\([0-9]*\) rps=\([0-9.]*\) p50=\([0-9.]*\) .*/\2 \3 \1/'
}

# The bare page's rate still rose from round to round after 10 s of warming (the JIT was still at
# work), which flattered every ratio of the first rounds.
echo "Warming up ($WARM_SECONDS s per page)"
for page in "${PAGES[@]}"; do measure "${page%%|*}" "$CONNECTIONS" "$WARM_SECONDS" > /dev/null; done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A RPS RATIOS ERRORS
for round in $(seq 1 "$ROUNDS"); do
  for page in "${PAGES[@]}"; do
    name=${page%%|*}
    read -r rps p50 errors < <(measure "$name" "$CONNECTIONS" "$SECONDS_PER_PAGE")
    RPS[$name]="${RPS[$name]:-} $rps"
    ERRORS[$name]=$(( ${ERRORS[$name]:-0} + errors ))
    echo "round $round: $name $rps req/s (median $p50 ms, $errors not the page)"
  done
  bare=$(echo "${RPS[bare]}" | awk '{print $NF}')
  for page in "${PAGES[@]}"; do
    name=${page%%|*}
    last=$(echo "${RPS[$name]}" | awk '{print $NF}')
    RATIOS[$name]="${RATIOS[$name]:-} $(awk -v a="$last" -v b="$bare" 'BEGIN { printf "%.3f", a / b }')"
  done
done
read -r _ lesson_p50 _ < <(measure lesson 1 "$SECONDS_PER_PAGE")
read -r _ bare_p50 _ < <(measure bare 1 "$SECONDS_PER_PAGE")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
rss=$(ps -o rss= -p "$(pgrep -f "payara-micro.jar.*--port $PORT" | head -1)" 2>/dev/null || echo 0)

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s–%s", lo, hi }'; }

mkdir -p "$(dirname "$RESULTS")"
[ -f "$RESULTS" ] || cat > "$RESULTS" <<'MD'
# Page speed beside a bare PrimeFaces page

Written by `benchmarks/page-speed.sh`: the portal and `../shared/faces-baseline` (one PrimeFaces
page) on one Payara Micro, embedded H2, wrk on 127.0.0.1. Requests a second with 16 connections,
each with a session of its own (a signed-in trainee for the lesson page and home, none for the
public pages, the bare page's own session for it); the ratio to the bare page per round, median
of the rounds. Goals (issue 19): lesson page and home ≥ 0.5, public pages ≥ 0.7, the lesson page's
median with one connection at most twice the bare page's.
MD
{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ), $version, commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo
  echo "$(nproc) cores, load average $load_before before and $load_after after; $WARM_SECONDS s of warming and $ROUNDS rounds of $SECONDS_PER_PAGE s per page; Payara's RSS after: $(( rss / 1024 )) MB."
  echo
  echo "| page | req/s (median of rounds) | ÷ bare page (median, range) | answers that were not the page |"
  echo "|---|---|---|---|"
  for page in "${PAGES[@]}"; do
    IFS='|' read -r name path _ _ <<< "$page"
    echo "| $name \`${path%%\?*}\` | $(echo "${RPS[$name]}" | median) | $(echo "${RATIOS[$name]}" | median) ($(echo "${RATIOS[$name]}" | range)) | ${ERRORS[$name]} |"
  done
  echo
  echo "One connection: the lesson page's median $lesson_p50 ms, the bare page's $bare_p50 ms."
} | tee -a "$RESULTS"
if [ "${PROFILE:-false}" = true ]; then
  echo "JFR recording (written when the portal stops): $PROFILE_FILE; top frames: jfr print --events jdk.ExecutionSample $PROFILE_FILE"
fi
