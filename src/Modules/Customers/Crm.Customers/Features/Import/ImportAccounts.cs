using Crm.Customers.Domain;
using Crm.Customers.Features.Accounts;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Import;

/// <summary>
/// Creates an account from each row of a CSV file (UTF-8, first row = column names), exactly as
/// <see cref="CreateAccount"/> would. With <see cref="DryRun"/> every row is checked and nothing is written.
/// </summary>
public sealed record ImportAccounts(Stream? File, string? Mapping = null, bool AllowDuplicates = false, bool DryRun = false)
    : ICommand<Result<CustomerImportReport>>;

internal static class AccountImportFields
{
    public static readonly ImportFields Fields = new("name",
        ("name", ["account", "account name", "company", "company name", "organisation", "organization", "公司", "公司名称", "名称"]),
        ("alternateName", ["alternate name", "alt name", "english name", "chinese name", "别名"]),
        ("industry", ["sector", "行业"]),
        ("website", ["web", "url", "homepage", "web site", "网站", "网址"]),
        ("email", ["e-mail", "mail", "email address", "邮箱", "电子邮件"]),
        ("phone", ["telephone", "tel", "phone number", "电话"]),
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

internal sealed class ImportAccountsValidator : AbstractValidator<ImportAccounts>
{
    public ImportAccountsValidator()
    {
        RuleFor(c => c.File).NotNull().WithMessage("Attach the CSV file as the form field 'file'.");
        RuleFor(c => c.Mapping).Must(m => ImportMapping.TryParse(m, AccountImportFields.Fields, out _))
            .WithMessage(ImportMapping.Describe(AccountImportFields.Fields));
    }
}

internal sealed class ImportAccountsHandler(CustomersDbContext db, ISender sender) : ICommandHandler<ImportAccounts, Result<CustomerImportReport>>
{
    public async ValueTask<Result<CustomerImportReport>> Handle(ImportAccounts cmd, CancellationToken ct) =>
        await db.ImportCsvAsync<AccountCreated>(sender, cmd.File!, AccountImportFields.Fields, cmd.Mapping, cmd.DryRun,
            (row, _) => Task.FromResult<ICommand<Result<AccountCreated>>?>(new CreateAccount(
                Name: row["name"] ?? "",
                AlternateName: row["alternateName"],
                Industry: row["industry"],
                Website: row["website"],
                Email: row["email"],
                Phone: row["phone"],
                Address: row.Address(),
                Source: row["source"],
                Notes: row["notes"],
                Tags: row.List("tags"),
                Tier: row.Choice<CustomerTier>("tier"),
                Stage: row.Choice<LifecycleStage>("stage"),
                Relationship: row.Choice<RelationshipStatus>("relationship"),
                OwnerId: row.Id("ownerId"),
                TeamId: row.Id("teamId"),
                AllowDuplicate: cmd.AllowDuplicates)), ct);
}
