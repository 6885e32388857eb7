using System.Text.Json.Serialization;
using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Sales.Features.Quotes;

/// <summary>Sends a draft (the latest revision, with lines) to the customer.</summary>
public sealed record SendQuote(uint Version) : ICommand<Result<QuoteDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class SendQuoteValidator : AbstractValidator<SendQuote>
{
    public SendQuoteValidator() => RuleFor(c => c.Version).Version();
}

internal sealed class SendQuoteHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : ICommandHandler<SendQuote, Result<QuoteDetails>>
{
    public async ValueTask<Result<QuoteDetails>> Handle(SendQuote cmd, CancellationToken ct)
    {
        var today = clock.Today();
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, today, ct, withLines: true);
        if (!found.IsSuccess) return found.Error;
        var sent = found.Value.Send(clock.GetUtcNow());
        if (!sent.IsSuccess) return sent.Error;
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(cmd.Id, customers, today, ct);
    }
}

/// <summary>Records the customer's acceptance of a sent, unexpired quote; an order can then be placed from it.</summary>
public sealed record AcceptQuote(uint Version) : ICommand<Result<QuoteDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class AcceptQuoteValidator : AbstractValidator<AcceptQuote>
{
    public AcceptQuoteValidator() => RuleFor(c => c.Version).Version();
}

internal sealed class AcceptQuoteHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : ICommandHandler<AcceptQuote, Result<QuoteDetails>>
{
    public async ValueTask<Result<QuoteDetails>> Handle(AcceptQuote cmd, CancellationToken ct)
    {
        var today = clock.Today();
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, today, ct);
        if (!found.IsSuccess) return found.Error;
        var accepted = found.Value.Accept(clock.GetUtcNow());
        if (!accepted.IsSuccess) return accepted.Error;
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(cmd.Id, customers, today, ct);
    }
}

/// <summary>Records the customer's rejection of a sent quote, with their reason.</summary>
public sealed record RejectQuote(uint Version, string? Reason = null) : ICommand<Result<QuoteDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class RejectQuoteValidator : AbstractValidator<RejectQuote>
{
    public RejectQuoteValidator()
    {
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.Reason).MaximumLength(500);
    }
}

internal sealed class RejectQuoteHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : ICommandHandler<RejectQuote, Result<QuoteDetails>>
{
    public async ValueTask<Result<QuoteDetails>> Handle(RejectQuote cmd, CancellationToken ct)
    {
        var today = clock.Today();
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, today, ct);
        if (!found.IsSuccess) return found.Error;
        var rejected = found.Value.Reject(cmd.Reason, clock.GetUtcNow());
        if (!rejected.IsSuccess) return rejected.Error;
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(cmd.Id, customers, today, ct);
    }
}

/// <summary>
/// A new draft revision of a quote (same number, revision + 1, same lines) to change what was sent; the old revision
/// stays as it was for the record. Only the latest revision can be revised, and not once accepted.
/// </summary>
public sealed record ReviseQuote(uint Version, DateOnly? ValidUntil = null) : ICommand<Result<QuoteDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class ReviseQuoteValidator : AbstractValidator<ReviseQuote>
{
    public ReviseQuoteValidator()
    {
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.ValidUntil!.Value).PlausibleDay().When(c => c.ValidUntil is not null);
    }
}

internal sealed class ReviseQuoteHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : ICommandHandler<ReviseQuote, Result<QuoteDetails>>
{
    public async ValueTask<Result<QuoteDetails>> Handle(ReviseQuote cmd, CancellationToken ct)
    {
        var today = clock.Today();
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, today, ct, withLines: true);
        if (!found.IsSuccess) return found.Error;
        var old = found.Value;
        var revised = old.Revise(cmd.ValidUntil ?? (old.ValidUntil < today ? today.AddDays(30) : old.ValidUntil));
        if (!revised.IsSuccess) return revised.Error;
        db.Quotes.Add(revised.Value);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(revised.Value.Id, customers, today, ct);
    }
}
