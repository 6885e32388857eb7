# ./build.sh test — every test against real parts; the last line is "N passed, N failed, N skipped".
# shellcheck shell=bash
need_dotnet
results=$(mktemp -d /tmp/crm-test-results.XXXXXX)
cluster=""

cleanup() {
  [ -n "$cluster" ] && pg_stop "$cluster" && rm -rf "$cluster"
  rm -rf "$results"
}
trap cleanup EXIT

if [ -z "${CRM_TEST_DATABASE:-}" ]; then
  cluster=$(mktemp -d /tmp/crm-test-pg.XXXXXX)
  port=$(free_port 55432)
  say "starting a throwaway PostgreSQL on port $port"
  # Durability off: the cluster is deleted after the run.
  pg_start "$cluster" "$port" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300
  export CRM_TEST_DATABASE="Host=127.0.0.1;Port=$port;Username=crm;Password=crm;Database=postgres"
fi

say "restoring and building"
dotnet tool restore >/dev/null
dotnet build Crm.sln -c Release -nologo -v q -clp:ErrorsOnly 2>&1 | tail -n 50
[ "${PIPESTATUS[0]}" = 0 ] || die "build failed"

say "running .NET tests"
set +e
dotnet test Crm.sln -c Release --no-build -nologo -v q --logger "trx" --results-directory "$results" 2>&1 | tee "$results/dotnet.log" \
  | grep -E "^\s*(Passed|Failed)!|error|\[FAIL\]|Failed [A-Za-z]" | head -n 200
set -e

# Sum the counts from every test assembly's summary line.
read -r passed failed skipped < <(grep -E "(Passed|Failed)! +- +Failed:" "$results/dotnet.log" \
  | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
projects=$(find tests -name '*.Tests.csproj' | wc -l)
reported=$(grep -cE "(Passed|Failed)! +- +Failed:" "$results/dotnet.log" || true)
if [ "$reported" -lt "$projects" ]; then
  say "only $reported of $projects test projects reported results (a test host crashed?)"
  failed=$((failed + projects - reported))
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
