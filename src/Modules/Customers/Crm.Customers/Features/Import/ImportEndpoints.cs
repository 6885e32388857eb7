using Crm.Customers.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Customers.Features.Import;

internal static class ImportEndpoints
{
    public static void MapImportEndpoints(this RouteGroupBuilder customers)
    {
        // Bearer-token API: no cookie, so no cross-site form posting to guard against with antiforgery tokens.
        customers.MapPost("/contacts/import", async (IFormFile? file, [FromForm] string? mapping, [FromForm] bool? allowDuplicates,
                [FromForm] bool? dryRun, ISender sender, CancellationToken ct) =>
            {
                await using var csv = file?.OpenReadStream();
                return (await sender.Send(new ImportContacts(csv, mapping, allowDuplicates ?? false, dryRun ?? false), ct)).ToOk();
            })
            .WithTags("Contacts")
            .WithName(nameof(ImportContacts))
            .WithSummary("Import contacts from a CSV file (multipart: file, mapping?, allowDuplicates?, dryRun?). " +
                         "Each row is created like CreateContact or reported with its row number; a dry run writes nothing.")
            .RequirePermission(CustomersPermissions.Write)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(CsvImports.MaxFileBytes))
            .WithFormOptions(multipartBodyLengthLimit: CsvImports.MaxFileBytes)
            .Produces<CustomerImportReport>()
            .ProducesValidationProblem();

        customers.MapPost("/accounts/import", async (IFormFile? file, [FromForm] string? mapping, [FromForm] bool? allowDuplicates,
                [FromForm] bool? dryRun, ISender sender, CancellationToken ct) =>
            {
                await using var csv = file?.OpenReadStream();
                return (await sender.Send(new ImportAccounts(csv, mapping, allowDuplicates ?? false, dryRun ?? false), ct)).ToOk();
            })
            .WithTags("Accounts")
            .WithName(nameof(ImportAccounts))
            .WithSummary("Import accounts from a CSV file (multipart: file, mapping?, allowDuplicates?, dryRun?). " +
                         "Each row is created like CreateAccount or reported with its row number; a dry run writes nothing.")
            .RequirePermission(CustomersPermissions.Write)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(CsvImports.MaxFileBytes))
            .WithFormOptions(multipartBodyLengthLimit: CsvImports.MaxFileBytes)
            .Produces<CustomerImportReport>()
            .ProducesValidationProblem();
    }
}
