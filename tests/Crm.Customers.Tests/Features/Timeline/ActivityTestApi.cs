using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Timeline;

/// <summary>The few calls the interaction, task, timeline and import tests make to set up their records.</summary>
internal static class ActivityTestApi
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(CrmApp.Json);

    /// <summary>The response's JSON after asserting its status (the body shows in the failure message).</summary>
    public static async Task<JsonElement> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body, CrmApp.Json);
    }

    public static async Task<Guid> MyIdAsync(this HttpClient client) =>
        (await (await client.GetAsync("/api/v1/platform/me")).ExpectAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();

    public static async Task<Guid> CreateAccountAsync(this HttpClient client, string? name = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers/accounts",
            new { name = name ?? $"Account {Guid.NewGuid():N}", allowDuplicate = true }, CrmApp.Json);
        return (await response.ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> CreateContactAsync(this HttpClient client, Guid? accountId = null, string? name = null, Guid? teamId = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers/contacts",
            new { fullName = name ?? $"Contact {Guid.NewGuid():N}", accountId, teamId, allowDuplicate = true }, CrmApp.Json);
        return (await response.ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<(Guid Id, uint Version)> LogInteractionAsync(this HttpClient client, Guid? contactId = null, Guid? accountId = null,
        string subject = "Call about the renewal", DateTimeOffset? occurredAt = null, string channel = "Phone")
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers/interactions", new
        {
            channel, direction = "Outbound", subject, body = "Talked through the quote.",
            occurredAt = occurredAt ?? DateTimeOffset.UtcNow.AddMinutes(-5), contactId, accountId,
        }, CrmApp.Json);
        var created = await response.ExpectAsync(HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), created.GetProperty("version").GetUInt32());
    }

    public static async Task<(Guid Id, uint Version)> CreateTaskAsync(this HttpClient client, Guid? contactId = null, Guid? accountId = null,
        string? title = null, DateTimeOffset? dueAt = null, Guid? assigneeId = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers/tasks",
            new { title = title ?? $"Follow up {Guid.NewGuid():N}"[..20], dueAt, contactId, accountId, assigneeId }, CrmApp.Json);
        var created = await response.ExpectAsync(HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), created.GetProperty("version").GetUInt32());
    }

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    public static string? Code(this JsonElement problem) => problem.GetProperty("code").GetString();

    public static bool HasFieldError(this JsonElement problem, string field) => problem.GetProperty("errors").TryGetProperty(field, out _);
}
