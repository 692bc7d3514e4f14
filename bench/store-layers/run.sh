#!/bin/bash
# Reruns the whole trial once. Needs PostgreSQL 15 binaries in /usr/lib/postgresql/15/bin (Debian).
set -euo pipefail
cd "$(dirname "$0")"
LOGS=${LOGS:-/tmp/store-trial-logs}; mkdir -p "$LOGS"   # build logs stay out of the repo
for X in a b c; do   # 1. build cost: clean debug build of a minimal executable per candidate
  rm -rf .build-$X
  nice -n 19 swift package --scratch-path .build-$X resolve > $LOGS/resolve-$X.log 2>&1
  { /usr/bin/time -v nice -n 19 swift build --product min-$X --scratch-path .build-$X ; } > $LOGS/debug-$X.log 2>&1
  grep -E "User time|System time|Elapsed" $LOGS/debug-$X.log | sed "s/^/min-$X: /"
done
for P in sqlite-c sqlite-b sqlite-a pg-raw pg-a; do   # release builds, one shared folder
  nice -n 19 swift build -c release --scratch-path .build-rel --product bench-$P > $LOGS/rel-$P.log 2>&1
done
for P in sqlite-c sqlite-b sqlite-a; do .build-rel/release/bench-$P; done   # 2 and 3
PG=/usr/lib/postgresql/15/bin; D=$(mktemp -d /tmp/store-trial-pg.XXXX); chown postgres: "$D"
runuser -u postgres -- $PG/initdb -D "$D/data" -U postgres --auth=trust -E UTF8 > /dev/null
runuser -u postgres -- $PG/pg_ctl -D "$D/data" -l "$D/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=55432 -c unix_socket_directories=$D -c shared_buffers=256MB" start > /dev/null
trap 'runuser -u postgres -- $PG/pg_ctl -D "$D/data" -m fast stop > /dev/null; rm -rf "$D"' EXIT
export PGPORT=55432
.build-rel/release/bench-pg-raw   # 4
.build-rel/release/bench-pg-a
