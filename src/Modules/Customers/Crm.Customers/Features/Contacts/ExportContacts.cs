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

namespace Crm.Customers.Features.Contacts;

/// <summary>The contact list as a CSV file: the same filters and sort, every matching row (no paging, no look-alikes).</summary>
public sealed record ExportContacts(
    string? Q = null,
    CustomerTier? Tier = null,
    LifecycleStage? Stage = null,
    RelationshipStatus? Relationship = null,
    Guid? OwnerId = null,
    Guid? TeamId = null,
    string? Tag = null,
    Guid? AccountId = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    bool Deleted = false,
    string? Sort = null,
    string? Dir = null) : IQuery<Result<ContactsExport>>, IContactListQuery;

/// <summary>The file to send: its name and its rows, read from the database as they are written out.</summary>
public sealed record ContactsExport(string FileName, IAsyncEnumerable<ContactExportRow> Rows);

/// <summary>One CSV row; the property names are the header.</summary>
[CsvRecord]
public sealed partial record ContactExportRow(
    Guid Id,
    string FullName,
    string? AlternateName,
    string? JobTitle,
    string? Email,
    string? Phone,
    string? Mobile,
    string? Account,
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

internal sealed class ExportContactsValidator : AbstractValidator<ExportContacts>
{
    public ExportContactsValidator() => Include(new RecordListQueryValidator());
}

internal sealed class ExportContactsHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users, TimeProvider clock)
    : IQueryHandler<ExportContacts, Result<ContactsExport>>
{
    public async ValueTask<Result<ContactsExport>> Handle(ExportContacts q, CancellationToken ct)
    {
        var contacts = ContactFilter.Apply(db, user, q);
        var owners = await contacts.OwnerNamesAsync(users, ct);
        var rows = contacts
            .SortBy(c => c.FullName, RecordSort.Of(q), RecordSort.Descending(q), after: null)
            .Select(c => new
            {
                c.Id, c.FullName, c.AlternateName, c.JobTitle, c.Email, c.Phone, c.Mobile,
                Account = db.Accounts.IgnoreQueryFilters().Where(a => a.Id == c.AccountId).Select(a => a.Name).FirstOrDefault(),
                c.Address, c.Tier, c.Stage, c.Relationship, c.Tags, c.Source, c.OwnerId, c.CreatedAt, c.UpdatedAt,
            })
            .AsAsyncEnumerable()
            .Select(c => new ContactExportRow(
                c.Id, c.FullName, c.AlternateName, c.JobTitle, c.Email, c.Phone, c.Mobile, c.Account,
                c.Address.Line1, c.Address.Line2, c.Address.City, c.Address.Region, c.Address.PostalCode, c.Address.Country,
                c.Tier, c.Stage, c.Relationship, string.Join("; ", c.Tags), c.Source, owners.GetValueOrDefault(c.OwnerId),
                c.CreatedAt, c.UpdatedAt));
        return new ContactsExport(RecordExport.FileName("contacts", clock.GetUtcNow()), rows);
    }
}
