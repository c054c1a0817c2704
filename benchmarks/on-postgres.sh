# Sourced by the PostgreSQL benchmarks, with the PostgreSQL port as its argument: installs wrk and
# PostgreSQL when missing, starts a private PostgreSQL server (database alongside_bench) and the
# built portal on it in demo mode, and stops both on exit. Expects ROOT, WORK, BASE, PORT and
# PASSWORD (the demo accounts' password) to be set; defines psql_bench and sign_in.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi
[ -f target/alongside.war ] || { echo "Build first: mvn -B -DskipTests package" >&2; exit 1; }

. .ci/private-postgres.sh
start_private_postgres "$1" alongside_bench
psql_bench() { PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U alongside -d alongside_bench -v ON_ERROR_STOP=1 -q "$@"; }
. benchmarks/portal.sh
stop_all() { stop_portal; stop_private_postgres; rm -rf "$WORK"; }
trap stop_all EXIT

echo "Starting the portal on $BASE, on PostgreSQL (log: $WORK/portal.log)"
PORTAL_DATA_DIR="$WORK/data" PORTAL_DEMO=true PORTAL_DEMO_PASSWORD="$PASSWORD" \
  PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/alongside_bench" PORTAL_DB_DRIVER=org.postgresql.Driver \
  PORTAL_DB_USER=alongside PORTAL_DB_PASSWORD="$PG_PASSWORD" start_portal "$PORT"
