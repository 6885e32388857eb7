using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Customers.Tests.Features.Timeline;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Tasks;

public sealed class TasksTests(CrmApp app) : IClassFixture<CrmApp>
{
    private const string Tasks = "/api/v1/customers/tasks";

    [Fact]
    public async Task Created_task_is_assigned_to_the_caller_and_takes_the_records_team_and_account()
    {
        var admin = await app.AdminAsync();
        var teamId = await app.CreateTeamAsync();
        var accountId = await admin.CreateAccountAsync();
        var contactId = await admin.CreateContactAsync(accountId, teamId: teamId);
        var due = DateTimeOffset.UtcNow.AddDays(3);

        var (id, _) = await admin.CreateTaskAsync(contactId, title: "Send the quote", dueAt: due);

        var response = await admin.GetAsync($"{Tasks}/{id}");
        var task = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(await admin.MyIdAsync(), task.GetProperty("assigneeId").GetGuid());
        Assert.Equal("Administrator", task.GetProperty("assigneeName").GetString());
        Assert.Equal(teamId, task.GetProperty("teamId").GetGuid());
        Assert.Equal(accountId, task.GetProperty("accountId").GetGuid());
        Assert.Equal("Open", task.GetProperty("status").GetString());
        Assert.Equal("Normal", task.GetProperty("priority").GetString());
        Assert.Equal($"\"{task.GetProperty("version").GetUInt32()}\"", response.Headers.ETag?.Tag);
        Assert.Equal(1L, await app.ScalarAsync<long>(
            "SELECT count(*) FROM customers.timeline_entries WHERE source_id = $1 AND kind = 'task.created' AND account_id = $2", id, accountId));
    }

    [Fact]
    public async Task A_task_can_be_assigned_to_another_user_but_not_to_someone_who_is_not_a_user()
    {
        var admin = await app.AdminAsync();
        var contactId = await admin.CreateContactAsync();
        var colleague = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);

        var (id, _) = await admin.CreateTaskAsync(contactId, assigneeId: colleague.Id);
        var nobody = await admin.PostAsJsonAsync(Tasks, new { title = "Call back", contactId, assigneeId = Guid.NewGuid() }, CrmApp.Json);

        // The assignee owns the task, so even a colleague who sees only their own records sees it.
        var seen = await (await colleague.Client.GetAsync($"{Tasks}/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(colleague.Id, seen.GetProperty("assigneeId").GetGuid());
        Assert.True((await nobody.ExpectAsync(HttpStatusCode.BadRequest)).HasFieldError("assigneeId"));
    }

    [Fact]
    public async Task Creating_without_a_title_or_a_record_is_400_with_field_errors()
    {
        var admin = await app.AdminAsync();

        var response = await admin.PostAsJsonAsync(Tasks, new { title = " ", dueAt = "0001-01-01T00:00:00Z" }, CrmApp.Json);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasFieldError("title"));
        Assert.True(problem.HasFieldError("contactId"));
        Assert.True(problem.HasFieldError("dueAt"));
    }

    [Fact]
    public async Task Tasks_on_missing_or_out_of_scope_records_and_tasks_out_of_scope_are_404()
    {
        var admin = await app.AdminAsync();
        var adminsContact = await admin.CreateContactAsync();
        var (adminsTask, version) = await admin.CreateTaskAsync(adminsContact);
        var rep = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.Own);

        var onOthersContact = await rep.Client.PostAsJsonAsync(Tasks, new { title = "Mine", contactId = adminsContact }, CrmApp.Json);
        var onMissingAccount = await admin.PostAsJsonAsync(Tasks, new { title = "Mine", accountId = Guid.NewGuid() }, CrmApp.Json);
        var update = await rep.Client.PutAsJsonAsync($"{Tasks}/{adminsTask}", new { title = "Mine", version }, CrmApp.Json);
        var status = await rep.Client.PutAsJsonAsync($"{Tasks}/{adminsTask}/status", new { status = "Done", version }, CrmApp.Json);

        Assert.Equal("customers.contact_not_found", (await onOthersContact.ExpectAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal("customers.account_not_found", (await onMissingAccount.ExpectAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal(HttpStatusCode.NotFound, (await rep.Client.GetAsync($"{Tasks}/{adminsTask}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Tasks}/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal("customers.task_not_found", (await update.ExpectAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal("customers.task_not_found", (await status.ExpectAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal(HttpStatusCode.NotFound, (await rep.Client.DeleteAsync($"{Tasks}/{adminsTask}?version={version}")).StatusCode);
        var list = await (await rep.Client.GetAsync(Tasks)).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list.Items(), t => t.GetProperty("id").GetGuid() == adminsTask);
    }

    [Fact]
    public async Task Callers_without_the_permission_get_403()
    {
        var admin = await app.AdminAsync();
        var contactId = await admin.CreateContactAsync();
        var (id, version) = await admin.CreateTaskAsync(contactId);
        var reader = await app.CreateUserAsync(["customers.read"], DataScope.All);
        var outsider = await app.CreateUserAsync(["service.read"], DataScope.All);

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.PostAsJsonAsync(Tasks, new { title = "x", contactId }, CrmApp.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.PutAsJsonAsync($"{Tasks}/{id}/status", new { status = "Done", version }, CrmApp.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.DeleteAsync($"{Tasks}/{id}?version={version}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync($"{Tasks}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.Client.GetAsync($"{Tasks}/{id}")).StatusCode);
    }

    [Fact]
    public async Task Update_changes_the_task_and_a_stale_version_returns_409_with_the_current_task()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.CreateTaskAsync(await admin.CreateContactAsync(), title: "Draft proposal");

        var updated = await (await admin.PutAsJsonAsync($"{Tasks}/{id}",
            new { title = "Send proposal", priority = "High", dueAt = DateTimeOffset.UtcNow.AddDays(1), version }, CrmApp.Json)).ExpectAsync(HttpStatusCode.OK);
        var stale = await admin.PutAsJsonAsync($"{Tasks}/{id}", new { title = "Lost edit", version }, CrmApp.Json);
        var invalid = await admin.PutAsJsonAsync($"{Tasks}/{id}", new { title = "", priority = "Urgent!" }, CrmApp.Json);

        Assert.Equal("Send proposal", updated.GetProperty("title").GetString());
        Assert.Equal("High", updated.GetProperty("priority").GetString());
        var problem = await stale.ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal(updated.GetProperty("version").GetUInt32(), problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal("Send proposal", problem.GetProperty("current").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("Send proposal", await app.ScalarAsync<string>(
            "SELECT title FROM customers.timeline_entries WHERE source_id = $1 AND kind = 'task.created'", id));
    }

    [Fact]
    public async Task Update_without_title_or_version_is_400_with_field_errors()
    {
        var admin = await app.AdminAsync();
        var (id, _) = await admin.CreateTaskAsync(await admin.CreateContactAsync());

        var response = await admin.PutAsJsonAsync($"{Tasks}/{id}", new { title = "" }, CrmApp.Json);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasFieldError("title"));
        Assert.True(problem.HasFieldError("version"));
    }

    [Fact]
    public async Task Completing_a_task_stamps_it_and_adds_a_timeline_line_and_reopening_clears_both()
    {
        var admin = await app.AdminAsync();
        var contactId = await admin.CreateContactAsync();
        var (id, version) = await admin.CreateTaskAsync(contactId, title: "Confirm the delivery date");

        var done = await (await admin.PutAsJsonAsync($"{Tasks}/{id}/status", new { status = "Done", version }, CrmApp.Json)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("completedAt").ValueKind);
        var timeline = await (await admin.GetAsync($"/api/v1/customers/contacts/{contactId}/timeline?kinds=task.completed")).ExpectAsync(HttpStatusCode.OK);
        var line = Assert.Single(timeline.Items());
        Assert.Equal("Confirm the delivery date", line.GetProperty("title").GetString());
        Assert.Equal(id, line.GetProperty("sourceId").GetGuid());
        Assert.Equal("Administrator", line.GetProperty("actorName").GetString());

        var reopened = await (await admin.PutAsJsonAsync($"{Tasks}/{id}/status",
            new { status = "InProgress", version = done.GetProperty("version").GetUInt32() }, CrmApp.Json)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("completedAt").ValueKind);
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.timeline_entries WHERE source_id = $1 AND kind = 'task.completed'", id));
    }

    [Fact]
    public async Task Status_change_with_a_stale_version_is_409_and_without_a_status_is_400()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.CreateTaskAsync(await admin.CreateContactAsync());
        await (await admin.PutAsJsonAsync($"{Tasks}/{id}/status", new { status = "InProgress", version }, CrmApp.Json)).ExpectAsync(HttpStatusCode.OK);

        var stale = await admin.PutAsJsonAsync($"{Tasks}/{id}/status", new { status = "Done", version }, CrmApp.Json);
        var invalid = await admin.PutAsJsonAsync($"{Tasks}/{id}/status", new { version }, CrmApp.Json);

        Assert.Equal("InProgress", (await stale.ExpectAsync(HttpStatusCode.Conflict)).GetProperty("current").GetProperty("status").GetString());
        Assert.True((await invalid.ExpectAsync(HttpStatusCode.BadRequest)).HasFieldError("status"));
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.timeline_entries WHERE source_id = $1 AND kind = 'task.completed'", id));
    }

    [Fact]
    public async Task Due_filters_find_overdue_today_upcoming_and_undated_tasks_in_the_given_time_zone()
    {
        var admin = await app.AdminAsync();
        var contactId = await admin.CreateContactAsync();
        var now = DateTimeOffset.UtcNow;
        // A zone where it is around noon now, so an hour either side is still today there.
        var offset = (12 - now.Hour + 24) % 24;
        offset = offset > 12 ? offset - 24 : offset;
        var tz = offset == 0 ? "Etc/UTC" : offset > 0 ? $"Etc/GMT-{offset}" : $"Etc/GMT+{-offset}";
        var (lastWeek, _) = await admin.CreateTaskAsync(contactId, dueAt: now.AddDays(-7));
        var (anHourAgo, _) = await admin.CreateTaskAsync(contactId, dueAt: now.AddHours(-1));
        var (inAnHour, _) = await admin.CreateTaskAsync(contactId, dueAt: now.AddHours(1));
        var (nextWeek, _) = await admin.CreateTaskAsync(contactId, dueAt: now.AddDays(7));
        var (undated, _) = await admin.CreateTaskAsync(contactId);
        var (doneLate, doneVersion) = await admin.CreateTaskAsync(contactId, dueAt: now.AddDays(-2));
        await (await admin.PutAsJsonAsync($"{Tasks}/{doneLate}/status", new { status = "Done", version = doneVersion }, CrmApp.Json)).ExpectAsync(HttpStatusCode.OK);

        async Task<Guid[]> Ids(string filter) =>
            [.. (await (await admin.GetAsync($"{Tasks}?contactId={contactId}&{filter}")).ExpectAsync(HttpStatusCode.OK)).Items().Select(t => t.GetProperty("id").GetGuid())];

        Assert.Equal([lastWeek, anHourAgo], await Ids("due=overdue"));
        Assert.Equal([anHourAgo, inAnHour], await Ids($"due=today&tz={Uri.EscapeDataString(tz)}"));
        Assert.Equal([nextWeek], await Ids($"due=upcoming&tz={Uri.EscapeDataString(tz)}"));
        Assert.Equal([undated], await Ids("due=none"));
        Assert.Equal([lastWeek, anHourAgo, inAnHour, nextWeek, undated], await Ids("status=open"));
        Assert.Equal([doneLate], await Ids("status=Done"));
        var problem = await (await admin.GetAsync($"{Tasks}?due=today&tz=Mars/Olympus_Mons")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasFieldError("tz"));
    }

    [Fact]
    public async Task Tasks_page_by_due_date_with_undated_tasks_last_and_filter_by_assignee()
    {
        var admin = await app.AdminAsync();
        var colleague = await app.CreateUserAsync(["customers.read", "customers.write"], DataScope.All);
        var contactId = await admin.CreateContactAsync();
        var now = DateTimeOffset.UtcNow;
        var (second, _) = await admin.CreateTaskAsync(contactId, dueAt: now.AddDays(2));
        var (first, _) = await admin.CreateTaskAsync(contactId, dueAt: now.AddDays(1));
        var (undatedA, _) = await admin.CreateTaskAsync(contactId);
        var (undatedB, _) = await admin.CreateTaskAsync(contactId);
        var (colleagues, _) = await admin.CreateTaskAsync(contactId, assigneeId: colleague.Id);

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await (await admin.GetAsync($"{Tasks}?contactId={contactId}&mine=true&limit=1" + (cursor is null ? "" : $"&cursor={cursor}")))
                .ExpectAsync(HttpStatusCode.OK);
            seen.AddRange(page.Items().Select(t => t.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null && seen.Count < 10);
        var theirs = await (await colleague.Client.GetAsync($"{Tasks}?mine=true")).ExpectAsync(HttpStatusCode.OK);
        var byAssignee = await (await admin.GetAsync($"{Tasks}?assigneeId={colleague.Id}")).ExpectAsync(HttpStatusCode.OK);
        var both = await admin.GetAsync($"{Tasks}?assigneeId={colleague.Id}&mine=true&status=OPEN&due=soon&limit=201");

        Assert.Equal([first, second, .. new[] { undatedA, undatedB }.Order()], seen);
        Assert.Equal([colleagues], theirs.Items().Select(t => t.GetProperty("id").GetGuid()));
        Assert.Equal([colleagues], byAssignee.Items().Select(t => t.GetProperty("id").GetGuid()));
        var problem = await both.ExpectAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "assigneeId", "status", "due", "limit" })
            Assert.True(problem.HasFieldError(field), $"no error for {field}: {problem}");
    }

    [Fact]
    public async Task Deleting_a_task_removes_it_and_its_timeline_lines_and_a_stale_version_is_409()
    {
        var admin = await app.AdminAsync();
        var (id, version) = await admin.CreateTaskAsync(await admin.CreateContactAsync());

        var stale = await admin.DeleteAsync($"{Tasks}/{id}?version={version + 1}");
        var missingVersion = await admin.DeleteAsync($"{Tasks}/{id}");
        var deleted = await admin.DeleteAsync($"{Tasks}/{id}?version={version}");

        Assert.Equal(version, (await stale.ExpectAsync(HttpStatusCode.Conflict)).GetProperty("currentVersion").GetUInt32());
        Assert.True((await missingVersion.ExpectAsync(HttpStatusCode.BadRequest)).HasFieldError("version"));
        await deleted.ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Tasks}/{id}")).StatusCode);
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers.timeline_entries WHERE source_id = $1", id));
    }
}
