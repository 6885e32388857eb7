using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Search;

/// <summary>
/// The search box: a few accounts and a few contacts whose name, alternate name, email or phone contains the text,
/// in one call. Lists with filters and paging are SearchAccounts and SearchContacts.
/// </summary>
public sealed record SearchCustomers(string? Q, int Limit = 5) : IQuery<Result<CustomerSearchResults>>;

public sealed record CustomerSearchResults(IReadOnlyList<CustomerSearchHit> Accounts, IReadOnlyList<CustomerSearchHit> Contacts);

public sealed record CustomerSearchHit(Guid Id, string Name, string? AlternateName, string? Email, string? Phone, string? AccountName);

internal sealed class SearchCustomersValidator : AbstractValidator<SearchCustomers>
{
    public SearchCustomersValidator()
    {
        RuleFor(q => q.Q).NotEmpty().MaximumLength(200);
        RuleFor(q => q.Limit).InclusiveBetween(1, 20);
    }
}

internal sealed class SearchCustomersHandler(CustomersDbContext db, ICurrentUser user) : IQueryHandler<SearchCustomers, Result<CustomerSearchResults>>
{
    public async ValueTask<Result<CustomerSearchResults>> Handle(SearchCustomers query, CancellationToken ct)
    {
        var term = SearchTerm.Of(query.Q);
        var accounts = await db.Accounts.AsNoTracking().VisibleTo(user).Matching(term)
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Take(query.Limit)
            .Select(a => new CustomerSearchHit(a.Id, a.Name, a.AlternateName, a.Email, a.Phone, null))
            .ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().VisibleTo(user).Matching(term)
            .OrderBy(c => c.FullName).ThenBy(c => c.Id)
            .Take(query.Limit)
            .Select(c => new CustomerSearchHit(c.Id, c.FullName, c.AlternateName, c.Email, c.Phone,
                db.Accounts.Where(a => a.Id == c.AccountId).Select(a => a.Name).FirstOrDefault()))
            .ToListAsync(ct);
        return new CustomerSearchResults(accounts, contacts);
    }
}
