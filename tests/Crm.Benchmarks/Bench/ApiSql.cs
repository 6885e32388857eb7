using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Crm.Benchmarks.Bench;

/// <summary>
/// The SQL the API issues for one request of a read scenario, as committed in <c>Sql/&lt;scenario&gt;.sql</c>: the
/// statements in order, with EF Core's parameter names (<c>@query_Id</c>). Written from the API itself by
/// <c>BenchmarkSqlTests</c> (<c>CRM_BLESS_BENCH_SQL=1</c>), which also fails when the API's SQL and the file differ.
/// </summary>
internal static partial class ApiSql
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Sql");

    public static string FileName(string scenario) => scenario + ".sql";

    /// <summary>The statements of a committed file: comment lines dropped, split on the terminating semicolons.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var body = string.Join('\n', text.Replace("\r", "").Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal)));
        return [.. body.Split(";\n", StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim().TrimEnd(';').Trim()).Where(s => s.Length > 0)];
    }

    public static IReadOnlyList<string> Load(string scenario, string? directory = null) =>
        Parse(File.ReadAllText(Path.Combine(directory ?? Directory, FileName(scenario))));

    /// <summary>The file's text: a header saying where it comes from, then each statement ended by a semicolon.</summary>
    public static string Format(string scenario, string description, IEnumerable<string> statements)
    {
        var text = new StringBuilder();
        text.Append("-- ").Append(scenario).Append(": ").Append(description).Append('\n');
        text.Append("-- The SQL the API issues for one request, captured from EF Core by BenchmarkSqlTests; do not edit by hand.\n");
        text.Append("-- Regenerate with: CRM_BLESS_BENCH_SQL=1 dotnet test tests/Crm.Customers.Tests --filter BenchmarkSqlTests\n");
        foreach (var statement in statements) text.Append('\n').Append(statement.Trim()).Append(";\n");
        return text.ToString();
    }

    public static IEnumerable<string> ParameterNames(string statement) =>
        Parameter().Matches(statement).Select(m => m.Groups[1].Value).Distinct();

    /// <summary>
    /// A pgbench script for one sample: each <c>@name</c> becomes the pgbench variable <c>:s{sample}_name</c> (set with
    /// <c>-D</c>), so in prepared mode every sample's script prepares to the same statement with <c>$n</c> parameters.
    /// A parameter the sample leaves out (an empty actor list) drops the statements that use it, as the API does.
    /// Each is cast to the type Npgsql gives the API's value (<see cref="TypeOf"/>): pgbench sends untyped text, which
    /// PostgreSQL types from the context — and a context such as <c>CASE … THEN @a ELSE @b END</c> would make it text.
    /// </summary>
    public static (string Script, IReadOnlyList<string> Defines) PgBenchScript(IReadOnlyList<string> statements, int sample,
        IReadOnlyDictionary<string, object?> values)
    {
        var script = new StringBuilder();
        var defines = new List<string>();
        foreach (var statement in statements)
        {
            var names = ParameterNames(statement).ToList();
            if (names.Any(n => !values.ContainsKey(n))) continue;
            script.Append(Parameter().Replace(statement, m => TypeOf(values[m.Groups[1].Value]) is { } type
                ? $"CAST(:s{sample}_{m.Groups[1].Value} AS {type})" : $":s{sample}_{m.Groups[1].Value}")).Append(";\n");
            defines.AddRange(names.Select(n => $"s{sample}_{n}={Literal(values[n])}"));
        }
        return (script.ToString(), defines.Distinct().ToList());
    }

    /// <summary>The PostgreSQL type Npgsql infers for a parameter value (null: leave it to the context).</summary>
    public static string? TypeOf(object? value) => value switch
    {
        Guid => "uuid",
        string => "text",
        int => "integer",
        long => "bigint",
        decimal => "numeric",
        bool => "boolean",
        DateOnly => "date",
        DateTimeOffset => "timestamp with time zone",
        Guid[] => "uuid[]",
        string[] => "text[]",
        _ => null,
    };

    /// <summary>A parameter value as PostgreSQL reads it from text (pgbench sends text parameters of unknown type).</summary>
    public static string Literal(object? value) => value switch
    {
        null => "",
        string s => s,
        Guid g => g.ToString(),
        DateTimeOffset t => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),   // ISO, whatever the server's DateStyle
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => "{" + string.Join(',', items.Cast<object?>().Select(i => "\"" + Literal(i).Replace("\"", "\\\"") + "\"")) + "}",
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex(@"(?<![@\w])@(\w+)")]
    private static partial Regex Parameter();
}
