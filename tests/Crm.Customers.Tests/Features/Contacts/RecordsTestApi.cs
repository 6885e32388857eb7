using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Contacts;

/// <summary>The calls the contact and account tests make to set up records and read answers.</summary>
internal static class RecordsTestApi
{
    public const string Contacts = "/api/v1/customers/contacts";
    public const string Accounts = "/api/v1/customers/accounts";

    /// <summary>The response's JSON after asserting its status (the body shows in the failure message).</summary>
    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body, CrmApp.Json);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ReadAsync(HttpStatusCode.OK);

    public static async Task<(Guid Id, uint Version)> NewContactAsync(this HttpClient client, object body)
    {
        var created = await (await client.PostAsJsonAsync(Contacts, body, CrmApp.Json)).ReadAsync(HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), created.GetProperty("version").GetUInt32());
    }

    public static Task<(Guid Id, uint Version)> NewContactAsync(this HttpClient client, string fullName) =>
        client.NewContactAsync(new { fullName, allowDuplicate = true });

    public static async Task<(Guid Id, uint Version)> NewAccountAsync(this HttpClient client, object body)
    {
        var created = await (await client.PostAsJsonAsync(Accounts, body, CrmApp.Json)).ReadAsync(HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), created.GetProperty("version").GetUInt32());
    }

    public static Task<(Guid Id, uint Version)> NewAccountAsync(this HttpClient client, string name) =>
        client.NewAccountAsync(new { name, allowDuplicate = true });

    public static async Task<Guid> LogInteractionAsync(this HttpClient client, Guid? contactId = null, Guid? accountId = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers/interactions", new
        {
            channel = "Phone", direction = "Outbound", subject = "Call about the renewal",
            occurredAt = DateTimeOffset.UtcNow.AddMinutes(-5), contactId, accountId,
        }, CrmApp.Json);
        return (await response.ReadAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> AddTaskAsync(this HttpClient client, Guid? contactId = null, Guid? accountId = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers/tasks",
            new { title = "Send the quote", dueAt = DateTimeOffset.UtcNow.AddDays(2), contactId, accountId }, CrmApp.Json);
        return (await response.ReadAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static string? Code(this JsonElement problem) => problem.GetProperty("code").GetString();

    public static IReadOnlyCollection<string> FieldErrors(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];

    public static IReadOnlyList<JsonElement> Items(this JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    public static IReadOnlyList<Guid> Ids(this JsonElement page) => [.. page.Items().Select(i => i.GetProperty("id").GetGuid())];

    public static uint Version(this JsonElement record) => record.GetProperty("version").GetUInt32();

    /// <summary>A word no other test uses, to find this test's records among the class's shared data.</summary>
    public static string Marker() => "m" + Guid.NewGuid().ToString("N")[..10];
}
