using System.Net;
using System.Text.Json;
using Crm.Sales.Contracts;
using Crm.SharedKernel.Security;
using Crm.TestKit;

namespace Crm.Sales.Tests.Features;

public sealed class LeadConversionTests(CrmApp app) : IClassFixture<CrmApp>
{
    private async Task<JsonElement> QualifiedLeadAsync(HttpClient client, string email, string? company = "Acme Trading")
    {
        var lead = await (await client.PostJsonAsync("/leads", new { fullName = "Zhao Lei", company, email, source = "Trade fair", score = 70 }))
            .OkJsonAsync(HttpStatusCode.Created);
        lead = await (await client.PostJsonAsync($"/leads/{lead.Id()}/status", new { status = "Working", version = lead.Version() })).OkJsonAsync();
        return await (await client.PostJsonAsync($"/leads/{lead.Id()}/status", new { status = "Qualified", version = lead.Version() })).OkJsonAsync();
    }

    [Fact]
    public async Task Qualified_lead_becomes_contact_account_and_opportunity_and_its_history_reaches_the_timeline()
    {
        var admin = await app.AdminAsync();
        await admin.CreatePipelineAsync();
        var lead = await QualifiedLeadAsync(admin, "zhao.lei@acme.example");

        var conversion = await (await admin.PostJsonAsync($"/leads/{lead.Id()}/convert",
            new { version = lead.Version(), createOpportunity = true, amount = 25000m, closeDate = "2026-12-31" })).OkJsonAsync();

        Assert.True(conversion.GetProperty("contactCreated").GetBoolean());
        Assert.True(conversion.GetProperty("accountCreated").GetBoolean());
        var contactId = conversion.GetProperty("contactId").GetGuid();
        var contact = await (await admin.GetAsync($"/api/v1/customers/contacts/{contactId}")).OkJsonAsync();
        Assert.Equal("zhao.lei@acme.example", contact.Str("email"));
        Assert.Equal(conversion.GetProperty("accountId").GetGuid(), contact.GetProperty("accountId").GetGuid());

        var opportunity = await (await admin.GetSalesAsync($"/opportunities/{conversion.GetProperty("opportunityId").GetGuid()}")).OkJsonAsync();
        Assert.Equal(contactId, opportunity.GetProperty("contactId").GetGuid());
        Assert.Equal(lead.Id(), opportunity.GetProperty("leadId").GetGuid());
        Assert.Equal(25000m, opportunity.Dec("amount"));

        var converted = await (await admin.GetSalesAsync($"/leads/{lead.Id()}")).OkJsonAsync();
        Assert.Equal("Converted", converted.Str("status"));
        await (await admin.PutJsonAsync($"/leads/{lead.Id()}", new { fullName = "X", version = converted.Version() }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.lead_converted");

        await app.DrainOutboxAsync();
        var timeline = await (await admin.GetAsync($"/api/v1/customers/contacts/{contactId}/timeline")).OkJsonAsync();
        var kinds = timeline.GetProperty("items").EnumerateArray().Select(i => i.Str("kind")).ToList();
        Assert.Contains("sales.lead_converted", kinds);
        // Captured, working, qualified: the lead's life before the conversion line.
        Assert.Equal(3, kinds.Count(k => k == "sales.lead_history"));
    }

    [Fact]
    public async Task Lead_with_the_email_of_an_existing_contact_reuses_that_contact()
    {
        var admin = await app.AdminAsync();
        var existing = await admin.CreateContactAsync("Zhao Lei (existing)", "known.customer@example.com");
        var lead = await QualifiedLeadAsync(admin, "Known.Customer@example.com", company: null);

        var conversion = await (await admin.PostJsonAsync($"/leads/{lead.Id()}/convert", new { version = lead.Version() })).OkJsonAsync();

        Assert.False(conversion.GetProperty("contactCreated").GetBoolean());
        Assert.Equal(existing.Id(), conversion.GetProperty("contactId").GetGuid());
        Assert.Equal(1, await app.ScalarAsync<long>("SELECT count(*) FROM customers.contacts WHERE lower(email) = 'known.customer@example.com'"));
    }

    [Fact]
    public async Task Conversion_is_atomic_a_failure_after_the_contact_was_made_leaves_no_contact()
    {
        var admin = await app.AdminAsync();
        await admin.CreatePipelineAsync();
        var lead = await QualifiedLeadAsync(admin, "atomic@example.com", company: "Atomic Ltd");
        // Simulate a failure late in the command, after Customers wrote the contact and account on the shared transaction.
        await app.ScalarAsync<int>("""
            CREATE FUNCTION sales.fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$;
            CREATE TRIGGER fail_opportunity BEFORE INSERT ON sales.opportunities FOR EACH ROW WHEN (NEW.name = 'FAIL') EXECUTE FUNCTION sales.fail_insert();
            SELECT 1
            """);

        var response = await admin.PostJsonAsync($"/leads/{lead.Id()}/convert", new { version = lead.Version(), createOpportunity = true, opportunityName = "FAIL" });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(0, await app.ScalarAsync<long>("SELECT count(*) FROM customers.contacts WHERE email = 'atomic@example.com'"));
        Assert.Equal(0, await app.ScalarAsync<long>("SELECT count(*) FROM customers.accounts WHERE name = 'Atomic Ltd'"));
        var after = await (await admin.GetSalesAsync($"/leads/{lead.Id()}")).OkJsonAsync();
        Assert.Equal("Qualified", after.Str("status"));
    }

    [Fact]
    public async Task Only_qualified_leads_convert_and_disqualifying_needs_a_reason()
    {
        var admin = await app.AdminAsync();
        var lead = await (await admin.PostJsonAsync("/leads", new { fullName = "Early Bird" })).OkJsonAsync(HttpStatusCode.Created);

        await (await admin.PostJsonAsync($"/leads/{lead.Id()}/convert", new { version = lead.Version() }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.lead_not_qualified");
        await (await admin.PostJsonAsync($"/leads/{lead.Id()}/status", new { status = "Disqualified", version = lead.Version() }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        var disqualified = await (await admin.PostJsonAsync($"/leads/{lead.Id()}/status",
            new { status = "Disqualified", reason = "No budget", version = lead.Version() })).OkJsonAsync();
        Assert.Equal("No budget", disqualified.Str("disqualifyReason"));
        await (await admin.PostJsonAsync($"/leads/{lead.Id()}/status", new { status = "Qualified", version = disqualified.Version() }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "sales.lead_status_transition");
    }

    [Fact]
    public async Task Rep_sees_only_own_leads_and_others_are_404()
    {
        var team = await app.CreateTeamAsync();
        var perms = new[] { SalesPermissions.Read, SalesPermissions.Write, "customers.read" };
        var me = await app.CreateUserAsync(perms, DataScope.Own, team);
        var colleague = await app.CreateUserAsync(perms, DataScope.Own, team);
        var manager = await app.CreateUserAsync(perms, DataScope.Team, team);
        var mine = await (await me.Client.PostJsonAsync("/leads", new { fullName = "Mine" })).OkJsonAsync(HttpStatusCode.Created);
        var theirs = await (await colleague.Client.PostJsonAsync("/leads", new { fullName = "Theirs" })).OkJsonAsync(HttpStatusCode.Created);

        await (await me.Client.GetSalesAsync($"/leads/{theirs.Id()}")).ProblemAsync(HttpStatusCode.NotFound, "sales.lead_not_found");
        await (await me.Client.PostJsonAsync($"/leads/{theirs.Id()}/status", new { status = "Working", version = theirs.Version() }))
            .ProblemAsync(HttpStatusCode.NotFound, "sales.lead_not_found");
        var list = await (await me.Client.GetSalesAsync("/leads")).OkJsonAsync();
        Assert.Equal([mine.Id()], list.GetProperty("items").EnumerateArray().Select(i => i.Id()));

        var teamList = await (await manager.Client.GetSalesAsync("/leads")).OkJsonAsync();
        Assert.Equal(2, teamList.GetProperty("items").GetArrayLength());
    }
}
