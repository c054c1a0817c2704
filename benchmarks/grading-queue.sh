#!/usr/bin/env bash
# The trainer's grading queue over a large data set, on PostgreSQL (the production database).
#
# Starts a private PostgreSQL server and the portal on it (run `mvn -B -DskipTests package`
# first), seeds 5,000 trainees in 100 groups with 50 trainers and 200,000 submitted reflections
# (40 each, one in ten waiting for a grade), signs in as a trainer, and measures the first page of
# /trainer/queue.xhtml with wrk on 127.0.0.1. Also records the query plan of the queue query.
#
#   benchmarks/grading-queue.sh            # 30 s, 10 connections
#
# Figures are appended to benchmarks/results/grading-queue.md.
set -euo pipefail

DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-10}
PORT=${BENCH_PORT:-8191}
BASE="http://127.0.0.1:${PORT}"
PASSWORD="bench-password-for-trainers"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
RESULTS="$ROOT/benchmarks/results/grading-queue.md"
cd "$ROOT"

. benchmarks/on-postgres.sh "${BENCH_PG_PORT:-55433}"

echo "Seeding 50 trainers, 100 groups, 5,000 trainees and 200,000 submissions"
time psql_bench -f benchmarks/grading-queue-seed.sql

session=$(sign_in trainer@alongside.example "$PASSWORD")
page=$(curl -fs -H "Cookie: $session" "$BASE/trainer/queue.xhtml" || true)
[[ "$page" == *'Bench trainee'* ]] || { echo "The trainer's queue does not show the seeded work" >&2; exit 1; }

page_check_lua 'Bench trainee' > "$WORK/queue.lua"
cat >> "$WORK/queue.lua" <<LUA
setup = function(thread)
  table.insert(threads, thread)
end
request = function()
  return wrk.format("GET", "/trainer/queue.xhtml", { ["Cookie"] = "$session" })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + not_the_page(),
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
echo "Warming up for 15 s"
wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d15s -s "$WORK/queue.lua" "$BASE" >/dev/null
echo "Measuring for $DURATION s with $CONNECTIONS connections"
wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/queue.lua" "$BASE" | tee "$WORK/wrk.txt"
read -r requests errors rps p50 p95 p99 < <(grep '^RESULT' "$WORK/wrk.txt" | sed 's/[a-z0-9]*=//g; s/RESULT //')

# The plan of the queue's page query for the demo trainer, as EclipseLink sends it.
plan=$(psql_bench -At -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT s.* FROM submission s JOIN account a ON a.id = s.account_id
  JOIN cohort c ON c.id = s.cohort_id WHERE s.cohort_id IN (SELECT cohort_id FROM cohort_trainer t JOIN account ta ON ta.id = t.trainer_id
  WHERE ta.email = 'trainer@alongside.example') AND s.status = 'SUBMITTED' ORDER BY s.submitted_at, s.id LIMIT 20")

mkdir -p "$(dirname "$RESULTS")"
if [ ! -f "$RESULTS" ]; then
  cat > "$RESULTS" <<'MD'
# Grading queue over 200,000 submissions

Produced by `benchmarks/grading-queue.sh`: PostgreSQL with 5,000 trainees in 100 groups, 50
trainers (two groups each), 200,000 submissions of which 20,000 wait for a grade. One signed-in
trainer requests the first page of their queue (counts per status, the group filter, 20 rows of
400 waiting). Portal with `-Xmx1g` and wrk on the same machine, 127.0.0.1 only.

| Date (UTC) | Commit | CPUs | Connections | Seconds | Requests | Errors | Requests/s | p50 ms | p95 ms | p99 ms |
|---|---|---|---|---|---|---|---|---|---|---|
MD
fi
# Keep every row of figures, but only the newest query plan.
python3 - "$RESULTS" <<'PY'
import sys
text = open(sys.argv[1]).read()
open(sys.argv[1], "w").write(text.split("\nQuery plan on ")[0].rstrip("\n") + "\n")
PY
printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(date -u +%Y-%m-%dT%H:%MZ)" \
  "$(git rev-parse --short HEAD 2>/dev/null || echo -)" "$(nproc)" "$CONNECTIONS" "$DURATION" \
  "$requests" "$errors" "$rps" "$p50" "$p95" "$p99" >> "$RESULTS"
{ echo; echo "Query plan on $(date -u +%Y-%m-%d):"; echo; echo '```'; echo "$plan"; echo '```'; } >> "$RESULTS"
echo "Recorded in $RESULTS: p95 $p95 ms, $rps requests/s"
