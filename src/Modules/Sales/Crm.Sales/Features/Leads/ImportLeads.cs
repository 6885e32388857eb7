using System.Globalization;
using Crm.SharedKernel.Results;
using CsvHelper;
using Crm.Sales.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Sales.Features.Leads;

/// <summary>
/// Captures a lead from each row of a CSV file (UTF-8, first row = column names), exactly as <see cref="CreateLead"/>
/// would, owned by the importer. Columns are recognised by name (fullName/name/姓名, company/公司, jobTitle/title,
/// email, phone/mobile, source, score, notes); others are ignored. Rows that fail are reported with their row number
/// and the others imported; with <see cref="DryRun"/> every row is checked and nothing is written.
/// </summary>
public sealed record ImportLeads(Stream? File, bool DryRun = false) : ICommand<Result<LeadImportReport>>;

public sealed record LeadImportReport(int TotalRows, int Imported, int Failed, bool DryRun, IReadOnlyList<LeadImportRowError> Errors);

/// <summary>Why a row was not imported; <see cref="Row"/> counts as a spreadsheet does (the header is row 1).</summary>
public sealed record LeadImportRowError(int Row, string? Field, string Code, string Message);

internal sealed class ImportLeadsValidator : AbstractValidator<ImportLeads>
{
    public ImportLeadsValidator() => RuleFor(c => c.File).NotNull().WithMessage("Attach the CSV file as the form field 'file'.");
}

internal sealed class ImportLeadsHandler(SalesDbContext db, ISender sender) : ICommandHandler<ImportLeads, Result<LeadImportReport>>
{
    public const int MaxRows = 10_000;
    private const int MaxListedErrors = 500;
    private const string RowSavepoint = "lead_import_row";
    private const string StartSavepoint = "lead_import_start";

    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fullname"] = "fullName", ["name"] = "fullName", ["leadname"] = "fullName", ["contact"] = "fullName", ["姓名"] = "fullName", ["名字"] = "fullName",
        ["company"] = "company", ["companyname"] = "company", ["organisation"] = "company", ["organization"] = "company", ["公司"] = "company",
        ["jobtitle"] = "jobTitle", ["title"] = "jobTitle", ["position"] = "jobTitle", ["职位"] = "jobTitle",
        ["email"] = "email", ["emailaddress"] = "email", ["mail"] = "email", ["邮箱"] = "email",
        ["phone"] = "phone", ["telephone"] = "phone", ["mobile"] = "phone", ["电话"] = "phone", ["手机"] = "phone",
        ["source"] = "source", ["leadsource"] = "source", ["来源"] = "source",
        ["score"] = "score", ["leadscore"] = "score",
        ["notes"] = "notes", ["note"] = "notes", ["comments"] = "notes", ["备注"] = "notes",
    };

    public async ValueTask<Result<LeadImportReport>> Handle(ImportLeads cmd, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("An import runs inside the unit of work's transaction.");
        var options = CsvReaderOptions.Default with { SkipEmptyLines = true, TrimWhitespace = true };
        await using var csv = CsvReader.Create(cmd.File!, options, leaveOpen: true);
        try
        {
            await csv.ReadHeaderAsync(ct);
            var fields = csv.Headers.Select(h => Columns.GetValueOrDefault(new string([.. h.Where(char.IsLetterOrDigit)]))).ToArray();
            if (fields.Length == 0) return Error.Validation("file", "The file is empty: its first row must name the columns.");
            if (!fields.Contains("fullName")) return Error.Validation("file", "No name column: call one column fullName (or name, 姓名).");

            // A dry run does everything, then rolls back to here.
            if (cmd.DryRun) await transaction.CreateSavepointAsync(StartSavepoint, ct);
            var errors = new List<LeadImportRowError>();
            var (total, imported) = (0, 0);
            while (await csv.ReadAsync(ct))
            {
                if (++total > MaxRows) return Error.Validation("file", $"Import at most {MaxRows} rows at a time.");
                var row = (int)csv.RowNumber + 1;
                var values = new Dictionary<string, string?>();
                for (var i = 0; i < fields.Length && i < csv.FieldCount; i++)
                    if (fields[i] is { } field && !csv.IsEmpty(i) && csv.GetString(i).Trim() is { Length: > 0 } value) values.TryAdd(field, value);

                var rowErrors = await ImportRowAsync(transaction, row, values, ct);
                if (rowErrors.Count == 0) imported++;
                else errors.AddRange(rowErrors.Take(MaxListedErrors - errors.Count));
            }
            if (cmd.DryRun) await transaction.RollbackToSavepointAsync(StartSavepoint, ct);
            return new LeadImportReport(total, imported, total - imported, cmd.DryRun, errors);
        }
        catch (CsvFormatException e)
        {
            return Error.Validation("file", $"The file is not CSV this import can read: {e.Message}");
        }
    }

    /// <summary>One row through <see cref="CreateLead"/> (validation, ownership), under a savepoint so a rejected row leaves no trace.</summary>
    private async Task<IReadOnlyList<LeadImportRowError>> ImportRowAsync(IDbContextTransaction transaction, int row, Dictionary<string, string?> values,
        CancellationToken ct)
    {
        int? score = null;
        if (values.GetValueOrDefault("score") is { } text)
        {
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                return [new LeadImportRowError(row, "score", "validation.failed", "The score is a whole number from 0 to 100.")];
            score = parsed;
        }
        var lead = new CreateLead(values.GetValueOrDefault("fullName") ?? "", values.GetValueOrDefault("company"), values.GetValueOrDefault("jobTitle"),
            values.GetValueOrDefault("email"), values.GetValueOrDefault("phone"), values.GetValueOrDefault("source") ?? "Import", score,
            values.GetValueOrDefault("notes"));

        await transaction.CreateSavepointAsync(RowSavepoint, ct);
        try
        {
            var created = await sender.Send(lead, ct);
            if (created.IsSuccess)
            {
                await transaction.ReleaseSavepointAsync(RowSavepoint, ct);
                return [];
            }
            await transaction.RollbackToSavepointAsync(RowSavepoint, ct);
            return created.Error.FieldErrors is { Count: > 0 } byField
                ? [.. byField.SelectMany(f => f.Value.Select(m => new LeadImportRowError(row, f.Key, created.Error.Code, m)))]
                : [new LeadImportRowError(row, null, created.Error.Code, created.Error.Message)];
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackToSavepointAsync(RowSavepoint, ct);
            return [new LeadImportRowError(row, null, "sales.import_row_rejected", "The database rejected the row.")];
        }
        finally
        {
            // Rows are independent: forgetting each keeps memory flat however long the file is.
            db.ChangeTracker.Clear();
        }
    }
}
