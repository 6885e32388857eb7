# ./build.sh migration Module Name — adds an EF Core migration to one module's own history.
# shellcheck shell=bash
need_dotnet
module=${1:?usage: ./build.sh migration Module Name}
name=${2:?usage: ./build.sh migration Module Name}
project="src/Modules/$module/Crm.$module"
[ -d "$project" ] || die "no module $module (expected $project)"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project "$project" --startup-project src/Crm.Api \
  --context "${module}DbContext" --output-dir Persistence/Migrations
