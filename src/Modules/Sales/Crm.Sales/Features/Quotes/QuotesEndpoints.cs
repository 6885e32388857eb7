using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.Quotes;

internal static class QuotesEndpoints
{
    public static void MapQuotesEndpoints(this RouteGroupBuilder sales)
    {
        var quotes = sales.MapGroup("/quotes").WithTags("Quotes");

        quotes.MapPost("/", async (CreateQuote cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/sales/quotes/{r.Id}"))
            .WithName(nameof(CreateQuote))
            .WithSummary("Draft a quote for an open opportunity, priced from a price list (default unless named); totals are computed here.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<QuoteDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        quotes.MapGet("/", async ([AsParameters] SearchQuotes query, ISender sender, CancellationToken ct) => (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(SearchQuotes))
            .WithSummary("The caller's quotes, newest first, keyset-paged; by opportunity, status or owner.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<Page<QuoteSummary>>()
            .ProducesValidationProblem();

        quotes.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetQuote(id), ct)).ToOk(q => q.Version, http))
            .WithName(nameof(GetQuote))
            .WithSummary("A quote revision with its lines and totals.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<QuoteDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        quotes.MapGet("/{id:guid}/print", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new PrintQuote(id), ct);
                return result.IsSuccess ? Results.Content(result.Value.Html, "text/html; charset=utf-8") : result.Error.ToProblem();
            })
            .WithName(nameof(PrintQuote))
            .WithSummary("The quote as a printable HTML page.")
            .RequirePermission(SalesPermissions.Read)
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound);

        quotes.MapPut("/{id:guid}", async (Guid id, UpdateQuote cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(q => q.Version, http))
            .WithName(nameof(UpdateQuote))
            .WithSummary("Replace a draft quote's lines, validity and notes. A stale version is 409; a sent quote is 422 (revise it).")
            .RequirePermission(SalesPermissions.Write)
            .Produces<QuoteDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        MapTransition<SendQuote>(quotes, "send", "Send a draft quote to the customer.", (c, id, v) => c with { Id = id, Version = v ?? c.Version });
        MapTransition<AcceptQuote>(quotes, "accept", "Record the customer's acceptance of a sent, unexpired quote.", (c, id, v) => c with { Id = id, Version = v ?? c.Version });
        MapTransition<RejectQuote>(quotes, "reject", "Record the customer's rejection of a sent quote.", (c, id, v) => c with { Id = id, Version = v ?? c.Version });

        quotes.MapPost("/{id:guid}/revise", async (Guid id, ReviseQuote cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct))
                    .ToCreated(r => $"/api/v1/sales/quotes/{r.Id}"))
            .WithName(nameof(ReviseQuote))
            .WithSummary("Start a new draft revision (same number, revision + 1) from the latest revision.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<QuoteDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapTransition<T>(RouteGroupBuilder quotes, string action, string summary, Func<T, Guid, uint?, T> bind)
        where T : Mediator.ICommand<Crm.SharedKernel.Results.Result<QuoteDetails>> =>
        quotes.MapPost($"/{{id:guid}}/{action}", async (Guid id, T cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(bind(cmd, id, ETag.FromIfMatch(http.Request)), ct)).ToOk(q => q.Version, http))
            .WithName(typeof(T).Name)
            .WithSummary(summary)
            .RequirePermission(SalesPermissions.Write)
            .Produces<QuoteDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
