# Sourced by .ci/test and the benchmarks: starts a throw-away PostgreSQL cluster on 127.0.0.1 and
# stops it when the calling script exits. PostgreSQL refuses to run as root, so as root it runs
# as the 'postgres' user that the Debian package creates.
#
#   start_private_postgres PORT DATABASE [SERVER OPTION...]   # sets PG_BIN, PG_PORT, PG_PASSWORD; user is 'alongside'
#
# Server options (e.g. "-c fsync=off") are passed to postgres as they are.

start_private_postgres() {
    PG_PORT=$1
    local database=$2
    shift 2
    local options="$*"
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    PG_PASSWORD=alongside-it
    PG_HOME=$(mktemp -d /tmp/alongside-pg.XXXXXX)
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$PG_HOME"
        as_pg() { runuser -u postgres -- "$@"; }
    else
        as_pg() { "$@"; }
    fi
    trap stop_private_postgres EXIT
    echo "$PG_PASSWORD" > "$PG_HOME/pwfile"
    chmod 600 "$PG_HOME/pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_HOME/pwfile"; fi
    as_pg "$PG_BIN/initdb" -D "$PG_HOME/data" -U alongside --pwfile="$PG_HOME/pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --no-sync > "$PG_HOME/initdb.log"
    # A server of an earlier run on the same port may still be shutting down: try a few times.
    local attempt
    for attempt in 1 2 3 4 5; do
        if as_pg "$PG_BIN/pg_ctl" -D "$PG_HOME/data" -l "$PG_HOME/server.log" -w \
            -o "-p $PG_PORT -k $PG_HOME -c listen_addresses=127.0.0.1 $options" start > /dev/null; then
            break
        fi
        if [ "$attempt" -eq 5 ]; then
            cat "$PG_HOME/server.log" >&2
            return 1
        fi
        sleep 3
    done
    PGPASSWORD=$PG_PASSWORD "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U alongside "$database"
}

stop_private_postgres() {
    as_pg "$PG_BIN/pg_ctl" -D "$PG_HOME/data" -m fast stop > /dev/null 2>&1 || true
    rm -rf "$PG_HOME"
}
