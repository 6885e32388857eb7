using Npgsql;

namespace Crm.DataGenerator;

/// <summary>What other rows need of an account: its id, when it was created, its owner (an index into the reps).</summary>
internal class Cores(int count)
{
    public readonly Guid[] Id = new Guid[count];
    public readonly long[] CreatedTicks = new long[count];
    public readonly byte[] Owner = new byte[count];
    public int Count => Id.Length;
    /// <summary>The index of the earliest created record (set once they are planned).</summary>
    public int Oldest { get; set; }
    public DateTimeOffset Created(int i) => new(CreatedTicks[i], TimeSpan.Zero);
}

/// <summary>A contact's core, plus the account it works at (-1: none).</summary>
internal sealed class ContactCores(int count) : Cores(count)
{
    public readonly int[] Account = new int[count];
}

/// <summary>Accounts and contacts: planned first (ids, times, owners, links), then written with all their fields.</summary>
public sealed partial class Seeder
{
    private static readonly string[] Tiers = ["A", "B", "C"];
    private static readonly int[] TierWeights = [5, 20, 75];
    private static readonly string[] Stages = ["Potential", "New", "Regular", "LongStanding", "Loyal", "Lapsed"];
    private static readonly int[] StageWeights = [25, 15, 30, 12, 8, 10];
    private static readonly string[] Relationships = ["Preparing", "Forming", "Developing", "Stable", "Broken"];
    private static readonly int[] RelationshipWeights = [15, 20, 30, 28, 7];

    private const string RecordColumns =
        "address_city, address_country, address_line1, address_line2, address_postal_code, address_region, created_at, updated_at, " +
        "email, phone, source, notes, tags, tier, stage, relationship, owner_id, team_id, deleted_at, merged_into_id";

    /// <summary>Accounts are created at an even pace over the three years.</summary>
    private Cores PlanAccounts(int count)
    {
        var random = new SeedRandom(options.Seed, stream: 1);
        var cores = new Cores(count);
        var step = History.Ticks / (double)count;
        for (var i = 0; i < count; i++)
        {
            var created = _start + TimeSpan.FromTicks((long)(step * (i + random.NextDouble())));
            cores.Id[i] = random.Version7(created);
            cores.CreatedTicks[i] = created.UtcTicks;
            cores.Owner[i] = (byte)RepIndex(random);
        }
        cores.Oldest = 0;   // created in order
        return cores;
    }

    /// <summary>
    /// Contacts too, but 60 % work at an account — a few large accounts, many small ones (power law, scattered over
    /// the accounts so the large ones are not just the oldest) — and join it after it was created, owned as it is.
    /// </summary>
    private ContactCores PlanContacts(int count)
    {
        var random = new SeedRandom(options.Seed, stream: 2);
        var cores = new ContactCores(count);
        var scatter = new Scatter(_accounts.Count);
        var step = History.Ticks / (double)count;
        for (var i = 0; i < count; i++)
        {
            var created = _start + TimeSpan.FromTicks((long)(step * (i + random.NextDouble())));
            if (random.Chance(0.6))
            {
                var account = scatter[random.PowerLaw(_accounts.Count, 2.5)];
                var accountCreated = _accounts.Created(account);
                if (created <= accountCreated)
                {
                    created = accountCreated + TimeSpan.FromMinutes(random.Next(60, 60 * 24 * 30));
                    if (created >= _end) created = random.Between(accountCreated, _end);
                }
                cores.Account[i] = account;
                cores.Owner[i] = _accounts.Owner[account];
            }
            else
            {
                cores.Account[i] = -1;
                cores.Owner[i] = (byte)RepIndex(random);
            }
            cores.Id[i] = random.Version7(created);
            cores.CreatedTicks[i] = created.UtcTicks;
            if (created.UtcTicks < cores.CreatedTicks[cores.Oldest]) cores.Oldest = i;
        }
        return cores;
    }

    private async Task LoadAccountsAsync(NpgsqlConnection db)
    {
        var random = new SeedRandom(options.Seed, stream: 3);
        var names = new BenchNames(random);
        var progress = new Progress("accounts", _accounts.Count);
        await CopyAsync(db, $"COPY customers.accounts (id, name, alternate_name, industry, website, {RecordColumns}) FROM STDIN (FORMAT BINARY)", w =>
        {
            for (var i = 0; i < _accounts.Count; i++)
            {
                var (name, alternate, domain) = names.Company();
                w.StartRow();
                w.Uuid(_accounts.Id[i]);
                w.Varchar(name);
                w.Varchar(alternate);
                w.Varchar(random.Chance(0.9) ? random.Pick(BenchNames.Industries) : null);
                w.Varchar(random.Chance(0.8) ? $"https://www.{domain}" : null);
                WriteRecord(w, random, names, _accounts, i, email: random.Chance(0.7) ? $"info@{domain}" : null);
                progress.Add();
            }
        });
        progress.Done();
    }

    private async Task LoadContactsAsync(NpgsqlConnection db)
    {
        var random = new SeedRandom(options.Seed, stream: 4);
        var names = new BenchNames(random);
        var progress = new Progress("contacts", _contacts.Count);
        await CopyAsync(db, $"COPY customers.contacts (id, full_name, alternate_name, job_title, mobile, account_id, {RecordColumns}) FROM STDIN (FORMAT BINARY)", w =>
        {
            for (var i = 0; i < _contacts.Count; i++)
            {
                var (full, alternate, local) = names.Person();
                var account = _contacts.Account[i];
                w.StartRow();
                w.Uuid(_contacts.Id[i]);
                w.Varchar(full);
                w.Varchar(alternate);
                w.Varchar(account >= 0 && random.Chance(0.7) ? random.Pick(BenchNames.JobTitles) : null);
                w.Varchar(random.Chance(0.5) ? names.Phone() : null);
                w.Uuid(account >= 0 ? _accounts.Id[account] : null);
                var email = random.Chance(0.85)
                    ? $"{local}{random.Next(1, 1000)}@{(account >= 0 ? $"corp{account % 997}.example" : random.Pick(["mail.example", "qq.example", "163.example", "gmail.example"]))}"
                    : null;
                WriteRecord(w, random, names, _contacts, i, email);
                progress.Add();
            }
        });
        progress.Done();
    }

    /// <summary>The columns accounts and contacts share, in <see cref="RecordColumns"/> order.</summary>
    private void WriteRecord(NpgsqlBinaryImporter w, SeedRandom random, BenchNames names, Cores cores, int i, string? email)
    {
        var created = cores.Created(i);
        var hasAddress = random.Chance(0.7);
        var (city, country, postal) = random.Pick(BenchNames.Cities);
        w.Varchar(hasAddress ? city : null);
        w.Varchar(hasAddress ? country : null);
        w.Varchar(hasAddress && random.Chance(0.5) ? $"{random.Next(1, 300)} {random.Pick(["Main St", "Nanjing Rd", "High St", "Jianguo Rd", "Park Ave"])}" : null);
        w.Varchar(null);
        w.Varchar(hasAddress && random.Chance(0.5) ? $"{postal}{random.Next(100, 999)}" : null);
        w.Varchar(null);
        w.Time(created);
        // Most records are touched a few times soon after they are made, few long after.
        w.Time(created + TimeSpan.FromTicks((long)((_end - created).Ticks * Math.Pow(random.NextDouble(), 4))));
        w.Varchar(email);
        w.Varchar(random.Chance(0.75) ? names.Phone() : null);
        w.Varchar(random.Chance(0.7) ? random.Weighted(BenchNames.Sources, BenchNames.SourceWeights) : null);
        w.Varchar(random.Chance(0.1) ? "Prefers contact by email; budget decided in Q4." : null);
        w.TextArray(names.TagSet());
        w.Varchar(random.Weighted(Tiers, TierWeights));
        w.Varchar(random.Weighted(Stages, StageWeights));
        w.Varchar(random.Weighted(Relationships, RelationshipWeights));
        var owner = cores.Owner[i];
        w.Uuid(_reps[owner].Id);
        w.Uuid(TeamOf(owner));
        w.Time(random.Chance(0.005) ? random.Between(created, _end) : null);   // a few in the trash
        w.Uuid(null);
    }
}
