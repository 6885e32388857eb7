# ./build.sh seed --scale N [--seed S] [--parts customers,sales] [--as-of yyyy-MM-dd] — fill the database with generated
# data at scale N (tests/Crm.Benchmarks): N accounts, ~5N contacts, ~20N interactions, ~N tasks and their timeline;
# 3N opportunities with stage history, 5N orders with lines, their timeline entries and purchase facts; binary COPY.
# --parts sales adds the Sales share to a database seeded earlier without it (same --seed, --scale and --as-of).
# Into ConnectionStrings__Crm when set, else into the embedded cluster of ./build.sh run (.data/pg, database crm),
# started for the run when it is not running. The database must be migrated: run ./build.sh run once first.
# shellcheck shell=bash
need_dotnet
data="$PWD/.data"
cluster=""

stop_started() { [ -n "$cluster" ] && { say "stopping PostgreSQL"; pg_stop "$cluster"; }; return 0; }
trap stop_started EXIT

# The bench reps it may create share the administrator's password, as the demo users do.
if [ -f "$data/secrets.env" ]; then set -a; source "$data/secrets.env"; set +a; fi

if [ -z "${ConnectionStrings__Crm:-}" ]; then
  [ -f "$data/pg/data/PG_VERSION" ] || die "no embedded database yet: run ./build.sh run once (it creates and migrates it), then seed"
  pg_port=$(cat "$data/pg.port" 2>/dev/null || true)
  if ! as_pg "$(pg_bin)/pg_ctl" -D "$data/pg/data" status >/dev/null 2>&1; then
    if [ -z "$pg_port" ] || (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; then pg_port=$(free_port 5433); fi
    echo "$pg_port" >"$data/pg.port"
    say "starting the embedded PostgreSQL ($data/pg, port $pg_port) for the load"
    pg_start "$data/pg" "$pg_port"
    cluster="$data/pg"
  fi
  psql_crm() { as_pg "$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U crm "$@"; }
  psql_crm -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='crm'" | grep -q 1 \
    || as_pg "$(pg_bin)/createdb" -h 127.0.0.1 -p "$pg_port" -U crm -E UTF8 -l C.UTF-8 -T template0 crm
  psql_crm -d crm -tAc "SELECT to_regclass('customers.timeline_entries') IS NOT NULL AND to_regclass('platform.users') IS NOT NULL AND to_regclass('sales.orders') IS NOT NULL" | grep -q t \
    || die "database crm is not migrated: run ./build.sh run once (it applies every module's migrations), stop it, then seed"
  export ConnectionStrings__Crm="Host=127.0.0.1;Port=$pg_port;Username=crm;Database=crm"
fi

say "building the generator (Release)"
dotnet build tests/Crm.Benchmarks -c Release -nologo -v q -clp:ErrorsOnly >/dev/null || die "build failed"
dotnet tests/Crm.Benchmarks/bin/Release/net10.0/Crm.Benchmarks.dll seed "$@"
