#!/usr/bin/env bash
# A throwaway Virtuoso for the remote-store tests and for trying claimgraph against a
# real triple store: its own database folder, a minimal ini, 127.0.0.1 only.
#
#   scripts/virtuoso.sh start|stop|status [DIR]
#
# Ports: VIRTUOSO_HTTP_PORT (default 8890), VIRTUOSO_SQL_PORT (default 1111).
# Memory: VIRTUOSO_BUFFERS 8 KB pages (default 20000, about 160 MB; MaxDirtyBuffers is
# 3/4 of it); a store of millions of triples wants hundreds of thousands.
# VIRTUOSO_QUERY_TIMEOUT: seconds before Virtuoso cuts a query short and answers with
# what it has (default 120), which a large store needs raised to give whole answers.
# VIRTUOSO_AFTER_IMAGE_LIMIT: bytes one transaction may change (Virtuoso's default, 50 MB,
# when unset); publishing a graph of a million triples moves it in one transaction.
# DIR defaults to ${TMPDIR:-/tmp}/claimgraph-virtuoso-<http port>. `start` reuses a
# database already in DIR (a restart) and is a no-op when the server runs; `stop`
# checkpoints and stops it, then removes DIR unless VIRTUOSO_KEEP_DATA=1.
# `start` prints the SPARQL endpoint URL as its last line.
set -euo pipefail

cmd=${1:-}
HTTP_PORT=${VIRTUOSO_HTTP_PORT:-8890}
SQL_PORT=${VIRTUOSO_SQL_PORT:-1111}
BUFFERS=${VIRTUOSO_BUFFERS:-20000}
QUERY_TIMEOUT=${VIRTUOSO_QUERY_TIMEOUT:-120}
AFTER_IMAGE=${VIRTUOSO_AFTER_IMAGE_LIMIT:+TransactionAfterImageLimit = $VIRTUOSO_AFTER_IMAGE_LIMIT}
DIR=${2:-${TMPDIR:-/tmp}/claimgraph-virtuoso-$HTTP_PORT}
PIDFILE=$DIR/virtuoso.pid

die() { echo "virtuoso.sh: $*" >&2; exit 1; }
running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }
# The ports a running server was started with win over the environment.
[ -f "$DIR/ports" ] && read -r HTTP_PORT SQL_PORT < "$DIR/ports"
ENDPOINT=http://127.0.0.1:$HTTP_PORT/sparql

ask() { curl -sf -m 2 -H 'Accept: application/sparql-results+json' --data-urlencode 'query=ASK{}' "$ENDPOINT" >/dev/null 2>&1; }
isql() { isql-vt "127.0.0.1:$SQL_PORT" dba dba "$@"; }

start() {
  command -v virtuoso-t >/dev/null || die "virtuoso-t is not installed: apt-get install -y --no-install-recommends virtuoso-opensource-7-bin"
  if running; then echo "running (pid $(cat "$PIDFILE"))"; echo "$ENDPOINT"; return; fi
  for port in "$HTTP_PORT" "$SQL_PORT"; do
    ss -ltn "sport = :$port" | grep -q LISTEN && die "port $port is taken; set VIRTUOSO_HTTP_PORT / VIRTUOSO_SQL_PORT"
  done
  mkdir -p "$DIR/www"
  echo "$HTTP_PORT $SQL_PORT" > "$DIR/ports"
  # Small buffers by default: a test store, not a production one. ResultSetMaxRows is raised
  # from the usual 10000 so that pulling a graph back is not silently cut short.
  cat > "$DIR/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $DIR/virtuoso.db
ErrorLogFile = $DIR/virtuoso.log
LockFile = $DIR/virtuoso.lck
TransactionFile = $DIR/virtuoso.trx
xa_persistent_file = $DIR/virtuoso.pxa
[TempDatabase]
DatabaseFile = $DIR/virtuoso-temp.db
TransactionFile = $DIR/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$SQL_PORT
DirsAllowed = ., $DIR
NumberOfBuffers = $BUFFERS
MaxDirtyBuffers = $((BUFFERS * 3 / 4))
CheckpointInterval = 0
$AFTER_IMAGE
[HTTPServer]
ServerPort = 127.0.0.1:$HTTP_PORT
ServerRoot = $DIR/www
MaxClientConnections = 8
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = $QUERY_TIMEOUT
EOF
  (cd "$DIR" && exec nohup virtuoso-t +foreground +configfile "$DIR/virtuoso.ini" > "$DIR/stdout.log" 2>&1) &
  echo $! > "$PIDFILE"
  for _ in $(seq 1 240); do
    ask && break
    running || { tail -n 20 "$DIR/virtuoso.log" "$DIR/stdout.log" >&2 2>/dev/null; die "virtuoso-t exited while starting"; }
    sleep 0.25
  done
  ask || { stop; die "no answer to ASK{} at $ENDPOINT after 60 s"; }
  # Anonymous SPARQL Update and Graph Store writes (the store only listens on 127.0.0.1).
  isql exec='GRANT SPARQL_UPDATE TO "SPARQL";' >/dev/null
  echo "started (pid $(cat "$PIDFILE"), $DIR)"
  echo "$ENDPOINT"
}

stop() {
  if running; then
    local pid; pid=$(cat "$PIDFILE")
    # -K: checkpoint, then shut down. SIGTERM if that does not end it.
    timeout 30 isql-vt "127.0.0.1:$SQL_PORT" dba dba -K >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
    echo "stopped (pid $pid)"
  else
    echo "not running"
  fi
  rm -f "$PIDFILE"
  if [ "${VIRTUOSO_KEEP_DATA:-}" != 1 ] && [ -f "$DIR/virtuoso.ini" ]; then rm -rf "$DIR"; fi
}

status() {
  if running; then echo "running (pid $(cat "$PIDFILE"), $ENDPOINT)"; else echo "not running"; exit 3; fi
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: virtuoso.sh start|stop|status [DIR]" ;;
esac
