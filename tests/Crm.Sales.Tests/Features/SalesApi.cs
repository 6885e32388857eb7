using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.TestKit;

namespace Crm.Sales.Tests.Features;

/// <summary>Small HTTP steps the Sales feature tests share: set up a catalogue and a pipeline, read JSON, assert problems.</summary>
internal static class SalesApi
{
    public const string Base = "/api/v1/sales";

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(Base + path, body, CrmApp.Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object body) =>
        client.PutAsJsonAsync(Base + path, body, CrmApp.Json);

    public static Task<HttpResponseMessage> GetSalesAsync(this HttpClient client, string path) => client.GetAsync(Base + path);

    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();
    public static uint Version(this JsonElement e) => e.GetProperty("version").GetUInt32();
    public static decimal Dec(this JsonElement e, string name) => e.GetProperty(name).GetDecimal();
    public static string? Str(this JsonElement e, string name) => e.GetProperty(name).GetString();

    public static object StandardStages => new object[]
    {
        new { name = "Prospecting", probability = 10, category = "Open" },
        new { name = "Qualification", probability = 20, category = "Open" },
        new { name = "Proposal", probability = 50, category = "Open" },
        new { name = "Negotiation", probability = 75, category = "Open" },
        new { name = "Closed Won", probability = 100, category = "Won" },
        new { name = "Closed Lost", probability = 0, category = "Lost" },
    };

    /// <summary>A default pipeline with the standard stages.</summary>
    public static async Task<JsonElement> CreatePipelineAsync(this HttpClient admin, string? name = null, bool isDefault = true) =>
        await (await admin.PostJsonAsync("/pipelines", new { name = name ?? $"Pipeline {Guid.NewGuid():N}"[..20], isDefault, stages = StandardStages }))
            .OkJsonAsync(HttpStatusCode.Created);

    public static Guid StageId(this JsonElement pipeline, string name) =>
        pipeline.GetProperty("stages").EnumerateArray().First(s => s.GetProperty("name").GetString() == name).Id();

    public static async Task<JsonElement> CreateProductAsync(this HttpClient admin, string? code = null, string name = "Widget", string unit = "piece") =>
        await (await admin.PostJsonAsync("/products", new { code = code ?? $"P-{Guid.NewGuid():N}"[..12], name, unit })).OkJsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> CreatePriceListAsync(this HttpClient admin, string currency = "USD", bool isDefault = true, params (Guid Product, decimal Price)[] prices)
    {
        var list = await (await admin.PostJsonAsync("/price-lists", new { name = $"List {Guid.NewGuid():N}"[..20], currency, isDefault }))
            .OkJsonAsync(HttpStatusCode.Created);
        foreach (var (product, price) in prices)
            list = await (await admin.PutJsonAsync($"/price-lists/{list.Id()}/prices/{product}", new { unitPrice = price })).OkJsonAsync();
        return list;
    }

    public static async Task<JsonElement> CreateContactAsync(this HttpClient client, string fullName, string? email = null, Guid? accountId = null) =>
        await (await client.PostAsJsonAsync("/api/v1/customers/contacts", new { fullName, email, accountId, allowDuplicate = true }, CrmApp.Json))
            .OkJsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> CreateAccountAsync(this HttpClient client, string name) =>
        await (await client.PostAsJsonAsync("/api/v1/customers/accounts", new { name, allowDuplicate = true }, CrmApp.Json))
            .OkJsonAsync(HttpStatusCode.Created);
}
