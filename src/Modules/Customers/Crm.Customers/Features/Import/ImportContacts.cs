using Crm.Customers.Domain;
using Crm.Customers.Features.Contacts;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Import;

/// <summary>
/// Creates a contact from each row of a CSV file (UTF-8, first row = column names), exactly as
/// <see cref="CreateContact"/> would. An <c>account</c> (company) column links each contact to the visible
/// account of that name. With <see cref="DryRun"/> every row is checked and nothing is written.
/// </summary>
public sealed record ImportContacts(Stream? File, string? Mapping = null, bool AllowDuplicates = false, bool DryRun = false)
    : ICommand<Result<CustomerImportReport>>;

internal static class ContactImportFields
{
    public static readonly ImportFields Fields = new("fullName",
        ("fullName", ["name", "full name", "contact", "contact name", "姓名", "名字"]),
        ("alternateName", ["alternate name", "alt name", "pinyin", "拼音", "别名"]),
        ("jobTitle", ["job title", "title", "position", "职位", "职务"]),
        ("email", ["e-mail", "mail", "email address", "邮箱", "电子邮件", "电子邮箱"]),
        ("phone", ["telephone", "tel", "phone number", "work phone", "电话", "座机"]),
        ("mobile", ["cell", "cellphone", "mobile phone", "手机"]),
        ("accountId", ["account id"]),
        ("account", ["account name", "company", "company name", "organisation", "organization", "公司", "单位"]),
        ("line1", ["address", "address line 1", "address1", "street", "地址"]),
        ("line2", ["address line 2", "address2"]),
        ("city", ["town", "城市"]),
        ("region", ["state", "province", "county", "省份", "省"]),
        ("postalCode", ["postcode", "zip", "zip code", "邮编"]),
        ("country", ["country code", "国家"]),
        ("source", ["lead source", "来源"]),
        ("notes", ["note", "comments", "comment", "备注"]),
        ("tags", ["tag", "labels", "标签"]),
        ("tier", ["customer tier", "等级"]),
        ("stage", ["lifecycle stage", "lifecycle"]),
        ("relationship", ["relationship status"]),
        ("ownerId", ["owner id"]),
        ("teamId", ["team id"]));
}

internal sealed class ImportContactsValidator : AbstractValidator<ImportContacts>
{
    public ImportContactsValidator()
    {
        RuleFor(c => c.File).NotNull().WithMessage("Attach the CSV file as the form field 'file'.");
        RuleFor(c => c.Mapping).Must(m => ImportMapping.TryParse(m, ContactImportFields.Fields, out _))
            .WithMessage(ImportMapping.Describe(ContactImportFields.Fields));
    }
}

internal sealed class ImportContactsHandler(CustomersDbContext db, ICurrentUser user, ISender sender)
    : ICommandHandler<ImportContacts, Result<CustomerImportReport>>
{
    /// <summary>Company names already looked up in this import; bounded so a file of distinct names cannot grow it without end.</summary>
    private const int MaxRememberedAccounts = 10_000;

    public async ValueTask<Result<CustomerImportReport>> Handle(ImportContacts cmd, CancellationToken ct)
    {
        var accounts = new Dictionary<string, Result<Guid>>(StringComparer.OrdinalIgnoreCase);
        return await db.ImportCsvAsync<ContactCreated>(sender, cmd.File!, ContactImportFields.Fields, cmd.Mapping, cmd.DryRun,
            async (row, token) =>
            {
                var accountId = row.Id("accountId");
                if (accountId is null && row["account"] is { } company)
                {
                    if (!accounts.TryGetValue(company, out var found))
                    {
                        found = await AccountNamedAsync(company, token);
                        if (accounts.Count < MaxRememberedAccounts) accounts[company] = found;
                    }
                    if (found.IsSuccess) accountId = found.Value;
                    else row.Fail("account", found.Error);
                }
                return new CreateContact(
                    FullName: row["fullName"] ?? "",
                    AlternateName: row["alternateName"],
                    JobTitle: row["jobTitle"],
                    Email: row["email"],
                    Phone: row["phone"],
                    Mobile: row["mobile"],
                    AccountId: accountId,
                    Address: row.Address(),
                    Source: row["source"],
                    Notes: row["notes"],
                    Tags: row.List("tags"),
                    Tier: row.Choice<CustomerTier>("tier"),
                    Stage: row.Choice<LifecycleStage>("stage"),
                    Relationship: row.Choice<RelationshipStatus>("relationship"),
                    OwnerId: row.Id("ownerId"),
                    TeamId: row.Id("teamId"),
                    AllowDuplicate: cmd.AllowDuplicates);
            }, ct);
    }

    /// <summary>The one live account the caller can see by that name: exactly as written (indexed), else ignoring case.</summary>
    private async Task<Result<Guid>> AccountNamedAsync(string name, CancellationToken ct)
    {
        var visible = db.Accounts.AsNoTracking().VisibleTo(user);
        var ids = await visible.Where(a => a.Name == name).Select(a => a.Id).Take(2).ToListAsync(ct);
        if (ids.Count == 0)
        {
            var lowered = name.ToLowerInvariant();
            ids = await visible.Where(a => a.Name.ToLower() == lowered).Select(a => a.Id).Take(2).ToListAsync(ct);
        }
        return ids.Count switch
        {
            0 => CustomersErrors.AccountNameNotFound(name),
            1 => ids[0],
            _ => CustomersErrors.AccountNameAmbiguous(name),
        };
    }
}
