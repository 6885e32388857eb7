using Npgsql;

namespace Crm.DataGenerator;

/// <summary>Interactions and tasks, each with the timeline lines the Customers module writes for them.</summary>
public sealed partial class Seeder
{
    private static readonly string[] Channels = ["Phone", "Email", "Web", "Fax", "Visit", "Sms", "Chat", "Portal"];
    private static readonly int[] ChannelWeights = [30, 35, 5, 1, 8, 6, 10, 5];
    private static readonly string[] Subjects =
    [
        "Intro call", "Quote follow-up", "Product demo", "Support question", "Renewal discussion", "Visit at HQ", "Price negotiation",
        "Feedback", "Order status", "Invoice question", "Contract review", "Onboarding check-in", "关于报价的跟进", "产品演示", "续约沟通",
    ];
    private static readonly string[] Bodies =
    [
        "Notes from the conversation.", "Asked for an updated quote with volume discount.", "Interested in the premium plan; call back next week.",
        "Reported a delivery delay; escalated to logistics.", "客户希望下周安排上门拜访。", "Discussed renewal terms; decision expected this month.",
        "Sent the product brochure and price list.", "需要新的报价单，数量增加到 500 台。",
    ];
    private static readonly string[] TaskTitles = ["Call back", "Send quote", "Prepare proposal", "Check delivery", "Book a visit", "Ask for referral", "跟进报价", "安排拜访"];
    private static readonly string[] TaskStatuses = ["Open", "InProgress", "Done", "Cancelled"];
    private static readonly string[] Priorities = ["Low", "Normal", "High"];
    private static readonly int[] PriorityWeights = [25, 55, 20];

    private const string TimelineCopy =
        "COPY customers.timeline_entries (id, account_id, contact_id, kind, occurred_at, title, summary, source_module, source_id, actor_id) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// 20 interactions per account, written day by day in time order (so the primary key and the time indexes grow at
    /// their right edge, as in real use, instead of taking random inserts): each day has as many as the customers
    /// existing then make (the base grows evenly), each with a contact (95 %) or an account alone, chosen by a power
    /// law among the records that existed at that moment — a few contacts hear from us weekly, most a few times a year.
    /// </summary>
    private async Task LoadInteractionsAsync(NpgsqlConnection db, NpgsqlConnection second)
    {
        var random = new SeedRandom(options.Seed, stream: 5);
        var count = 20L * _accounts.Count;
        var days = (int)History.TotalDays;
        var contactScatter = new Scatter(_contacts.Count);
        var accountScatter = new Scatter(_accounts.Count);
        var day = new List<PlannedInteraction>();
        var progress = new Progress("interactions", count);
        var timeline = new Progress("+ timeline", count, quiet: true);
        await CopyPairAsync(db,
            "COPY customers.interactions (id, channel, direction, subject, body, occurred_at, user_id, account_id, contact_id, owner_id, team_id, created_at, updated_at) FROM STDIN (FORMAT BINARY)",
            second, TimelineCopy, (w, t) =>
            {
                var planned = 0L;
                for (var d = 0; d < days; d++)
                {
                    // Day d's share is (d + 0.5) / days of the customers; the sum over days 0..d is (d + 1)² / 2.
                    var upTo = (long)Math.Round(count * ((d + 1.0) * (d + 1.0)) / ((double)days * days));
                    var dayStart = (_start + TimeSpan.FromDays(d)).UtcTicks;
                    day.Clear();
                    for (; planned < upTo; planned++)
                    {
                        var occurred = dayStart + (long)(TimeSpan.TicksPerDay * random.NextDouble());
                        var contact = -1;
                        var account = -1;
                        if (random.Chance(0.95))
                            contact = Existing(_contacts, contactScatter, 2.0, ref occurred, random);
                        else
                            account = Existing(_accounts, accountScatter, 2.5, ref occurred, random);
                        var logged = Math.Min(occurred + TimeSpan.TicksPerMinute * random.Next(0, 120), _end.UtcTicks);
                        day.Add(new PlannedInteraction(logged, occurred, contact, account, day.Count));
                    }
                    day.Sort();

                    foreach (var p in day)
                    {
                        Guid? contactId = null, accountId = null;
                        int owner;
                        if (p.Contact >= 0)
                        {
                            contactId = _contacts.Id[p.Contact];
                            if (_contacts.Account[p.Contact] is >= 0 and var a) accountId = _accounts.Id[a];
                            owner = _contacts.Owner[p.Contact];
                        }
                        else
                        {
                            accountId = _accounts.Id[p.Account];
                            owner = _accounts.Owner[p.Account];
                        }
                        var occurred = new DateTimeOffset(p.OccurredTicks, TimeSpan.Zero);
                        var logged = new DateTimeOffset(p.LoggedTicks, TimeSpan.Zero);
                        var user = random.Chance(0.85) ? owner : ColleagueOf(owner, random);
                        var subject = random.Pick(Subjects);
                        var body = random.Chance(0.5) ? random.Pick(Bodies) : null;
                        var id = random.Version7(logged);

                        w.StartRow();
                        w.Uuid(id);
                        w.Varchar(random.Weighted(Channels, ChannelWeights));
                        w.Varchar(random.Chance(0.35) ? "Inbound" : "Outbound");
                        w.Varchar(subject);
                        w.Varchar(body);
                        w.Time(occurred);
                        w.Uuid(_reps[user].Id);
                        w.Uuid(accountId);
                        w.Uuid(contactId);
                        w.Uuid(_reps[owner].Id);
                        w.Uuid(TeamOf(owner));
                        w.Time(logged);
                        w.Time(logged);
                        progress.Add();

                        WriteTimeline(t, random.Version7(logged), accountId, contactId, "interaction.logged", occurred, subject, body, id, _reps[user].Id);
                        timeline.Add();
                    }
                }
            });
        progress.Done();
        timeline.Done();
    }

    /// <summary>
    /// A record that existed at <paramref name="ticks"/>, by a power law over all of them (scattered, so the busiest
    /// are of every age): drawn until one is old enough. Each day's volume follows the number of records then, so on
    /// average this takes about two draws. Should none be found (the first minutes of the history), the moment moves
    /// to just after the oldest record was created.
    /// </summary>
    private static int Existing(Cores records, Scatter scatter, double exponent, ref long ticks, SeedRandom random)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var i = scatter[random.PowerLaw(records.Count, exponent)];
            if (records.CreatedTicks[i] <= ticks) return i;
        }
        ticks = Math.Max(ticks, records.CreatedTicks[records.Oldest] + TimeSpan.TicksPerMinute);
        return records.Oldest;
    }

    /// <summary>An interaction of one day, ordered by when it was logged (its id's time), ties by draw order.</summary>
    private readonly record struct PlannedInteraction(long LoggedTicks, long OccurredTicks, int Contact, int Account, int Sequence)
        : IComparable<PlannedInteraction>
    {
        public int CompareTo(PlannedInteraction other) =>
            LoggedTicks != other.LoggedTicks ? LoggedTicks.CompareTo(other.LoggedTicks) : Sequence.CompareTo(other.Sequence);
    }

    /// <summary>
    /// About one task per account, created at an even pace: most of the past ones done, some overdue, some due today,
    /// the recent ones open. Done tasks also get their "task.completed" line, as completing one in the API does.
    /// </summary>
    private async Task LoadTasksAsync(NpgsqlConnection db, NpgsqlConnection second)
    {
        var random = new SeedRandom(options.Seed, stream: 6);
        var count = _accounts.Count;
        var step = History.Ticks / (double)count;
        var progress = new Progress("tasks", count);
        var timeline = new Progress("+ timeline", count, quiet: true);
        await CopyPairAsync(db,
            "COPY customers.tasks (id, title, description, due_at, status, priority, completed_at, account_id, contact_id, owner_id, team_id, created_by, created_at, updated_at) FROM STDIN (FORMAT BINARY)",
            second, TimelineCopy, (w, t) =>
            {
                for (var i = 0; i < count; i++)
                {
                    var created = _start + TimeSpan.FromTicks((long)(step * (i + random.NextDouble())));
                    Guid? contactId = null, accountId = null;
                    int recordOwner;
                    DateTimeOffset since;
                    if (random.Chance(0.9))
                    {
                        // A contact that already existed then (contacts are planned in creation order, roughly).
                        var c = random.Next((int)Math.Min(_contacts.Count, 5L * (i + 1)));
                        contactId = _contacts.Id[c];
                        if (_contacts.Account[c] is >= 0 and var a) accountId = _accounts.Id[a];
                        recordOwner = _contacts.Owner[c];
                        since = _contacts.Created(c);
                    }
                    else
                    {
                        var a = random.Next(i + 1);
                        accountId = _accounts.Id[a];
                        recordOwner = _accounts.Owner[a];
                        since = _accounts.Created(a);
                    }
                    if (created <= since) created = Min(since + TimeSpan.FromHours(1), _end);

                    DateTimeOffset? due;
                    if (created > _end - TimeSpan.FromDays(30) && random.Chance(0.2))
                        due = _end + TimeSpan.FromHours(random.Next(8, 19));                     // due today
                    else if (random.Chance(0.05))
                        due = null;
                    else
                        due = TruncateToHour(created + TimeSpan.FromHours(random.Next(4, 24 * 21)));

                    var status = (due ?? created + TimeSpan.FromDays(60)) < _end
                        ? random.Weighted(TaskStatuses, [6, 2, 85, 7])     // past: mostly done, some overdue
                        : random.Weighted(TaskStatuses, [75, 20, 5, 0]);   // upcoming: mostly open
                    DateTimeOffset? completed = status == "Done" ? random.Between(created, Min(due ?? _end, _end)) : null;
                    var assignee = random.Chance(0.85) ? recordOwner : ColleagueOf(recordOwner, random);
                    var title = random.Pick(TaskTitles);
                    var description = random.Chance(0.3) ? random.Pick(Bodies) : null;
                    var id = random.Version7(created);

                    w.StartRow();
                    w.Uuid(id);
                    w.Varchar(title);
                    w.Varchar(description);
                    w.Time(due);
                    w.Varchar(status);
                    w.Varchar(random.Weighted(Priorities, PriorityWeights));
                    w.Time(completed);
                    w.Uuid(accountId);
                    w.Uuid(contactId);
                    w.Uuid(_reps[assignee].Id);
                    w.Uuid(TeamOf(recordOwner));
                    w.Uuid(_reps[recordOwner].Id);
                    w.Time(created);
                    w.Time(completed ?? created);
                    progress.Add();

                    WriteTimeline(t, random.Version7(created), accountId, contactId, "task.created", created, title, description, id, _reps[recordOwner].Id);
                    timeline.Add();
                    if (completed is { } done)
                    {
                        WriteTimeline(t, random.Version7(done), accountId, contactId, "task.completed", done, title, null, id, _reps[assignee].Id);
                        timeline.Add();
                    }
                }
            });
        progress.Done();
        timeline.Done();
    }

    /// <summary>A line as <c>TimelineEntry.Record</c> makes it: the summary is the start of the text (ours are short).</summary>
    private static void WriteTimeline(NpgsqlBinaryImporter t, Guid id, Guid? accountId, Guid? contactId, string kind,
        DateTimeOffset occurred, string title, string? summary, Guid sourceId, Guid actorId, string sourceModule = "customers")
    {
        t.StartRow();
        t.Uuid(id);
        t.Uuid(accountId);
        t.Uuid(contactId);
        t.Varchar(kind);
        t.Time(occurred);
        t.Varchar(title);
        t.Varchar(summary);
        t.Varchar(sourceModule);
        t.Uuid(sourceId);
        t.Uuid(actorId);
    }

    /// <summary>Another rep of the same team (or the owner, when the team has no one else).</summary>
    private int ColleagueOf(int owner, SeedRandom random)
    {
        var other = random.Next(_reps.Count);
        return TeamOf(other) == TeamOf(owner) ? other : owner;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset TruncateToHour(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero);
}
