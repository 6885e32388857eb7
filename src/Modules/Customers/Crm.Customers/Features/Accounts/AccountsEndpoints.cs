using Crm.Customers.Contracts;
using Crm.Customers.Features.Shared;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Customers.Features.Accounts;

internal static class AccountsEndpoints
{
    public static void MapAccountsEndpoints(this RouteGroupBuilder customers)
    {
        var accounts = customers.MapGroup("/accounts").WithTags("Accounts");

        accounts.MapPost("/", async (CreateAccount cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/customers/accounts/{r.Id}"))
            .WithName(nameof(CreateAccount))
            .WithSummary("Create an account. Likely duplicates answer 409 with the candidates unless allowDuplicate is set.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<AccountCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        accounts.MapGet("/", async ([AsParameters] SearchAccounts query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(SearchAccounts))
            .WithSummary("Search and filter accounts, keyset-paged; by name unless sort is given, newest first when searching. Look-alikes of the search text (typos) follow exact matches, flagged fuzzy.")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<Page<AccountSummary>>()
            .ProducesValidationProblem();

        accounts.MapGet("/export", async ([AsParameters] ExportAccounts query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToCsv(e => e.FileName, e => e.Rows))
            .WithName(nameof(ExportAccounts))
            .WithSummary("Download the accounts that match the list's filters as CSV (UTF-8 with BOM, for Excel).")
            .RequirePermission(CustomersPermissions.Read)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

        accounts.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetAccount(id), ct)).ToOk(a => a.Version, http))
            .WithName(nameof(GetAccount))
            .WithSummary("An account with its classification, owner, contact count and version (also sent as ETag).")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<AccountDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        accounts.MapPut("/{id:guid}", async (Guid id, UpdateAccount cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(a => a.Version, http))
            .WithName(nameof(UpdateAccount))
            .WithSummary("Replace an account's editable fields. Send the version read (body or If-Match); a stale one is 409 with the current account; likely duplicates are 409 unless allowDuplicate.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<AccountDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        accounts.MapDelete("/{id:guid}", async (Guid id, uint? version, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new DeleteAccount(id, version ?? ETag.FromIfMatch(http.Request) ?? 0), ct)).ToNoContent())
            .WithName(nameof(DeleteAccount))
            .WithSummary("Move an account to the trash. Send the version read (?version= or If-Match); a stale one is 409.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        accounts.MapPost("/{id:guid}/restore", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new RestoreAccount(id), ct)).ToOk(a => a.Version, http))
            .WithName(nameof(RestoreAccount))
            .WithSummary("Take an account out of the trash (list the trash with deleted=true).")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<AccountDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        accounts.MapPost("/{id:guid}/classification", async (Guid id, ClassifyAccount cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id }, ct)).ToOk(a => a.Version, http))
            .WithName(nameof(ClassifyAccount))
            .WithSummary("Change an account's tier, lifecycle stage and/or relationship status, with a reason; each change is kept in its history.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<AccountDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        accounts.MapGet("/{id:guid}/classification-history",
                async (Guid id, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                    (await sender.Send(new GetAccountClassificationHistory(id, cursor, limit ?? Cursor.DefaultLimit), ct)).ToOk())
            .WithName(nameof(GetAccountClassificationHistory))
            .WithSummary("How an account's tier, stage and relationship changed, newest first.")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<Page<ClassificationHistoryEntry>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        accounts.MapPost("/{id:guid}/assign", async (Guid id, AssignAccount cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id }, ct)).ToOk(a => a.Version, http))
            .WithName(nameof(AssignAccount))
            .WithSummary("Give an account to another owner and team; its own interactions and tasks follow it.")
            .RequirePermission(CustomersPermissions.Manage)
            .Produces<AccountDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        accounts.MapPost("/{id:guid}/merge", async (Guid id, MergeAccounts cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id }, ct)).ToOk(a => a.Version, http))
            .WithName(nameof(MergeAccounts))
            .WithSummary("Merge a duplicate into this account, choosing field by field; its contacts, activities and history move here.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<AccountDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        accounts.MapGet("/{id:guid}/history", async (Guid id, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetAccountHistory(id, cursor, limit ?? Cursor.DefaultLimit), ct)).ToOk())
            .WithName(nameof(GetAccountHistory))
            .WithSummary("Who changed what on an account and when (the audit trail), newest first.")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<Page<AuditRecord>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
