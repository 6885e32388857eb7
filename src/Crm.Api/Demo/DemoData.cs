using Crm.Customers.Domain;
using Crm.Customers.Features.Accounts;
using Crm.Customers.Features.Contacts;
using Crm.Customers.Features.Tasks;
using Crm.DataGenerator;
using Crm.Platform.Features.Roles;
using Crm.Platform.Features.Teams;
using Crm.Platform.Features.Users;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Paging = Crm.SharedKernel.Paging;

namespace Crm.Api.Demo;

/// <summary>A contact of the demo's book of business, as the deals and tasks on top of it need it.</summary>
internal readonly record struct DemoContact(Guid Id, Guid? AccountId, Guid OwnerId);

/// <summary>
/// Demo data for a new installation (<c>Demo:Seed</c>, on in <c>./build.sh run</c>): three teams, two sales managers, a dozen
/// reps and a service agent (sharing the administrator's password), created through Platform's commands; then the book
/// of business they own — accounts and contacts with Chinese and Latin names, three years of interactions and tasks,
/// and their timeline — from the data generator the benchmark uses (<see cref="Seeder"/>, at <see cref="Scale"/>);
/// then each rep's current to-do list and a year of sales history (<see cref="SalesDemoData"/>) through the modules'
/// own commands, acting as the user who would have done it, so validation, events, timeline and audit are as in real
/// use. Deterministic (fixed seeds; the generated rows are the same for the same day); runs only into an empty
/// Customers module.
/// </summary>
internal sealed class DemoData(IServiceProvider services, IConfiguration configuration, ILogger<DemoData> log)
{
    /// <summary>
    /// 100 accounts, ~500 contacts, 2,000 interactions (three quarters of them in the last 18 months), 100 tasks: the
    /// size of the book the demo had when it was made through commands (150 / 400 / 1,500), lists of several pages,
    /// and 25 to 85 contacts for every demo rep. The generator writes it in about a second, so the demo's load time is
    /// still the sales history's.
    /// </summary>
    private const int Scale = 100;

    private const int Seed = 20261123;

    private readonly Random _random = new(Seed);
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
        var people = await CreateStaffAsync(system, password, ct);
        var reps = people.Where(p => p.Permissions.Contains("sales.write")).ToList();

        // The generator finds the sales staff just made in platform.users and shares the book out among them. It ends
        // at midnight (UTC) today, as `./build.sh seed` does, so a day's demo databases hold the same rows.
        var generated = System.Diagnostics.Stopwatch.StartNew();
        var today = new DateTimeOffset(_now.UtcDateTime.Date, TimeSpan.Zero);
        await new Seeder(new SeedOptions(Scale, Seed, configuration.GetConnectionString("Crm")!, today, password, SeedParts.Customers)).RunAsync();
        log.LogInformation("Demo book of business generated in {Elapsed:0.0} s (scale {Scale}).", generated.Elapsed.TotalSeconds, Scale);

        var book = await ReadBookAsync(system, ct);
        var tasks = await CurrentTasksAsync(reps, book, ct);
        // The leads are named like the book; a stream of the seed the generator's tables do not use, so they are new people.
        var names = new BenchNames(new SeedRandom(Seed, stream: 1000));
        await new SalesDemoData(services, _random, log).RunAsync(system, reps, book, names, ct);
        log.LogInformation("Demo data loaded in {Elapsed:0.0} s: {Accounts} accounts, {Contacts} contacts, {Interactions} interactions and {Tasks} tasks " +
            "generated, {Current} current tasks; demo users sign in with the administrator's password.",
            started.Elapsed.TotalSeconds, Scale, 5 * Scale, 20 * Scale, Scale, tasks);
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

    /// <summary>
    /// The generated contacts, read back through the Customers module's own list queries in creation order (so what
    /// is built on them is deterministic). A contact at an account in the trash is left out: Sales refuses a deal
    /// on a deleted account.
    /// </summary>
    private async Task<List<DemoContact>> ReadBookAsync(ActingUser system, CancellationToken ct)
    {
        var accounts = new HashSet<Guid>();
        string? cursor = null;
        do
        {
            var page = await SendAs(system, new SearchAccounts(Sort: "createdAt", Dir: "asc", Cursor: cursor, Limit: Paging.Cursor.MaxLimit), ct);
            accounts.UnionWith(page.Items.Select(a => a.Id));
            cursor = page.NextCursor;
        } while (cursor is not null);

        var contacts = new List<DemoContact>();
        do
        {
            var page = await SendAs(system, new SearchContacts(Sort: "createdAt", Dir: "asc", Cursor: cursor, Limit: Paging.Cursor.MaxLimit), ct);
            contacts.AddRange(page.Items.Where(c => c.AccountId is null || accounts.Contains(c.AccountId.Value))
                .Select(c => new DemoContact(c.Id, c.AccountId, c.OwnerId)));
            cursor = page.NextCursor;
        } while (cursor is not null);
        return contacts;
    }

    /// <summary>
    /// What is on each rep's plate this week. The generated tasks are spread over three years, so only a handful are
    /// still open and "My tasks" would be empty for most reps; here each gets eight on their own contacts, through the
    /// Customers commands as the rep, created in the last two weeks: two overdue, one due in the next hours, three in
    /// the coming weeks, two done.
    /// </summary>
    private async Task<int> CurrentTasksAsync(IReadOnlyList<ActingUser> reps, IReadOnlyList<DemoContact> book, CancellationToken ct)
    {
        (int FromHours, int ToHours, bool Done)[] slots =
            [(-240, -6, false), (-240, -6, false), (1, 5, false), (24, 480, false), (24, 480, false), (24, 480, false), (-240, -6, true), (-48, 48, true)];
        string[] titles = ["Call back", "Send quote", "Prepare proposal", "Check delivery", "Book a visit", "Ask for referral", "跟进报价", "安排拜访"];
        var priorities = Enum.GetValues<TaskPriority>();
        var count = 0;
        foreach (var rep in reps)
        {
            var theirs = book.Where(c => c.OwnerId == rep.Id).ToList();
            if (theirs.Count == 0) continue;
            foreach (var (from, to, done) in slots)
            {
                var contact = theirs[_random.Next(theirs.Count)];
                var due = OnTheHour(_now.AddHours(_random.Next(from, to)));
                var created = Min(_now, due).AddHours(-_random.Next(2, 14 * 24));
                CustomerTaskCreated task;
                using (HistoricClock.At(created))
                    task = await SendAs(rep, new CreateTask(titles[_random.Next(titles.Length)], null, due,
                        priorities[_random.Next(priorities.Length)], ContactId: contact.Id), ct);
                if (done)
                    using (HistoricClock.At(Min(_now, created.AddHours(_random.Next(1, 72)))))
                        await SendAs(rep, new ChangeTaskStatus(CustomerTaskStatus.Done, task.Version) { Id = task.Id }, ct);
                count++;
            }
        }
        return count;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset OnTheHour(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero);

    /// <summary>Runs one request as <paramref name="user"/>, in its own scope; demo data must be valid, so a failure stops the seeding.</summary>
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
