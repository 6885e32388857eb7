# ./build.sh run — the whole product on http://localhost:5080 (PORT overrides).
# With no ConnectionStrings__Crm set, it starts the embedded default: a private PostgreSQL cluster under .data/pg.
# shellcheck shell=bash
need_dotnet
port=${PORT:-5080}
data="$PWD/.data"
mkdir -p "$data"
chmod 755 "$data"

# Secrets made once per checkout and kept in .data/ (git-ignored); never a built-in default.
secrets="$data/secrets.env"
if [ ! -f "$secrets" ]; then
  umask 077
  {
    echo "Auth__SigningKey=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')"
    echo "Bootstrap__AdminPassword=$(head -c 12 /dev/urandom | base64 | tr -d '\n/+=')"
  } >"$secrets"
  umask 022
fi
set -a; source "$secrets"; set +a

cluster=""
stop_all() {
  trap - INT TERM EXIT
  set +e  # the API's own exit status (130 after Ctrl-C) must not skip stopping PostgreSQL
  [ -n "${api_pid:-}" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null
  [ -n "$cluster" ] && { say "stopping PostgreSQL"; pg_stop "$cluster"; }
  exit 0
}
trap stop_all INT TERM EXIT

if [ -z "${ConnectionStrings__Crm:-}" ]; then
  cluster="$data/pg"
  pg_port=$(cat "$data/pg.port" 2>/dev/null || true)
  if [ -z "$pg_port" ] || (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; then pg_port=$(free_port 5433); fi
  echo "$pg_port" >"$data/pg.port"
  pg_stop "$cluster"
  say "starting the embedded PostgreSQL ($cluster, port $pg_port)"
  pg_start "$cluster" "$pg_port"
  as_pg "$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U crm -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='crm'" | grep -q 1 \
    || as_pg "$(pg_bin)/createdb" -h 127.0.0.1 -p "$pg_port" -U crm -E UTF8 -l C.UTF-8 -T template0 crm
  export ConnectionStrings__Crm="Host=127.0.0.1;Port=$pg_port;Username=crm;Database=crm"
fi

if [ -x build/client.sh ]; then source build/client.sh; build_client; fi

say "building the API (Release)"
dotnet build src/Crm.Api -c Release -nologo -v q -clp:ErrorsOnly

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Database__MigrateOnStartup=true
export Demo__Seed=${Demo__Seed:-true}
say "Crm on http://localhost:$port  (Swagger UI: /swagger, OpenAPI: /openapi/v1.json)"
say "sign in as admin@crm.local / $Bootstrap__AdminPassword   (kept in .data/secrets.env; Ctrl-C stops everything)"
# The output folder is the content root: appsettings.json (and the SPA in wwwroot) are read from there.
(cd src/Crm.Api/bin/Release/net10.0 && exec dotnet Crm.Api.dll --urls "http://localhost:$port") &
api_pid=$!
wait "$api_pid"
