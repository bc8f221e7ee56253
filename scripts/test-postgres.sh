#!/usr/bin/env bash
# `npm run test:postgres`: the integration suite, the app tests and the reliability suite against a
# throw-away PostgreSQL cluster: data in a temporary folder, a private port on 127.0.0.1 and a
# private socket directory, one database per test file (tests/helpers/test-database.ts). The
# cluster is stopped and removed on exit, also when a test fails or the run is interrupted.
# `scripts/test-postgres.sh -- <command>` runs <command> against the cluster instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${POSTGRES_BIN:-$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)}
if [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin): apt-get install postgresql" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kmpp-postgres-XXXXXX")
# PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` user.
as_owner() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi }
if [ "$(id -u)" = 0 ]; then chown postgres "$work"; fi

stop_cluster() {
  as_owner "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
# The tests run in a process group of their own, in the background: bash runs a trap only once the
# foreground command has ended, and a signal is passed on to the whole group.
child=
run() {
  set -m
  "$@" &
  child=$!
  set +m
  wait "$child"
}
on_signal() {
  if [ -n "$child" ]; then kill -TERM -- "-$child" 2>/dev/null || true; fi
  exit "$1"
}
trap stop_cluster EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

password=$(node -e "process.stdout.write(require('node:crypto').randomBytes(18).toString('hex'))")
port=$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})")
as_owner sh -c "printf '%s' '$password' > '$work/password'"
as_owner "$bin/initdb" -D "$work/data" -U kmpp --pwfile="$work/password" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner mkdir "$work/socket"
# A throw-away cluster: durability settings off for speed.
as_owner "$bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$work/socket -c fsync=off \
   -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $work)"

export TEST_DATABASE_URI="postgres://kmpp:$password@127.0.0.1:$port/postgres"
if [ "${1:-}" = "--" ]; then
  shift
  run "$@"
else
  run npx vitest run
  run npm run test:app
  # On the build test:app made (or reused, with SKIP_BUILD=1).
  run env SKIP_BUILD=1 npm run test:reliability
fi
