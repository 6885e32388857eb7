using Crm.Customers.Domain;
using Crm.Customers.Features.Accounts;
using Crm.Customers.Features.Contacts;
using Crm.Customers.Features.Interactions;
using Crm.Customers.Features.Tasks;
using Crm.Platform.Features.Roles;
using Crm.Platform.Features.Teams;
using Crm.Platform.Features.Users;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;

namespace Crm.Api.Demo;

/// <summary>
/// Demo data for a new installation (<c>Demo:Seed</c>, on in <c>./build.sh run</c>): three teams, two sales managers, a dozen
/// reps and a service agent (sharing the administrator's password), and a book of business they own — accounts
/// and contacts with Chinese and Latin names, 18 months of interactions, open and overdue tasks. Everything goes
/// through the modules' own commands, acting as the user who would have done it, so validation, ownership,
/// timeline and audit are exactly as in real use; then a year of sales history (<see cref="SalesDemoData"/>).
/// Deterministic (fixed seed); runs only into an empty Customers module.
/// </summary>
internal sealed class DemoData(IServiceProvider services, IConfiguration configuration, ILogger<DemoData> log)
{
    private readonly Random _random = new(20261123);
    private DateTimeOffset _now;

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<DemoData>(scope.ServiceProvider).RunAsync(ct);
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var system = new ActingUser(SystemUser.SystemId, DataScope.All, [], PermissionCatalog.All);
        var existing = await SendAs(system, new SearchContacts(Limit: 1), ct);
        if (existing.Items.Count > 0) return;
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(password))
        {
            log.LogWarning("Demo data needs Bootstrap:AdminPassword (the demo users share it); skipped.");
            return;
        }

        log.LogInformation("Loading demo data…");
        var started = System.Diagnostics.Stopwatch.StartNew();
        _now = DateTimeOffset.UtcNow;
        var names = new DemoNames(_random);
        var people = await CreateStaffAsync(system, password, ct);
        var reps = people.Where(p => p.Permissions.Contains("sales.write")).ToList();

        var accounts = new List<(Guid Id, ActingUser Owner)>();
        for (var i = 0; i < 150; i++)
        {
            var owner = names.Pick(reps);
            var company = names.Company();
            var created = await SendAs(owner, new CreateAccount(
                company.Name, company.Alternate, names.Pick(DemoNames.Industries), $"https://www.{company.Domain}",
                $"info@{company.Domain}", names.Phone(), new Address(null, null, names.Pick(DemoNames.Cities), null, null, null),
                names.Pick(DemoNames.Sources), null, Tags(names), Skewed<CustomerTier>(), names.Pick(Enum.GetValues<LifecycleStage>()), names.Pick(Enum.GetValues<RelationshipStatus>()),
                AllowDuplicate: true), ct);
            accounts.Add((created.Id, owner));
        }

        var contacts = new List<(Guid Id, Guid? AccountId, ActingUser Owner)>();
        for (var i = 0; i < 400; i++)
        {
            var atAccount = _random.Next(10) < 6;
            var (accountId, owner) = atAccount ? accounts[PowerLaw(accounts.Count)] : ((Guid?)null, names.Pick(reps));
            var person = names.Person();
            var domain = atAccount ? "corp.example" : "mail.example";
            var created = await SendAs(owner, new CreateContact(
                person.Full, person.Alternate.Length > 0 ? person.Alternate : null, atAccount ? names.Pick(["CEO", "Buyer", "CTO", "Procurement lead", "Engineer"]) : null,
                $"{person.EmailLocal}{i}@{domain}", names.Phone(), null, accountId,
                new Address(null, null, names.Pick(DemoNames.Cities), null, null, null), names.Pick(DemoNames.Sources), null,
                Tags(names), Skewed<CustomerTier>(), names.Pick(Enum.GetValues<LifecycleStage>()), names.Pick(Enum.GetValues<RelationshipStatus>()), AllowDuplicate: true), ct);
            contacts.Add((created.Id, accountId, owner));
        }

        // Activity is skewed: a few customers hear from us weekly, most a few times a year.
        for (var i = 0; i < 1500; i++)
        {
            var (contactId, _, owner) = contacts[PowerLaw(contacts.Count)];
            var channel = names.Pick(Enum.GetValues<InteractionChannel>());
            await SendAs(owner, new LogInteraction(channel, _random.Next(3) == 0 ? InteractionDirection.Inbound : InteractionDirection.Outbound,
                names.Pick(["Intro call", "Quote follow-up", "Product demo", "Support question", "Renewal discussion", "Visit at HQ", "Price negotiation", "Feedback"]),
                _now.AddMinutes(-_random.Next(10, 60 * 24 * 540)), "Notes from the conversation.", contactId), ct);
        }

        for (var i = 0; i < 250; i++)
        {
            var (contactId, _, owner) = contacts[_random.Next(contacts.Count)];
            var task = await SendAs(owner, new CreateTask(
                names.Pick(["Call back", "Send quote", "Prepare proposal", "Check delivery", "Book a visit", "Ask for referral"]),
                null, _now.AddHours(_random.Next(-240, 480)), names.Pick(Enum.GetValues<TaskPriority>()), ContactId: contactId), ct);
            if (_random.Next(3) == 0)
                await SendAs(owner, new ChangeTaskStatus(CustomerTaskStatus.Done, task.Version) { Id = task.Id }, ct);
        }
        await new SalesDemoData(services, _random, log).RunAsync(system, reps, accounts, contacts, names, ct);
        log.LogInformation("Demo data loaded in {Elapsed:0.0} s: {Accounts} accounts, {Contacts} contacts, 1500 interactions, 250 tasks; demo users sign in with the administrator's password.",
            started.Elapsed.TotalSeconds, accounts.Count, contacts.Count);
    }

    private async Task<List<ActingUser>> CreateStaffAsync(ActingUser system, string password, CancellationToken ct)
    {
        var roles = (await SendAs(system, new ListRoles(null, null, 200), ct)).Items.ToDictionary(r => r.Name);
        var north = (await SendAs(system, new CreateTeam("North Sales", "Sales, northern region"), ct)).Id;
        var east = (await SendAs(system, new CreateTeam("East Sales", "Sales, eastern region"), ct)).Id;
        var service = (await SendAs(system, new CreateTeam("Service Desk", "Customer service"), ct)).Id;

        (string Email, string Name, string Role, Guid Team)[] staff =
        [
            ("manager@crm.local", "王芳 (Sales Manager)", "Sales Manager", north),
            ("li.wei@crm.local", "李伟", "Sales Rep", north),
            ("zhang.min@crm.local", "张敏", "Sales Rep", north),
            ("emma.brown@crm.local", "Emma Brown", "Sales Rep", east),
            ("lucas.martin@crm.local", "Lucas Martin", "Sales Rep", east),
            ("chen.jing@crm.local", "陈静", "Sales Rep", east),
            ("east.manager@crm.local", "Daniel Fischer (Sales Manager)", "Sales Manager", east),
            ("liu.yang@crm.local", "刘洋", "Sales Rep", north),
            ("sofia.garcia@crm.local", "Sofia Garcia", "Sales Rep", east),
            ("zhou.jie@crm.local", "周杰", "Sales Rep", north),
            ("noah.wilson@crm.local", "Noah Wilson", "Sales Rep", east),
            ("huang.li@crm.local", "黄丽", "Sales Rep", north),
            ("ava.taylor@crm.local", "Ava Taylor", "Sales Rep", east),
            ("sun.tao@crm.local", "孙涛", "Sales Rep", north),
            ("service@crm.local", "Olivia King (Service)", "Service Agent", service),
        ];
        var people = new List<ActingUser>();
        foreach (var (email, name, roleName, team) in staff)
        {
            var role = roles[roleName];
            var created = await SendAs(system, new CreateUser(email, name, password, [role.Id], [team]), ct);
            people.Add(new ActingUser(created.Id, role.Scope, [team], role.Permissions.ToHashSet()));
        }
        return people;
    }

    private List<string> Tags(DemoNames names) =>
        [.. Enumerable.Range(0, _random.Next(0, 3)).Select(_ => names.Pick(DemoNames.Tags)).Distinct()];

    /// <summary>Biased towards the last value: tier C is common, tier A rare.</summary>
    private T Skewed<T>() where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[Math.Min(values.Length - 1, (int)(values.Length * Math.Sqrt(_random.NextDouble())))];
    }

    /// <summary>An index biased towards the start: a few large customers get most of the activity.</summary>
    private int PowerLaw(int count) => (int)(count * Math.Pow(_random.NextDouble(), 2.5));

    /// <summary>Runs one command as <paramref name="user"/>, in its own scope; demo data must be valid, so a failure stops the seeding.</summary>
    private async Task<T> SendAs<T>(ICurrentUser user, IMessage request, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserScope>().RunAs(user);
        var result = (Result<T>)(await scope.ServiceProvider.GetRequiredService<ISender>().Send(request, ct))!;
        return result.IsSuccess ? result.Value : throw new InvalidOperationException($"Demo data: {request.GetType().Name} failed: {result.Error.Code} {result.Error.Message}");
    }

    private Task<T> SendAs<T>(ICurrentUser user, ICommand<Result<T>> command, CancellationToken ct) => SendAs<T>(user, (IMessage)command, ct);
    private Task<T> SendAs<T>(ICurrentUser user, IQuery<Result<T>> query, CancellationToken ct) => SendAs<T>(user, (IMessage)query, ct);
}
