# ./build.sh bench [--scale N] [--smoke] [bench options] — the API (Release) under load, each read scenario beside its pgbench ceiling.
#   A real run keeps its own PostgreSQL cluster in .data/bench-pg and one database per scale (crm_bench_<N>), migrated by
#   the API and seeded once by the generator, so a second run at the same scale starts at once; results go to
#   tests/Crm.Benchmarks/results/<date>-scale<N>.json and .md (commit them).
#   --smoke: a throwaway cluster, scale 1000, 1 s per measurement; proves the harness works and exits non-zero when it
#   does not; writes nothing into the repository. Other options (--scenarios, --duration, --warmup, --connections,
#   --samples) go to the harness: see tests/Crm.Benchmarks/README.md.
# shellcheck shell=bash
need_dotnet
scale=100000
smoke=""
seed=1
pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=${2:?--scale N}; shift 2 ;;
    --seed) seed=${2:?--seed S}; shift 2 ;;
    --smoke) smoke=1; shift ;;
    *) pass+=("$1"); shift ;;
  esac
done
[[ "$scale" =~ ^[0-9]+$ ]] && [ "$scale" -gt 0 ] || die "--scale must be a positive number"

data="$PWD/.data"
api_pid=""
cluster=""
throwaway=""
cleanup() {
  set +e
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null
  [ -n "$cluster" ] && pg_stop "$cluster"
  [ -n "$throwaway" ] && rm -rf "$throwaway"
  return 0
}
trap cleanup EXIT

if [ -n "$smoke" ]; then
  scale=1000
  throwaway=$(mktemp -d /tmp/crm-bench.XXXXXX)
  chmod 755 "$throwaway"
  cluster="$throwaway/pg"
  pg_port=$(free_port 55532)
  say "starting a throwaway PostgreSQL on port $pg_port"
  pg_start "$cluster" "$pg_port" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c jit=off
  export Auth__SigningKey; Auth__SigningKey=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
  export Bootstrap__AdminPassword; Bootstrap__AdminPassword="Bench-$(head -c 12 /dev/urandom | base64 | tr -d '\n/+=')"
  out="$throwaway/results"
  pass=(--warmup 1 --duration 1 --samples 16 "${pass[@]}")
else
  mkdir -p "$data"; chmod 755 "$data"
  secrets="$data/bench-secrets.env"
  if [ ! -f "$secrets" ]; then
    umask 077
    {
      echo "Auth__SigningKey=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')"
      echo "Bootstrap__AdminPassword=Bench-$(head -c 12 /dev/urandom | base64 | tr -d '\n/+=')"
    } >"$secrets"
    umask 022
  fi
  set -a; source "$secrets"; set +a
  cluster="$data/bench-pg"
  pg_port=$(cat "$data/bench-pg.port" 2>/dev/null || true)
  pg_stop "$cluster"
  if [ -z "$pg_port" ] || (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; then pg_port=$(free_port 5533); fi
  echo "$pg_port" >"$data/bench-pg.port"
  say "starting the bench PostgreSQL ($cluster, port $pg_port)"
  # Sized for this kind of machine (24 GB): the same server serves the API and pgbench, so the settings favour neither.
  # JIT off: it compiles plans of a few milliseconds for longer than they run (OLTP servers switch it off).
  pg_start "$cluster" "$pg_port" -c shared_buffers=4GB -c effective_cache_size=16GB -c work_mem=16MB \
    -c maintenance_work_mem=1GB -c max_wal_size=16GB -c checkpoint_timeout=30min -c max_connections=200 -c jit=off
  out="$PWD/tests/Crm.Benchmarks/results"
  # The memory target: five minutes of mixed reads after the scenarios, RSS read every 10 s.
  pass=(--soak 300 "${pass[@]}")
fi

database="crm_bench_$scale"
psql_bench() { as_pg "$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U crm -v ON_ERROR_STOP=1 "$@"; }
psql_bench -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$database'" | grep -q 1 \
  || as_pg "$(pg_bin)/createdb" -h 127.0.0.1 -p "$pg_port" -U crm -E UTF8 -l C.UTF-8 -T template0 "$database"
export ConnectionStrings__Crm="Host=127.0.0.1;Port=$pg_port;Username=crm;Database=$database"

say "building the API and the harness (Release)"
dotnet build src/Crm.Api -c Release -nologo -v q -clp:ErrorsOnly >/dev/null || die "API build failed"
dotnet build tests/Crm.Benchmarks -c Release -nologo -v q -clp:ErrorsOnly >/dev/null || die "harness build failed"
harness=(dotnet "$PWD/tests/Crm.Benchmarks/bin/Release/net10.0/Crm.Benchmarks.dll")

api_port=$(free_port 5180)
say "starting the API on http://127.0.0.1:$api_port (database $database; it migrates the schema first)"
(
  cd src/Crm.Api/bin/Release/net10.0
  export ASPNETCORE_ENVIRONMENT=Production Database__MigrateOnStartup=true Demo__Seed=false Logging__LogLevel__Default=Warning
  exec dotnet Crm.Api.dll --urls "http://127.0.0.1:$api_port" >"${throwaway:-$data}/bench-api.log" 2>&1
) &
api_pid=$!
for _ in $(seq 1 3600); do
  kill -0 "$api_pid" 2>/dev/null || { tail -n 30 "${throwaway:-$data}/bench-api.log" >&2; die "the API exited during start-up"; }
  (exec 3<>"/dev/tcp/127.0.0.1/$api_port") 2>/dev/null && break
  sleep 0.5
done
(exec 3<>"/dev/tcp/127.0.0.1/$api_port") 2>/dev/null || die "the API did not start listening"

if ! psql_bench -d "$database" -tAc "SELECT EXISTS (SELECT 1 FROM customers.accounts)" | grep -q t; then
  say "seeding $database at scale $scale (once; kept for the next run)"
  "${harness[@]}" seed --scale "$scale" --seed "$seed" --password "$Bootstrap__AdminPassword" || die "seeding failed"
elif ! psql_bench -d "$database" -tAc "SELECT EXISTS (SELECT 1 FROM sales.opportunities)" | grep -q t; then
  # Seeded before the generator had a Sales share: add it, for the day that data ends on (the interactions run up to it).
  as_of=$(psql_bench -d "$database" -tAc "SELECT (max(occurred_at) AT TIME ZONE 'UTC')::date + 1 FROM customers.interactions")
  say "adding the Sales share to $database (scale $scale, data up to $as_of; once)"
  "${harness[@]}" seed --scale "$scale" --seed "$seed" --parts sales --as-of "$as_of" || die "seeding the Sales share failed"
fi

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit+dirty"
say "benchmark at scale $scale"
"${harness[@]}" bench --url "http://127.0.0.1:$api_port" --scale "$scale" --api-pid "$api_pid" --pgbench "$(pg_bin)/pgbench" \
  --commit "$commit" --out "$out" "${pass[@]}"
