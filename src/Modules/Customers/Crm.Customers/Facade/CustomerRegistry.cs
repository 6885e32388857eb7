using System.Data.Common;
using Crm.Customers.Contracts.Facade;
using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Facade;

/// <summary>
/// Lead conversion's Customers half. It joins the caller's transaction (see <see cref="TransactionSharing"/>), so a
/// failure later in the caller's command leaves no contact or account behind. An existing live contact with the same
/// email is reused whoever owns it — a converted lead must not create a second record of a known customer — and so
/// is an account of the same name (case-insensitive).
/// </summary>
internal sealed class CustomerRegistry(CustomersDbContext db) : ICustomerRegistry
{
    public async Task<RegisteredCustomer> FindOrCreateAsync(CustomerRegistration registration, DbTransaction transaction, CancellationToken ct)
    {
        await db.JoinAsync(transaction, ct);

        var email = string.IsNullOrWhiteSpace(registration.Email) ? null : registration.Email.Trim().ToLowerInvariant();
        var company = string.IsNullOrWhiteSpace(registration.CompanyName) ? null : registration.CompanyName.Trim();

        Guid? accountId = null;
        var accountCreated = false;
        if (company is not null)
        {
            var lowered = company.ToLowerInvariant();
            accountId = await db.Accounts.Where(a => a.Name.ToLower() == lowered).OrderBy(a => a.CreatedAt).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            if (accountId is null)
            {
                var account = Account.Create(company, null, registration.OwnerId, registration.TeamId);
                account.Update(company, null, null, null, null, null, null, registration.Source, null);
                db.Accounts.Add(account);
                accountId = account.Id;
                accountCreated = true;
            }
        }

        var existing = email is null ? null
            : await db.Contacts.Where(c => c.Email != null && c.Email.ToLower() == email).OrderBy(c => c.CreatedAt).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            // A known customer: keep their record as it is, only link them to the company when they had none.
            if (existing.AccountId is null && accountId is not null) existing.MoveToAccount(accountId);
            await db.SaveChangesAsync(ct);
            return new RegisteredCustomer(existing.Id, false, existing.AccountId ?? accountId, accountCreated);
        }

        var contact = Contact.Create(registration.FullName, null, accountId, registration.OwnerId, registration.TeamId);
        contact.Update(registration.FullName, null, registration.JobTitle, registration.Email?.Trim(), registration.Phone, null, accountId, null,
            registration.Source, null);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return new RegisteredCustomer(contact.Id, true, accountId, accountCreated);
    }
}
