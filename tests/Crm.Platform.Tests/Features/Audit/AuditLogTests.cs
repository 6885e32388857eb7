using System.Net;
using System.Text.Json;
using Crm.Platform.Tests.Support;
using Crm.TestKit;

namespace Crm.Platform.Tests.Features.Audit;

public sealed class AuditLogTests(CrmApp app) : IClassFixture<CrmApp>
{
    [Fact]
    public async Task Team_update_is_recorded_with_old_and_new_values()
    {
        var oldName = $"Audited {Guid.NewGuid():N}"[..20];
        var team = await app.CreateTeamAsync(oldName);
        var read = await app.GetTeamAsync(team);
        var admin = await app.AdminAsync();
        var newName = $"Renamed {Guid.NewGuid():N}"[..20];
        await (await admin.PutJsonAsync($"/api/v1/platform/teams/{team}", new { name = newName, description = "Audited now", version = read.Version() }))
            .ShouldBeOkAsync();

        await app.DrainOutboxAsync();
        var log = await (await admin.GetAsync($"/api/v1/platform/audit?entityType=Team&entityId={team}")).ShouldBeOkAsync();

        var entries = log.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Updated", "Created"], log.GetProperty("items").Strings("action"));
        var update = entries[0];
        Assert.Equal("platform", update.GetProperty("module").GetString());
        Assert.Equal("Administrator", update.GetProperty("userName").GetString());
        var changes = update.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        Assert.Equal(oldName, changes["Name"].GetProperty("old").GetString());
        Assert.Equal(newName, changes["Name"].GetProperty("new").GetString());
        Assert.Equal(JsonValueKind.Null, changes["Description"].GetProperty("old").ValueKind);
        Assert.Equal("Audited now", changes["Description"].GetProperty("new").GetString());
    }

    [Fact]
    public async Task Password_hashes_never_appear_in_the_audit_log()
    {
        var (id, _) = await app.CreateUserAsync("Hash Holder");
        var admin = await app.AdminAsync();
        await (await admin.PostJsonAsync($"/api/v1/platform/users/{id}/reset-password", new { newPassword = "Another-long-password" }))
            .ShouldBeAsync(HttpStatusCode.NoContent);

        await app.DrainOutboxAsync();
        var log = await (await admin.GetAsync($"/api/v1/platform/audit?entityType=User&entityId={id}")).ShouldBeOkAsync();

        var passwordChanges = log.GetProperty("items").EnumerateArray()
            .SelectMany(e => e.GetProperty("changes").EnumerateArray())
            .Where(c => c.GetProperty("field").GetString() == "PasswordHash")
            .ToList();
        Assert.Equal(2, passwordChanges.Count); // set on creation, replaced by the reset
        Assert.All(passwordChanges, c => Assert.Equal("[redacted]", c.GetProperty("new").GetString()));
        var stored = await app.ScalarAsync<string>("SELECT password_hash FROM platform.users WHERE id = $1", id);
        Assert.DoesNotContain(stored!, log.GetRawText());
    }

    [Fact]
    public async Task Audit_search_validates_its_paging()
    {
        await (await (await app.AdminAsync()).GetAsync("/api/v1/platform/audit?limit=0&cursor=@@")).ShouldBeValidationProblemAsync("cursor", "limit");
    }
}
