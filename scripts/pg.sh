#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for factdb's tests, on 127.0.0.1 only.
#
#   scripts/pg.sh run CMD [ARG...]   start a cluster, run CMD with FACTDB_TEST_DATABASE_URL and
#                                    FACTDB_DATABASE_URL pointing at it, tear it down, exit as CMD
#   scripts/pg.sh start              start a cluster for working by hand; prints the export lines:
#                                    eval "$(scripts/pg.sh start)"
#   scripts/pg.sh stop               stop the cluster `start` made and delete its files
#   scripts/pg.sh status             print the export lines of the running cluster, if any
#
# The server binaries are looked for on PATH and under /usr/lib/postgresql/*/bin; when there are
# none, Debian's `postgresql` package is installed (needs root or sudo). The cluster lives in a
# mktemp directory under /tmp: data, log and unix socket. It listens only on 127.0.0.1 on a free
# port, trusts local connections only (unix socket and 127.0.0.1) and has one database,
# factdb_test, owned by the superuser `postgres`. initdb refuses to run as root, so as root the
# cluster runs as the `postgres` system user (created if missing). Durability is switched off: the
# data is thrown away anyway. Works from any directory, without a TTY (CI).
set -euo pipefail
# NB: every `return` names its status. A bare `return` inside the EXIT trap (the cleanup) would
# return the status of the command that triggered the trap, i.e. CMD's failure.

DB_NAME=factdb_test
SUPERUSER=postgres
STATE_FILE="/tmp/factdb-pg-$(id -u).state"

log() { printf 'pg.sh: %s\n' "$*" >&2; }
die() {
    log "error: $*"
    exit 2
}

usage() {
    sed -n '2,11s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

# --- server binaries ----------------------------------------------------------------------------

# The directory holding initdb, pg_ctl and createdb, or nothing.
find_bindir() {
    local found dir
    if found=$(command -v initdb 2>/dev/null); then
        dir=$(dirname "$(readlink -f "$found")")
        if [[ -x $dir/pg_ctl && -x $dir/createdb ]]; then
            echo "$dir"
            return 0
        fi
    fi
    # Debian keeps them out of PATH; take the newest major version.
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
        if [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/createdb ]]; then
            echo "$dir"
            return 0
        fi
    done
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo -n "$@"
    else
        die "PostgreSQL is not installed and installing it needs root: apt-get install postgresql"
    fi
}

install_postgres() {
    command -v apt-get >/dev/null || die "no PostgreSQL server found and no apt-get to install one"
    log "no PostgreSQL server binaries found; installing Debian's postgresql package"
    # Debian's package would create and start a cluster of its own on port 5432; we need none.
    if [[ ! -e /etc/postgresql-common/createcluster.conf ]]; then
        as_root mkdir -p /etc/postgresql-common
        echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.conf \
            >/dev/null
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold postgresql >&2
}

BINDIR=
need_binaries() {
    BINDIR=$(find_bindir)
    if [[ -z $BINDIR ]]; then
        install_postgres
        BINDIR=$(find_bindir)
        [[ -n $BINDIR ]] || die "installed postgresql but found no initdb/pg_ctl"
    fi
}

# --- running as the cluster's owner -------------------------------------------------------------

OWNER=
pick_owner() {
    if [[ $(id -u) -ne 0 ]]; then
        OWNER=$(id -un)
        return 0
    fi
    OWNER=$SUPERUSER
    if ! id "$OWNER" >/dev/null 2>&1; then
        log "creating system user $OWNER"
        useradd --system --user-group --home-dir /var/lib/postgresql --no-create-home \
            --shell /bin/bash "$OWNER"
    fi
}

# Run a server binary as the cluster's owner, from the cluster directory: PostgreSQL's programs
# fail when they cannot read their working directory (e.g. root's home, as `postgres`).
as_owner() {
    local dir=$1
    shift
    if [[ $(id -u) -eq 0 ]]; then
        if command -v runuser >/dev/null; then
            (cd "$dir" && runuser -u "$OWNER" -- "$@")
        else
            local cmd
            printf -v cmd '%q ' "$@"
            (cd "$dir" && su -s /bin/sh "$OWNER" -c "$cmd")
        fi
    else
        (cd "$dir" && "$@")
    fi
}

# --- the cluster --------------------------------------------------------------------------------

free_port() {
    local py
    py=$(command -v python3 || command -v python) || die "python is needed to pick a free port"
    "$py" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# Sets CLUSTER_DIR and PORT; the server is running and has the database when this returns.
CLUSTER_DIR=
PORT=
create_cluster() {
    need_binaries
    pick_owner
    CLUSTER_DIR=$(mktemp -d /tmp/factdb-pg.XXXXXX)
    chmod 700 "$CLUSTER_DIR"
    [[ $(id -u) -ne 0 ]] || chown "$OWNER:" "$CLUSTER_DIR"

    as_owner "$CLUSTER_DIR" "$BINDIR/initdb" --pgdata="$CLUSTER_DIR/data" --username="$SUPERUSER" \
        --auth=trust --encoding=UTF8 --locale=C --no-sync >"$CLUSTER_DIR/initdb.log" 2>&1 ||
        {
            cat "$CLUSTER_DIR/initdb.log" >&2
            die "initdb failed"
        }
    # Only this machine may connect: the unix socket in CLUSTER_DIR and 127.0.0.1.
    cat >"$CLUSTER_DIR/data/pg_hba.conf" <<'EOF'
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 trust
host    all       all   127.0.0.1/32  trust
EOF
    [[ $(id -u) -ne 0 ]] || chown "$OWNER:" "$CLUSTER_DIR/data/pg_hba.conf"

    local attempt
    for attempt in 1 2 3 4 5; do
        PORT=$(free_port)
        if as_owner "$CLUSTER_DIR" "$BINDIR/pg_ctl" --pgdata="$CLUSTER_DIR/data" \
            --log="$CLUSTER_DIR/server.log" --wait --timeout=60 --silent \
            -o "-c listen_addresses=127.0.0.1 -c port=$PORT" \
            -o "-c unix_socket_directories='$CLUSTER_DIR'" \
            -o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >&2; then
            break
        fi
        if [[ $attempt -eq 5 ]]; then
            cat "$CLUSTER_DIR/server.log" >&2 || true
            die "the server did not start"
        fi
        log "port $PORT did not work out; trying another"
    done
    as_owner "$CLUSTER_DIR" "$BINDIR/createdb" --host=127.0.0.1 --port="$PORT" \
        --username="$SUPERUSER" "$DB_NAME"
}

destroy_cluster() {
    local dir=$1
    [[ -n $dir && -d $dir ]] || return 0
    if [[ -f $dir/data/postmaster.pid ]]; then
        need_binaries
        pick_owner
        as_owner "$dir" "$BINDIR/pg_ctl" --pgdata="$dir/data" --mode=fast --wait --timeout=60 \
            --silent stop >&2 ||
            as_owner "$dir" "$BINDIR/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait \
                --silent stop >&2 || log "could not stop the server in $dir"
    fi
    rm -rf -- "$dir"
}

database_url() {
    echo "postgresql+psycopg://$SUPERUSER@127.0.0.1:$1/$DB_NAME"
}

export_lines() {
    local url
    url=$(database_url "$1")
    echo "export FACTDB_TEST_DATABASE_URL=$url"
    echo "export FACTDB_DATABASE_URL=$url"
}

# --- commands -----------------------------------------------------------------------------------

cmd_run() {
    [[ $# -gt 0 ]] || die "usage: scripts/pg.sh run CMD [ARG...]"
    trap 'set +e; destroy_cluster "$CLUSTER_DIR"' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    create_cluster
    local url rc=0
    url=$(database_url "$PORT")
    log "PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') at $url"
    FACTDB_TEST_DATABASE_URL=$url FACTDB_DATABASE_URL=$url "$@" || rc=$?
    exit "$rc"
}

# The running cluster's directory and port from the state file, or failure.
read_state() {
    [[ -f $STATE_FILE ]] || return 1
    local dir port
    { read -r dir && read -r port; } <"$STATE_FILE" || return 1
    [[ -d $dir && -f $dir/data/postmaster.pid ]] || return 1
    CLUSTER_DIR=$dir
    PORT=$port
}

cmd_start() {
    if read_state; then
        log "already running in $CLUSTER_DIR (scripts/pg.sh stop to end it)"
        export_lines "$PORT"
        return 0
    fi
    if [[ -f $STATE_FILE ]]; then
        # A stale record (e.g. after a reboot): clean up what is left of it.
        destroy_cluster "$(head -n 1 "$STATE_FILE")"
        rm -f -- "$STATE_FILE"
    fi
    trap 'set +e; destroy_cluster "$CLUSTER_DIR"' EXIT
    create_cluster
    printf '%s\n%s\n' "$CLUSTER_DIR" "$PORT" >"$STATE_FILE"
    trap - EXIT
    log "started in $CLUSTER_DIR; stop it with scripts/pg.sh stop"
    export_lines "$PORT"
}

cmd_stop() {
    if [[ ! -f $STATE_FILE ]]; then
        log "no cluster recorded in $STATE_FILE"
        return 0
    fi
    local dir
    dir=$(head -n 1 "$STATE_FILE")
    # Only ever delete a directory this script made.
    [[ $dir == /tmp/factdb-pg.* ]] || die "unexpected cluster directory in $STATE_FILE: $dir"
    destroy_cluster "$dir"
    rm -f -- "$STATE_FILE"
    log "stopped and removed $dir"
}

cmd_status() {
    if read_state; then
        export_lines "$PORT"
    else
        log "not running"
        return 1
    fi
}

[[ $# -gt 0 ]] || usage
command=$1
shift
case $command in
run) cmd_run "$@" ;;
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
-h | --help | help) usage ;;
*) usage ;;
esac
