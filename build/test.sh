# ./build.sh test — every test against real parts; the last line is "N passed, N failed, N skipped".
# .NET tests (xunit, real PostgreSQL), the SPA's unit tests (Vitest) and its end-to-end tests (Playwright driving
# Debian's Chromium against the Release API host on a real database) all count in that line.
# shellcheck shell=bash
need_dotnet
source build/client.sh
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

# The browser tests need Debian's Chromium and CJK fonts (or Chinese renders as empty boxes in screenshots).
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then
  apt_install chromium fonts-noto-cjk
fi

say "building the SPA"
build_client
(cd client && npx --no-install tsc && npx --no-install eslint .) || die "the SPA does not type-check or lint"

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

# count FILE EXPR-PASSED EXPR-FAILED EXPR-SKIPPED: adds a JSON report's numbers; a missing report is one failure.
count() {
  local file=$1
  if [ ! -s "$file" ]; then failed=$((failed + 1)); say "no report at $file"; return; fi
  read -r p f s < <(node -e "const r=require(process.argv[1]); console.log([$2,$3,$4].map(Number).join(' '))" "$file")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
}

set +e  # a failing suite is counted below, not a reason to stop
say "running the SPA's unit tests (Vitest)"
(cd client && npx --no-install vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json") 2>&1 | tail -n 15
count "$results/vitest.json" r.numPassedTests r.numFailedTests "r.numPendingTests+r.numTodoTests"

say "running the end-to-end tests (Playwright, Debian Chromium, Release host)"
export E2E_PORT=$(free_port 5180)
export E2E_CONNECTION_STRING=$(echo "$CRM_TEST_DATABASE" | sed -E "s/Database=[^;]*/Database=crm_e2e_$$/I")
case "$E2E_CONNECTION_STRING" in *Database=*) ;; *) E2E_CONNECTION_STRING="$E2E_CONNECTION_STRING;Database=crm_e2e_$$" ;; esac
rm -rf client/e2e/artifacts
(cd client && E2E_JSON_REPORT="$results/e2e.json" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx --no-install playwright test) 2>&1 | tail -n 40
count "$results/e2e.json" r.stats.expected+r.stats.flaky r.stats.unexpected r.stats.skipped
say "screenshots: client/e2e/artifacts/screenshots"

# The benchmark is not a timed test: this only proves the harness still works end to end (tiny scale, 1 s runs).
say "checking the benchmark harness (./build.sh bench --smoke)"
if ./build.sh bench --smoke >"$results/bench-smoke.log" 2>&1; then
  passed=$((passed + 1)); tail -n 14 "$results/bench-smoke.log"
else
  failed=$((failed + 1)); tail -n 40 "$results/bench-smoke.log"; say "bench --smoke failed"
fi
set -e

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
