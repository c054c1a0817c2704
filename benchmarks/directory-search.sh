#!/usr/bin/env bash
# Directory search over 100,000 supporters, on PostgreSQL (the production database).
#
# Starts a private PostgreSQL server and the portal on it (run `mvn -B -DskipTests package`
# first), seeds 100,000 supporters (benchmarks/directory-search-seed.sql: certificates valid,
# expired and revoked; consents given and withdrawn; profiles published, paused, showing and
# hiding fields), then measures searches with two filters and a word of free text through the
# JSON API, GET /api/v1/directory, with wrk on 127.0.0.1. Each request picks one of a few hundred
# searches (every pair of filter kinds, with words common and rare). Also records the query plans
# of one such search, built by DirectorySql itself, and the indexes PostgreSQL used.
#
#   benchmarks/directory-search.sh                    # 30 s, 1 connection
#   CONNECTIONS=4 DURATION=60 benchmarks/directory-search.sh
#
# Figures are appended to benchmarks/results/directory-search.md.
set -euo pipefail

DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-1}
PORT=${BENCH_PORT:-8192}
BASE="http://127.0.0.1:${PORT}"
PASSWORD="bench-password-for-supporters"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
RESULTS="$ROOT/benchmarks/results/directory-search.md"
cd "$ROOT"

. benchmarks/on-postgres.sh "${BENCH_PG_PORT:-55434}"

echo "Seeding 100,000 supporters"
time psql_bench -f benchmarks/directory-search-seed.sql
psql_bench -At -c "SELECT 'Profiles ' || count(*) || ', published ' || count(*) FILTER (WHERE published) || ', paused '
  || count(*) FILTER (WHERE paused) FROM supporter_profile"

# Two filters and one word: every pair of filter kinds, with words from common ("listen") to rare
# ("allotment"), and a name. Each request picks one at random.
words=(listen anxiety walking grief music garden nurse football recovery autistic swimming poetry allotment canal sober
       bread refugee faith panic voices chloe)
filters_a=("format=PHONE" "format=VIDEO" "format=IN_PERSON" "format=TEXT" "area=1" "area=3" "area=2" "area=7" "area=6")
filters_b=("region=London" "region=Wales" "region=Scotland" "region=North%20West%20England" "language=English" "language=Welsh"
           "language=Polish" "availability=WEEKENDS" "availability=WEEKDAY_EVENINGS" "availability=WEEKDAY_DAYTIME")
: > "$WORK/paths"
i=0
for a in "${filters_a[@]}"; do
  for b in "${filters_b[@]}"; do
    for w in 0 1 2; do
      echo "/api/v1/directory?$a&$b&q=${words[$(( (i * 7 + w * 5) % ${#words[@]} ))]}" >> "$WORK/paths"
    done
    i=$((i + 1))
  done
done
echo "$(wc -l < "$WORK/paths") different searches, for example:"
sample=$(head -1 "$WORK/paths")
echo "  $sample -> $(curl -fs "$BASE$sample" | head -c 300)…"
curl -fs "$BASE/api/v1/directory?format=PHONE&region=London&q=listen" | grep -q '"total":[1-9]' \
  || { echo "The directory API does not find the seeded supporters" >&2; exit 1; }

{
  echo "paths = {"
  sed 's/.*/  "&",/' "$WORK/paths"
  echo "}"
} > "$WORK/search.lua"
cat >> "$WORK/search.lua" <<'LUA'
math.randomseed(42)
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
# The JVM compiles the hot paths over the first few thousand requests; measure after that.
echo "Warming up for 45 s"
wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d45s -s "$WORK/search.lua" "$BASE" >/dev/null
echo "Measuring for $DURATION s with $CONNECTIONS connections"
# Other work on the machine shows in the figures, so the load average is recorded with them.
load=$(cut -d' ' -f1 /proc/loadavg)
# The speed of this (virtual) machine itself varies from hour to hour; one fixed piece of work, timed
# just before measuring, says how fast it was then: PostgreSQL counting a million rows.
reference=$(psql_bench -At -c '\timing on' -c 'SELECT count(*) FROM generate_series(1, 1000000)' | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/search.lua" "$BASE" | tee "$WORK/wrk.txt"
read -r requests errors rps p50 p95 p99 < <(grep '^RESULT' "$WORK/wrk.txt" | sed 's/[a-z0-9]*=//g; s/RESULT //')

# The plans of one search (format PHONE, region London, "allotment"), as DirectorySearch runs it:
# first the look through the first listed profiles in today's order, then (when that does not hold
# the page and one more) the page of all matches with their number, then the count (run only for a
# page past the end). Each is prepared with the same generic plan the portal uses (see
# DirectorySearch), run once to warm the cache, then explained. Per-node timing is off: on this
# virtual machine reading the clock for every row costs more than the query, so each plan gives
# its true total time only. Plan.java prints, per statement, the SQL with its values written in
# (shown in the results), the SQL as prepared, and its values.
cat > "$WORK/Plan.java" <<'JAVA'
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alongside.directory.*;

public class Plan {
    public static void main(String[] args) {
        DirectorySql sql = DirectorySql.search(new DirectoryQuery(null, SupportFormat.PHONE, null, "London", null, "allotment", 0, DirectoryFilters.PAGE_SIZE),
                LocalDate.now(ZoneId.of("Europe/London")), true);
        print(sql.windowSql(false), sql.windowParameters(Integer.parseInt(args[0]), DirectoryFilters.PAGE_SIZE));
        print(sql.pageSql(), sql.pageParameters(0, DirectoryFilters.PAGE_SIZE));
        print(sql.countSql(), sql.parameters());
    }

    static void print(String sql, List<Object> parameters) {
        Matcher m = Pattern.compile("\\?(\\d+)").matcher(sql);
        StringBuilder written = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(written, Matcher.quoteReplacement(literal(parameters.get(Integer.parseInt(m.group(1)) - 1))));
        }
        m.appendTail(written);
        System.out.println(written + ";\t" + sql.replaceAll("\\?(\\d+)", "\\$$1") + "\t"
                + parameters.stream().map(Plan::literal).collect(Collectors.joining(", ")));
    }

    static String literal(Object value) {
        return value instanceof Number ? value.toString()
                : value instanceof LocalDate ? "DATE '" + value + "'" : "'" + value.toString().replace("'", "''") + "'";
    }
}
JAVA
window=$(sed -n 's/^portal.directory.search-window=//p' src/main/resources/META-INF/microprofile-config.properties)
java --source 17 --class-path target/classes "$WORK/Plan.java" "$window" > "$WORK/statements.tsv"
cut -f1 "$WORK/statements.tsv" > "$WORK/search.sql"
plans=$(while IFS=$'\t' read -r _ prepared values; do
  psql_bench -At -c "SET plan_cache_mode = force_generic_plan" -c "PREPARE search AS $prepared" -c '\o /dev/null' \
    -c "EXECUTE search($values)" -c '\o' -c "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, COSTS OFF) EXECUTE search($values)" < /dev/null
  echo
done < "$WORK/statements.tsv")
indexes=$(psql_bench -At -c "SELECT indexdef FROM pg_indexes WHERE tablename IN ('supporter_profile', 'supporter_area',
  'supporter_language', 'supporter_format', 'supporter_availability', 'directory_consent', 'certificate') ORDER BY tablename, indexname")
used=$(grep -oE 'Index (Only )?Scan using [a-z_]+|Bitmap Index Scan on [a-z_]+' <<< "$plans" | awk '{ print $NF }' | sort -u \
  | paste -sd, - | sed 's/,/, /g')

mkdir -p "$(dirname "$RESULTS")"
if [ ! -f "$RESULTS" ]; then
  cat > "$RESULTS" <<'MD'
# Directory search over 100,000 supporters

Produced by `benchmarks/directory-search.sh`: PostgreSQL with 100,000 supporters
(`benchmarks/directory-search-seed.sql`: 78 % of certificates in date, 14 % expired, 8 % revoked;
95 % consented, a tenth of those withdrawn; 86 % published, 7 % paused; each field hidden by some;
skewed areas, languages, regions, formats and times; bios of a few sentences each), of whom about
half are listed. Each request is `GET /api/v1/directory` with two filters and one word of free
text, picked at random from 270 searches (every pair of filter kinds, common and rare words): one
page of 10 (the default size) in today's order, found by looking through the first listed supporters
in that order or, for a search with few matches, by counting them all (see DirectorySearch), and the
10 profiles with their areas, languages, formats and times. Portal with `-Xmx1g`, PostgreSQL and wrk on the same machine, 127.0.0.1 only. With one
connection the figures are one visitor's search time. "Load before" is the machine's 1-minute
load average just before measuring (the 45 s warm-up adds to it): other work on the machine (test
suites, browsers) shows in the figures. The machine's own speed varies too: "Reference ms" is how
long PostgreSQL took to count a million rows just before measuring (about 106 ms on a fast hour,
173 ms on a slow one), so compare rows with a similar reference.

| Date (UTC) | Commit | CPUs | Load before | Connections | Seconds | Requests | Errors | Requests/s | p50 ms | p95 ms | p99 ms | Reference ms |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
MD
fi
# Keep every row of figures, but only the newest plans.
python3 - "$RESULTS" <<'PY'
import sys
text = open(sys.argv[1]).read()
open(sys.argv[1], "w").write(text.split("\nIndexes used on ")[0].rstrip("\n") + "\n")
PY
printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(date -u +%Y-%m-%dT%H:%MZ)" \
  "$(git rev-parse --short HEAD 2>/dev/null || echo -)" "$(nproc)" "$load" "$CONNECTIONS" "$DURATION" \
  "$requests" "$errors" "$rps" "$p50" "$p95" "$p99" "${reference:--}" >> "$RESULTS"
{
  echo; echo "Indexes used on $(date -u +%Y-%m-%d) by the search below: $used."
  echo; echo "Indexes on the directory's tables:"; echo; echo '```'; echo "$indexes"; echo '```'
  echo; echo "The search, as DirectorySql writes it (format PHONE, region London, \"allotment\"): the look through the first $window listed profiles in today's order, which every search runs first; the page of all matches with their number, run when that look does not hold the page and one more; the count, run only for a page past the end:"
  echo; echo '```sql'; cat "$WORK/search.sql"; echo '```'
  echo; echo "Their generic plans, as the portal runs them, after one run to warm up (EXPLAIN ANALYZE, BUFFERS, TIMING OFF):"; echo; echo '```'; echo "$plans"; echo '```'
} >> "$RESULTS"
echo "Recorded in $RESULTS: p95 $p95 ms, $rps requests/s"
