# The staff SPA in client/: Node.js dependencies, the production build (into src/Crm.Api/wwwroot) and its tests.
# shellcheck shell=bash

need_node() {
  if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
    apt_install nodejs npm
    [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ] || die "Node.js 20 or newer is needed for the SPA (found $(node --version))"
  fi
}

# npm ci when package-lock.json changed since the last install (node_modules/.package-lock.json is npm's own record).
client_deps() {
  need_node
  if [ ! -f client/node_modules/.package-lock.json ] || [ client/package-lock.json -nt client/node_modules/.package-lock.json ]; then
    say "installing the SPA's packages (npm ci)"
    (cd client && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Builds the SPA into src/Crm.Api/wwwroot unless the build there is newer than every source file.
build_client() {
  client_deps
  local out=src/Crm.Api/wwwroot/index.html
  if [ -f "$out" ] && [ -z "$(find client/src client/index.html client/public client/package-lock.json client/vite.config.ts \
      -newer "$out" -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  say "building the SPA (Vite, production)"
  (cd client && npm run --silent build) || die "the SPA build failed"
}

# Regenerates the contract the SPA is typed against: the API's OpenAPI document, then the TypeScript types.
client_contract() {
  client_deps
  say "writing client/src/api/generated/openapi.json from the API"
  CRM_WRITE_CONTRACT=1 dotnet test tests/Crm.Api.Tests -nologo -v q --filter "FullyQualifiedName~ContractTests" >/dev/null \
    || die "could not read the API's OpenAPI document (see: dotnet test tests/Crm.Api.Tests --filter ContractTests)"
  (cd client && npm run --silent api:types)
  say "regenerated; now: cd client && npm run typecheck"
}
