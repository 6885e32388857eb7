# Shared by the build.sh commands: prerequisites and a private PostgreSQL cluster.
# shellcheck shell=bash

say() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

is_root() { [ "$(id -u)" = 0 ]; }

apt_install() {
  is_root || die "missing: $* — install it (apt-get install $*) and run again"
  command -v apt-get >/dev/null || die "missing: $* — install it with your package manager and run again"
  if [ -z "${APT_UPDATED:-}" ]; then say "apt-get update"; apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

need_dotnet() {
  command -v dotnet >/dev/null || die "the .NET 10 SDK is missing: see https://dot.net (dotnet-sdk-10.0)"
}

# The newest PostgreSQL server binaries on the machine (PG_BIN overrides), installed with apt when missing.
pg_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    apt_install postgresql-15 >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -x "$bin/initdb" ] || die "no PostgreSQL server binaries (initdb) found; install postgresql-15 or set PG_BIN"
  echo "$bin"
}

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
as_pg() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port=${1:-5433}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# pg_start DIR PORT: initialise (UTF-8, C.UTF-8 ctype — Chinese trigram search needs it) and start a cluster.
# Extra server options may follow. Connect as user crm (trust auth on 127.0.0.1 only).
pg_start() {
  local dir=$1 port=$2; shift 2
  local bin; bin=$(pg_bin)
  mkdir -p "$dir"
  if is_root; then chown postgres:postgres "$dir"; fi
  chmod 700 "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$dir/data" -U crm --auth=trust --locale=C.UTF-8 -E UTF8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  fi
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $*" start >/dev/null \
    || { tail -n 20 "$dir/server.log" >&2; die "PostgreSQL did not start (log: $dir/server.log)"; }
}

pg_stop() {
  local dir=$1
  [ -f "$dir/data/postmaster.pid" ] || return 0
  as_pg "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}
