using System.Net;
using System.Text;
using Crm.Sales.Contracts;
using Crm.SharedKernel.Security;
using Crm.TestKit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Sales.Tests.Features;

/// <summary>Every Sales endpoint, found from the running host: anonymous callers get 401, callers without a Sales permission 403.</summary>
public sealed class AccessTests(CrmApp app) : IClassFixture<CrmApp>
{
    private IReadOnlyList<(string Method, string Path)> SalesEndpoints() =>
        [.. app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/sales", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!, @"\{[^}]+\}", Guid.NewGuid().ToString()))))];

    // Uploads are matched by content type before authorization runs, so they get a form; everything else JSON.
    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path)
        {
            Content = method is "GET" or "DELETE" ? null
                : path.EndsWith("/import", StringComparison.Ordinal) ? new MultipartFormDataContent { { new StringContent("x"), "dryRun" } }
                : new StringContent("{}", Encoding.UTF8, "application/json"),
        };

    [Fact]
    public async Task Every_sales_endpoint_answers_401_without_a_token()
    {
        var endpoints = SalesEndpoints();
        Assert.True(endpoints.Count > 40, $"Only {endpoints.Count} Sales endpoints were found.");
        var anonymous = app.Anonymous();
        foreach (var (method, path) in endpoints)
            Assert.True((await anonymous.SendAsync(Request(method, path))).StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} is not guarded: {(int)(await anonymous.SendAsync(Request(method, path))).StatusCode}.");
    }

    [Fact]
    public async Task Every_sales_endpoint_answers_403_without_a_sales_permission()
    {
        var outsider = await app.CreateUserAsync(["customers.read"], DataScope.All);
        foreach (var (method, path) in SalesEndpoints())
            Assert.True((await outsider.Client.SendAsync(Request(method, path))).StatusCode == HttpStatusCode.Forbidden, $"{method} {path} let a non-sales user in.");
    }

    [Fact]
    public async Task A_rep_cannot_open_a_colleagues_quote_or_order()
    {
        var admin = await app.AdminAsync();
        await admin.CreatePipelineAsync();
        var product = await admin.CreateProductAsync();
        await admin.CreatePriceListAsync("USD", true, (product.Id(), 10m));
        var perms = new[] { SalesPermissions.Read, SalesPermissions.Write, "customers.read", "customers.write" };
        var me = await app.CreateUserAsync(perms, DataScope.Own);
        var colleague = await app.CreateUserAsync(perms, DataScope.Own);
        var contact = await colleague.Client.CreateContactAsync("Colleague's buyer");
        var deal = await (await colleague.Client.PostJsonAsync("/opportunities", new { name = "Theirs", contactId = contact.Id(), closeDate = "2026-12-01" }))
            .OkJsonAsync(HttpStatusCode.Created);
        var lines = new[] { new { productId = product.Id(), quantity = 1 } };
        var quote = await (await colleague.Client.PostJsonAsync("/quotes", new { opportunityId = deal.Id(), validUntil = "2099-01-01", lines }))
            .OkJsonAsync(HttpStatusCode.Created);
        var order = await (await colleague.Client.PostJsonAsync("/orders", new { contactId = contact.Id(), lines })).OkJsonAsync(HttpStatusCode.Created);

        await (await me.Client.GetSalesAsync($"/quotes/{quote.Id()}")).ProblemAsync(HttpStatusCode.NotFound, "sales.quote_not_found");
        await (await me.Client.GetSalesAsync($"/quotes/{quote.Id()}/print")).ProblemAsync(HttpStatusCode.NotFound, "sales.quote_not_found");
        await (await me.Client.PostJsonAsync("/quotes", new { opportunityId = deal.Id(), validUntil = "2099-01-01", lines }))
            .ProblemAsync(HttpStatusCode.NotFound, "sales.opportunity_not_found");
        await (await me.Client.GetSalesAsync($"/orders/{order.Id()}")).ProblemAsync(HttpStatusCode.NotFound, "sales.order_not_found");
        await (await me.Client.PostJsonAsync($"/orders/{order.Id()}/cancel", new { version = order.Version() }))
            .ProblemAsync(HttpStatusCode.NotFound, "sales.order_not_found");
        Assert.Equal(0, (await (await me.Client.GetSalesAsync("/orders")).OkJsonAsync()).GetProperty("items").GetArrayLength());
    }
}
