using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.TestKit;

namespace Crm.Api.Tests;

/// <summary>
/// The SPA's types are generated from <c>client/src/api/generated/openapi.json</c>, committed beside them. This test
/// fails when the API's document drifts from that copy, so an API change that breaks the SPA cannot go unnoticed.
/// Refresh both with <c>./build.sh contract</c> (it sets <c>CRM_WRITE_CONTRACT=1</c> and regenerates the types).
/// </summary>
public sealed class ContractTests(CrmApp app) : IClassFixture<CrmApp>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Committed_client_contract_matches_the_api_document()
    {
        var served = JsonNode.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var current = served.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(RepositoryRoot(), "client", "src", "api", "generated", "openapi.json");

        if (Environment.GetEnvironmentVariable("CRM_WRITE_CONTRACT") == "1")
            await File.WriteAllTextAsync(path, current);

        Assert.True(File.Exists(path), $"{path} is missing: run ./build.sh contract");
        var committed = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        Assert.True(committed == current,
            "The API's OpenAPI document differs from client/src/api/generated/openapi.json. " +
            "Run ./build.sh contract, check the SPA still type-checks, and commit both files.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Crm.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Crm.sln not found above the test's output directory.");
    }
}
