using System.Text.Json;
using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using CsvHelper;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Import;

/// <summary>
/// What an import did. <see cref="Errors"/> lists at most 1000 problems (one per field, or one per row), while
/// <see cref="Failed"/> counts every row that was not imported. A dry run reports what a real run would.
/// </summary>
public sealed record CustomerImportReport(int TotalRows, int Imported, int Failed, bool DryRun, IReadOnlyList<CustomerImportRowError> Errors);

/// <summary>
/// Why a row was not imported. <see cref="Row"/> is the row as a spreadsheet numbers it (the header is row 1);
/// <see cref="Field"/> is the import field at fault, when one is.
/// </summary>
public sealed record CustomerImportRowError(int Row, string? Field, string Code, string Message);

/// <summary>The fields an import fills, each with the column names that map to it by default.</summary>
internal sealed class ImportFields
{
    private readonly Dictionary<string, string> _byKey = [];

    public ImportFields(string required, params (string Field, string[] Aliases)[] fields)
    {
        Required = required;
        Names = [.. fields.Select(f => f.Field)];
        foreach (var (field, aliases) in fields)
            foreach (var alias in aliases.Prepend(field))
                _byKey.TryAdd(Key(alias), field);
    }

    /// <summary>The field every row needs (a contact's name, an account's name).</summary>
    public string Required { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The field a column heading names: its own name or a common alias, ignoring case, spaces and punctuation.</summary>
    public string? Match(string header) => _byKey.GetValueOrDefault(Key(header));

    /// <summary>The field as it is spelt here, for a name given in a mapping (any case).</summary>
    public string? Named(string name) => Names.FirstOrDefault(n => n.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>"E-mail", "e_mail" and "Email " all become "email"; Chinese headings stay as they are.</summary>
    public static string Key(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}

/// <summary>The optional <c>mapping</c> form field: a JSON object from CSV column name to field name (null skips the column).</summary>
internal static class ImportMapping
{
    public static bool TryParse(string? json, ImportFields fields, out Dictionary<string, string?> mapping)
    {
        mapping = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(json)) return true;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return false;
            foreach (var column in document.RootElement.EnumerateObject())
            {
                if (column.Value.ValueKind == JsonValueKind.Null) { mapping[column.Name.Trim()] = null; continue; }
                if (column.Value.ValueKind != JsonValueKind.String || fields.Named(column.Value.GetString()!) is not { } field) return false;
                mapping[column.Name.Trim()] = field;
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static string Describe(ImportFields fields) =>
        "Give a JSON object from CSV column names to field names (or null to skip a column). Fields: " + string.Join(", ", fields.Names) + ".";
}

/// <summary>One data row of the file: its values by field, and what could not be read from them.</summary>
internal sealed class ImportRow(int number, IReadOnlyDictionary<string, string?> values)
{
    private readonly List<CustomerImportRowError> _problems = [];

    public int Number { get; } = number;
    public IReadOnlyList<CustomerImportRowError> Problems => _problems;

    /// <summary>The trimmed value of a field; null when the file has no such column or the cell is empty.</summary>
    public string? this[string field] => values.GetValueOrDefault(field);

    public void Fail(string field, Error error) => _problems.Add(new CustomerImportRowError(Number, field, error.Code, error.Message));

    private void Invalid(string field, string message) => _problems.Add(new CustomerImportRowError(Number, field, "validation.failed", message));

    public Guid? Id(string field)
    {
        if (this[field] is not { } text) return null;
        if (Guid.TryParse(text, out var id)) return id;
        Invalid(field, "Not an id (a GUID such as 0190f3a2-7b4c-7def-8123-456789abcdef).");
        return null;
    }

    /// <summary>An enum value by name, ignoring case, spaces and punctuation ("long standing" is LongStanding).</summary>
    public TEnum? Choice<TEnum>(string field) where TEnum : struct, Enum
    {
        if (this[field] is not { } text) return null;
        var key = ImportFields.Key(text);
        foreach (var value in Enum.GetValues<TEnum>())
            if (ImportFields.Key(value.ToString()) == key) return value;
        Invalid(field, $"Use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return null;
    }

    /// <summary>A list in one cell, separated by semicolons, commas or bars.</summary>
    public IReadOnlyList<string>? List(string field) =>
        this[field]?.Split([';', ',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public Address? Address()
    {
        string?[] parts = [this["line1"], this["line2"], this["city"], this["region"], this["postalCode"], this["country"]?.ToUpperInvariant()];
        return parts.All(p => p is null) ? null : new Address(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
    }
}

/// <summary>
/// Reads a CSV upload row by row and sends each row as the module's own create command, so it gets the same
/// validation and duplicate detection as a form. Each row runs inside a savepoint of the import's transaction:
/// it lands whole or is rolled back and reported. A dry run rolls everything back at the end.
/// </summary>
internal static class CsvImports
{
    public const long MaxFileBytes = 50 * 1024 * 1024;
    public const int MaxListedErrors = 1000;
    /// <summary>An unclosed quote would otherwise read the rest of the file as one value.</summary>
    private const int MaxRowBytes = 1024 * 1024;
    private const string StartSavepoint = "import_start";
    private const string RowSavepoint = "import_row";

    public static async Task<Result<CustomerImportReport>> ImportCsvAsync<TCreated>(
        this CustomersDbContext db, ISender sender, Stream file, ImportFields fields, string? mappingJson, bool dryRun,
        Func<ImportRow, CancellationToken, Task<ICommand<Result<TCreated>>?>> commandFor, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("An import runs inside the unit of work's transaction.");
        ImportMapping.TryParse(mappingJson, fields, out var mapping);

        var malformed = new HashSet<long>();
        var options = CsvReaderOptions.Default with
        {
            // Kept, so row numbers match a spreadsheet's; blank rows are passed over below.
            SkipEmptyLines = false,
            TrimWhitespace = true,
            MaxRecordSize = MaxRowBytes,
            OnMalformedRecord = bad => malformed.Add(bad.RecordNumber),
        };
        await using var csv = CsvReader.Create(file, options, leaveOpen: true);
        try
        {
            await csv.ReadHeaderAsync(ct);
            var columns = MapColumns(csv.Headers, fields, mapping);
            if (!columns.IsSuccess) return columns.Error;

            if (dryRun) await transaction.CreateSavepointAsync(StartSavepoint, ct);
            var errors = new List<CustomerImportRowError>();
            int total = 0, imported = 0;
            while (await csv.ReadAsync(ct))
            {
                if (IsBlank(csv)) continue;
                total++;
                // The header is row 1 and RecordNumber counts it, as a spreadsheet does.
                var number = (int)csv.RowNumber + 1;
                var rowErrors = malformed.Remove(number)
                    ? [new CustomerImportRowError(number, null, "customers.import_malformed_row",
                        "The row breaks the CSV quoting rules (a stray or unclosed quote); fix it and import it again.")]
                    : await ImportRowAsync(db, sender, transaction, ReadRow(csv, number, columns.Value), commandFor, ct);
                if (rowErrors.Count == 0) imported++;
                else errors.AddRange(rowErrors.Take(MaxListedErrors - errors.Count));
            }
            if (dryRun) await transaction.RollbackToSavepointAsync(StartSavepoint, ct);
            return new CustomerImportReport(total, imported, total - imported, dryRun, errors);
        }
        catch (CsvFormatException e)
        {
            return Error.Validation("file", $"The file is not CSV this import can read: {e.Message}");
        }
    }

    private static async Task<IReadOnlyList<CustomerImportRowError>> ImportRowAsync<TCreated>(CustomersDbContext db, ISender sender,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, ImportRow row,
        Func<ImportRow, CancellationToken, Task<ICommand<Result<TCreated>>?>> commandFor, CancellationToken ct)
    {
        var command = await commandFor(row, ct);
        if (command is null || row.Problems.Count > 0) return row.Problems;

        await transaction.CreateSavepointAsync(RowSavepoint, ct);
        try
        {
            var result = await sender.Send(command, ct);
            if (result.IsSuccess)
            {
                await transaction.ReleaseSavepointAsync(RowSavepoint, ct);
                return [];
            }
            await transaction.RollbackToSavepointAsync(RowSavepoint, ct);
            return RowErrors(row.Number, result.Error);
        }
        catch (DbUpdateException)
        {
            // A constraint the validators do not know about: this row is rejected, the others go on.
            await transaction.RollbackToSavepointAsync(RowSavepoint, ct);
            return [new CustomerImportRowError(row.Number, null, "customers.import_row_rejected", "The database rejected the row.")];
        }
        finally
        {
            // Rows are independent: forgetting each one keeps memory flat however long the file is.
            db.ChangeTracker.Clear();
        }
    }

    private static Result<(int Index, string Field)[]> MapColumns(IReadOnlyList<string> headers, ImportFields fields, Dictionary<string, string?> mapping)
    {
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
            return Error.Validation("file", "The file is empty: its first row must name the columns.");

        var columns = new List<(int Index, string Field)>();
        var taken = new Dictionary<string, string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            var field = mapping.TryGetValue(header, out var mapped) ? mapped : fields.Match(header);
            if (field is null) continue;
            if (taken.TryGetValue(field, out var other))
                return Error.Validation("mapping", $"The columns '{other}' and '{header}' both map to {field}; map one of them to null.");
            taken[field] = header;
            columns.Add((i, field));
        }
        var absent = mapping.Keys.FirstOrDefault(k => !headers.Any(h => h.Trim().Equals(k, StringComparison.OrdinalIgnoreCase)));
        if (absent is not null) return Error.Validation("mapping", $"The file has no column '{absent}'.");
        if (!taken.ContainsKey(fields.Required))
            return Error.Validation("file", $"No column maps to {fields.Required}. Name a column '{fields.Required}', or map one to it with mapping.");
        return columns.ToArray();
    }

    private static ImportRow ReadRow(CsvReader csv, int number, (int Index, string Field)[] columns)
    {
        var values = new Dictionary<string, string?>();
        foreach (var (index, field) in columns)
            values[field] = csv.IsEmpty(index) ? null : csv.GetString(index).Trim() is { Length: > 0 } text ? text : null;
        var row = new ImportRow(number, values);
        // The reader replaces bytes that are not UTF-8 with U+FFFD; saving those would store garbage.
        foreach (var (field, value) in values)
            if (value?.Contains('\uFFFD', StringComparison.Ordinal) == true)
                row.Fail(field, Error.Validation(field, "The value is not UTF-8 text. Save the file as \"CSV UTF-8\" and import it again."));
        return row;
    }

    private static bool IsBlank(CsvReader csv)
    {
        for (var i = 0; i < csv.FieldCount; i++)
            if (!csv.IsEmpty(i) && csv.GetString(i).Trim().Length > 0) return false;
        return true;
    }

    /// <summary>One line per field message of a validation failure (named as the import field), else one for the row.</summary>
    private static IReadOnlyList<CustomerImportRowError> RowErrors(int row, Error error) =>
        error.FieldErrors is { Count: > 0 } fields
            ? [.. fields.SelectMany(f => f.Value.Select(message => new CustomerImportRowError(row, ImportField(f.Key), error.Code, message)))]
            : [new CustomerImportRowError(row, null, error.Code, error.Message)];

    // "address.postalCode" → "postalCode", "tags[2]" → "tags": the names the file's columns map to.
    private static string ImportField(string path)
    {
        var name = path.StartsWith("address.", StringComparison.Ordinal) ? path["address.".Length..] : path;
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? name : name[..bracket];
    }
}
