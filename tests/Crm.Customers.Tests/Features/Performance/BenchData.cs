using System.Collections.Concurrent;
using System.Diagnostics;
using Crm.DataGenerator;
using Crm.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Crm.Customers.Tests.Features.Performance;

/// <summary>
/// A CRM on a small generated book of business (the benchmark's own generator at scale <see cref="Scale"/>, both shares:
/// 1,000 accounts, 5,000 contacts, 20,000 interactions, 3,000 opportunities, 5,000 orders; a few seconds), shared by the
/// performance tests, with every SQL command the host issues on its database recorded.
/// </summary>
public sealed class BenchData : CrmApp, IAsyncLifetime
{
    public const int Scale = 1_000;

    public SqlCapture Sql { get; private set; } = null!;
    public NpgsqlDataSource Db { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var options = new SeedOptions(Scale, Seed: 1, ConnectionString, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), "Bench-Pa55word!");
        Assert.Equal(0, await new Seeder(options).RunAsync());
        Db = NpgsqlDataSource.Create(ConnectionString);
        Sql = new SqlCapture(new NpgsqlConnectionStringBuilder(ConnectionString).Database!);
    }

    public new async Task DisposeAsync()
    {
        Sql.Dispose();
        await Db.DisposeAsync();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BenchDataCollection : ICollectionFixture<BenchData>
{
    public const string Name = "bench data";
}

/// <summary>A command as EF Core sent it: its text and its parameters by name (without the <c>@</c>).</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>
/// Records the commands EF Core executes on one database while serving an HTTP request, from its diagnostic events
/// (which carry the command with its parameter values). Other test classes run in parallel on their own databases, so
/// the database name filters them out; the host's background work (outbox polling) runs outside any request, which
/// ASP.NET Core marks with an <see cref="Activity"/> once someone listens to its diagnostics — as this class does.
/// </summary>
public sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _all;
    private readonly List<IDisposable> _listeners = [];
    private readonly ConcurrentQueue<CapturedCommand> _commands = new();

    public SqlCapture(string database)
    {
        _database = database;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Forgets what was recorded so far.</summary>
    public void Clear() => _commands.Clear();

    public IReadOnlyList<CapturedCommand> Commands => [.. _commands];

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name is DbLoggerCategory.Name or "Microsoft.AspNetCore")
            lock (_listeners) _listeners.Add(listener.Subscribe(this));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key != RelationalEventId.CommandExecuted.Name || e.Value is not CommandExecutedEventData data) return;
        if (data.Command.Connection?.Database != _database || !InRequest()) return;
        _commands.Enqueue(new CapturedCommand(data.Command.CommandText,
            data.Command.Parameters.Cast<System.Data.Common.DbParameter>()
                .ToDictionary(p => p.ParameterName.TrimStart('@', ':'), p => p.Value is DBNull ? null : p.Value)));
    }

    private static bool InRequest()
    {
        for (var activity = Activity.Current; activity is not null; activity = activity.Parent)
            if (activity.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn") return true;
        return false;
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        _all.Dispose();
        lock (_listeners) foreach (var l in _listeners) l.Dispose();
    }
}
