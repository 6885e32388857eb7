using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Shared;

/// <summary>
/// Finds likely duplicates before a create or an edit: the same email (case-insensitive), the same phone digits,
/// or a very similar name — for contacts, at the same account (two consumers called 张伟 are not a duplicate).
/// Searches every record whatever the caller's scope: a rep must not create a second copy of a customer a
/// colleague owns. Each test is its own indexed lookup, united in one statement: email and phone are equalities on
/// b-tree expression indexes (<see cref="DuplicateKeys"/>), a contact's name is compared with the few contacts of
/// its account, an account's name through the trigram index (word similarity <c>&lt;%</c>). The exact decision
/// (equal email, equal digits, name similarity ≥ 0.6) is then made on the few candidates.
/// </summary>
internal sealed class DuplicateFinder(CustomersDbContext db)
{
    public const double NameSimilarity = 0.6;
    private const int Max = 10;

    public async Task<IReadOnlyList<DuplicateCandidate>> FindContactsAsync(
        string fullName, string? email, string? phone, Guid? accountId, Guid? excludeId, CancellationToken ct)
    {
        var name = fullName.Trim().ToLowerInvariant();
        var mail = Blank(email)?.ToLowerInvariant();
        var digits = Digits(phone);
        var contacts = db.Contacts.AsNoTracking().Where(c => c.Id != excludeId);
        var candidates = Unite(
            mail is null ? null : contacts.Where(c => c.Email!.ToLower() == mail),
            digits is null ? null : contacts.Where(c => DuplicateKeys.PhoneDigits(c.Phone) == digits || DuplicateKeys.PhoneDigits(c.Mobile) == digits),
            accountId is null ? null : contacts.Where(c => c.AccountId == accountId && EF.Functions.TrigramsAreWordSimilar(name, c.SearchText)));
        if (candidates is null) return [];
        var rows = await candidates
            .OrderBy(c => c.FullName).ThenBy(c => c.Id)
            .Take(Max * 3)
            .Select(c => new { c.Id, c.FullName, c.Email, c.Phone, c.Mobile, c.AccountId, Similarity = EF.Functions.TrigramsSimilarity(c.FullName.ToLower(), name) })
            .ToListAsync(ct);
        return [.. rows
            .Select(c => new DuplicateCandidate(c.Id, c.FullName, c.Email, c.Phone,
                mail is not null && string.Equals(c.Email, mail, StringComparison.OrdinalIgnoreCase) ? "email"
                : digits is not null && (Digits(c.Phone) == digits || Digits(c.Mobile) == digits) ? "phone"
                : accountId is not null && c.AccountId == accountId && c.Similarity >= NameSimilarity ? "name" : ""))
            .Where(c => c.MatchedOn.Length > 0)
            .Take(Max)];
    }

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAccountsAsync(
        string name, string? email, string? phone, Guid? excludeId, CancellationToken ct)
    {
        var lowered = name.Trim().ToLowerInvariant();
        var mail = Blank(email)?.ToLowerInvariant();
        var digits = Digits(phone);
        var accounts = db.Accounts.AsNoTracking().Where(a => a.Id != excludeId);
        var candidates = Unite(
            mail is null ? null : accounts.Where(a => a.Email!.ToLower() == mail),
            digits is null ? null : accounts.Where(a => DuplicateKeys.PhoneDigits(a.Phone) == digits),
            accounts.Where(a => EF.Functions.TrigramsAreWordSimilar(lowered, a.SearchText)))!;
        var rows = await candidates
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Take(Max * 3)
            .Select(a => new { a.Id, a.Name, a.Email, a.Phone, Similarity = EF.Functions.TrigramsSimilarity(a.Name.ToLower(), lowered) })
            .ToListAsync(ct);
        return [.. rows
            .Select(a => new DuplicateCandidate(a.Id, a.Name, a.Email, a.Phone,
                mail is not null && string.Equals(a.Email, mail, StringComparison.OrdinalIgnoreCase) ? "email"
                : digits is not null && Digits(a.Phone) == digits ? "phone"
                : a.Similarity >= NameSimilarity ? "name" : ""))
            .Where(a => a.MatchedOn.Length > 0)
            .Take(Max)];
    }

    /// <summary>The lookups that apply, as one <c>UNION</c>: each keeps its own index, where one <c>OR</c> would not.</summary>
    private static IQueryable<T>? Unite<T>(params IQueryable<T>?[] lookups) =>
        lookups.OfType<IQueryable<T>>().Aggregate((IQueryable<T>?)null, (all, next) => all is null ? next : all.Union(next));

    /// <summary>Digits of a phone number, or null when there are too few to mean anything.</summary>
    public static string? Digits(string? phone)
    {
        if (phone is null) return null;
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 6 ? digits : null;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
