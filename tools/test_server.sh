#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team-server tests (README, "Tests"):
#   tools/test_server.sh start   prints the administrator's URL to put in EXCELLENCE_TEST_PG
#   tools/test_server.sh stop    stops it and removes its files
# It listens on 127.0.0.1 only, on a free port, with trust authentication (but for one login,
# exa_password_user, which must give its password), and keeps its data in a temporary folder
# (fsync off: nothing in it outlives the tests). Debian's PostgreSQL server package provides
# initdb and pg_ctl; run as root, the cluster runs as "postgres".
set -euo pipefail
DIR=${EXCELLENCE_TEST_PG_DIR:-/tmp/excellence-test-pg}
PASSWORD_LOGIN=exa_password_user
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$BIN" ]; then
  echo "tools/test_server.sh: no PostgreSQL server here (Debian: apt-get install postgresql)" >&2
  exit 1
fi
# As root the cluster runs as "postgres", from a folder it may enter (not the caller's).
as_cluster() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

case "${1:-}" in
start)
  if [ -f "$DIR/data/postmaster.pid" ]; then as_cluster "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null || true; fi
  rm -rf "$DIR" && mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_cluster "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
  # One login must give a password, for the tests of asking for it (tests/server_db.py).
  as_cluster sh -c "{ echo 'host all $PASSWORD_LOGIN 127.0.0.1/32 scram-sha-256'; cat '$DIR/data/pg_hba.conf'; } >'$DIR/data/hba' && mv '$DIR/data/hba' '$DIR/data/pg_hba.conf'"
  as_cluster "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
  ;;
stop)
  if [ -f "$DIR/data/postmaster.pid" ]; then as_cluster "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null; fi
  rm -rf "$DIR"
  ;;
*)
  echo "usage: tools/test_server.sh start|stop" >&2
  exit 2
  ;;
esac
