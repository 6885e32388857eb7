#!/usr/bin/env bash
# Crm's one entry point. Each command installs or restores what it needs.
#   ./build.sh run                 API + SPA + database (embedded PostgreSQL under .data/ unless configured), demo data on first run
#   ./build.sh test                every test, on a throwaway PostgreSQL cluster; ends with "N passed, N failed, N skipped"
#   ./build.sh migration M Name    add an EF Core migration to module M (Platform, Customers, Sales, Marketing, Service)
#   ./build.sh seed --scale N      generated data at scale N (N accounts, 5N contacts, 20N interactions) into the database
#   ./build.sh contract            regenerate the SPA's OpenAPI document and TypeScript types from the API
#   ./build.sh bench [--scale N]   the API under load beside pgbench's ceiling (--smoke: a quick check of the harness)
set -euo pipefail
cd "$(dirname "$0")"
source build/lib.sh

case "${1:-}" in
  run) shift; source build/run.sh "$@" ;;
  test) shift; source build/test.sh "$@" ;;
  migration) shift; source build/migration.sh "$@" ;;
  seed) shift; source build/seed.sh "$@" ;;
  contract) shift; need_dotnet; source build/client.sh; client_contract ;;
  bench) shift; source build/bench.sh "$@" ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
