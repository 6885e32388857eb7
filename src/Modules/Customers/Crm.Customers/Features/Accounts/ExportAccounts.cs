using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using CsvHelper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Accounts;

/// <summary>The account list as a CSV file: the same filters and sort, every matching row (no paging, no look-alikes).</summary>
public sealed record ExportAccounts(
    string? Q = null,
    CustomerTier? Tier = null,
    LifecycleStage? Stage = null,
    RelationshipStatus? Relationship = null,
    Guid? OwnerId = null,
    Guid? TeamId = null,
    string? Tag = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    bool Deleted = false,
    string? Sort = null,
    string? Dir = null) : IQuery<Result<AccountsExport>>, IRecordListQuery;

/// <summary>The file to send: its name and its rows, read from the database as they are written out.</summary>
public sealed record AccountsExport(string FileName, IAsyncEnumerable<AccountExportRow> Rows);

/// <summary>One CSV row; the property names are the header.</summary>
[CsvRecord]
public sealed partial record AccountExportRow(
    Guid Id,
    string Name,
    string? AlternateName,
    string? Industry,
    string? Website,
    string? Email,
    string? Phone,
    string? AddressLine1,
    string? AddressLine2,
    string? City,
    string? Region,
    string? PostalCode,
    string? Country,
    CustomerTier Tier,
    LifecycleStage Stage,
    RelationshipStatus Relationship,
    string Tags,
    string? Source,
    string? Owner,
    [property: CsvFormat("yyyy-MM-dd HH:mm:ss")] DateTimeOffset CreatedAtUtc,
    [property: CsvFormat("yyyy-MM-dd HH:mm:ss")] DateTimeOffset UpdatedAtUtc);

internal sealed class ExportAccountsValidator : AbstractValidator<ExportAccounts>
{
    public ExportAccountsValidator() => Include(new RecordListQueryValidator());
}

internal sealed class ExportAccountsHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users, TimeProvider clock)
    : IQueryHandler<ExportAccounts, Result<AccountsExport>>
{
    public async ValueTask<Result<AccountsExport>> Handle(ExportAccounts q, CancellationToken ct)
    {
        var accounts = AccountFilter.Apply(db, user, q);
        var owners = await accounts.OwnerNamesAsync(users, ct);
        var rows = accounts
            .SortBy(a => a.Name, RecordSort.Of(q), RecordSort.Descending(q), after: null)
            .Select(a => new
            {
                a.Id, a.Name, a.AlternateName, a.Industry, a.Website, a.Email, a.Phone, a.Address,
                a.Tier, a.Stage, a.Relationship, a.Tags, a.Source, a.OwnerId, a.CreatedAt, a.UpdatedAt,
            })
            .AsAsyncEnumerable()
            .Select(a => new AccountExportRow(
                a.Id, a.Name, a.AlternateName, a.Industry, a.Website, a.Email, a.Phone,
                a.Address.Line1, a.Address.Line2, a.Address.City, a.Address.Region, a.Address.PostalCode, a.Address.Country,
                a.Tier, a.Stage, a.Relationship, string.Join("; ", a.Tags), a.Source, owners.GetValueOrDefault(a.OwnerId),
                a.CreatedAt, a.UpdatedAt));
        return new AccountsExport(RecordExport.FileName("accounts", clock.GetUtcNow()), rows);
    }
}
