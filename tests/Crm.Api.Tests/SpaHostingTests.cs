using System.Net;
using Crm.TestKit;

namespace Crm.Api.Tests;

/// <summary>A host whose web root holds a built SPA (a stand-in index.html and one hashed asset).</summary>
public sealed class SpaApp : CrmApp
{
    public static readonly string WebRoot = CreateWebRoot();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["webroot"] = WebRoot };

    private static string CreateWebRoot()
    {
        var root = Directory.CreateTempSubdirectory("crm-spa-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "index.html"), "<!doctype html><title>Crm</title><div id=root></div>");
        File.WriteAllText(Path.Combine(root, "assets", "app-1a2b3c.js"), "console.log('crm');");
        return root;
    }
}

/// <summary>The API host serves the SPA from its own origin: the shell for client-side routes, the API untouched.</summary>
public sealed class SpaHostingTests(SpaApp app) : IClassFixture<SpaApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/customers/contacts")]
    [InlineData("/customers/contacts/0191c5c4-0000-7000-8000-000000000000")]
    public async Task Client_side_routes_get_the_app_shell_revalidated_on_every_load(string path)
    {
        var response = await app.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=root>", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_a_year()
    {
        var response = await app.Anonymous().GetAsync("/assets/app-1a2b3c.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_missing_file_is_404_not_the_shell()
    {
        var response = await app.Anonymous().GetAsync("/assets/missing-123.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_api_paths_stay_404_problems()
    {
        var response = await (await app.AdminAsync()).GetAsync("/api/v1/customers/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_api_still_answers_beside_the_spa()
    {
        var response = await (await app.AdminAsync()).GetAsync("/api/v1/platform/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
