using System.Net;
using System.Net.Http.Json;
using Crm.Benchmarks.Bench;
using Crm.TestKit;

namespace Crm.Customers.Tests.Features.Performance;

/// <summary>
/// The benchmark compares each read scenario through the API with the same SQL run by pgbench. These tests keep that
/// true: they send each scenario's sampled requests to the API, record the SQL EF Core issues, and compare it — the
/// statements and the parameter values — with the committed <c>tests/Crm.Benchmarks/Sql/&lt;scenario&gt;.sql</c> and the
/// values the harness gives pgbench. When a query changes on purpose, regenerate the files:
/// <c>CRM_BLESS_BENCH_SQL=1 dotnet test tests/Crm.Customers.Tests --filter BenchmarkSqlTests</c>, and review the diff.
/// </summary>
[Collection(BenchDataCollection.Name)]
public sealed class BenchmarkSqlTests(BenchData app)
{
    private static readonly bool Bless = Environment.GetEnvironmentVariable("CRM_BLESS_BENCH_SQL") == "1";

    public static TheoryData<string> ReadScenarios() => [.. Scenarios.All.Where(s => s.Kind == ScenarioKind.Read).Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(ReadScenarios))]
    public async Task Pgbench_runs_the_sql_the_api_issues(string name)
    {
        var scenario = Scenarios.Find(name)!;
        var samples = await scenario.SampleAsync(app.Db, 4, CancellationToken.None);
        Assert.NotEmpty(samples);
        var admin = await app.AdminAsync();
        var file = Path.Combine(RepoRoot(), "tests", "Crm.Benchmarks", "Sql", ApiSql.FileName(name));

        foreach (var sample in samples)
        {
            var commands = await CaptureAsync(admin, sample);
            var issued = commands.Select(c => c.Sql.Trim()).ToList();
            if (Bless && sample == samples[0]) await File.WriteAllTextAsync(file, ApiSql.Format(name, scenario.Description, issued));
            Assert.True(File.Exists(file), $"{file} is missing: run the tests with CRM_BLESS_BENCH_SQL=1 to write it.");

            // The statements pgbench runs for this sample: the file's, less those whose parameters the sample lacks.
            var expected = ApiSql.Parse(await File.ReadAllTextAsync(file))
                .Where(s => ApiSql.ParameterNames(s).All(sample.SqlParameters.ContainsKey)).ToList();
            Assert.True(expected.SequenceEqual(issued),
                $"The API's SQL for {name} ({sample.Path}) differs from {file}; if the change is intended, rerun with " +
                $"CRM_BLESS_BENCH_SQL=1.\nAPI issued:\n{string.Join(";\n\n", issued)}\n\nfile has:\n{string.Join(";\n\n", expected)}");

            // And the values pgbench binds are the ones the API bound.
            var bound = commands.SelectMany(c => c.Parameters).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
            foreach (var (parameter, value) in bound)
            {
                Assert.True(sample.SqlParameters.TryGetValue(parameter, out var given),
                    $"{name}: the API binds @{parameter} = {ApiSql.Literal(value)}, which the harness does not give pgbench");
                Assert.Equal(ApiSql.Literal(value), ApiSql.Literal(given));
            }
            Assert.Empty(sample.SqlParameters.Keys.Except(bound.Keys));
        }
    }

    [Fact]
    public async Task The_create_scenario_creates_contacts()
    {
        var scenario = Scenarios.Find("create-contact")!;
        await scenario.PrepareAsync(app.Db, CancellationToken.None);
        var admin = await app.AdminAsync();
        for (var n = 1; n <= 3; n++)
        {
            var request = scenario.Next(n);
            using var response = await admin.PostAsJsonAsync(request.Path, request.Body, BenchJson.Options);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    private async Task<IReadOnlyList<CapturedCommand>> CaptureAsync(HttpClient client, BenchRequest request)
    {
        app.Sql.Clear();
        using var response = await client.GetAsync(request.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return app.Sql.Commands;
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Crm.sln"))) return dir.FullName;
        throw new InvalidOperationException("Crm.sln not found above " + AppContext.BaseDirectory);
    }
}
