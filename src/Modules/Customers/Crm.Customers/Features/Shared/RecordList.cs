using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Shared;

/// <summary>The filters and sort the account and contact lists share with their CSV exports.</summary>
internal interface IRecordListQuery
{
    string? Q { get; }
    CustomerTier? Tier { get; }
    LifecycleStage? Stage { get; }
    RelationshipStatus? Relationship { get; }
    Guid? OwnerId { get; }
    Guid? TeamId { get; }
    string? Tag { get; }
    DateTimeOffset? CreatedFrom { get; }
    DateTimeOffset? CreatedTo { get; }
    bool Deleted { get; }
    string? Sort { get; }
    string? Dir { get; }
}

internal sealed class RecordListQueryValidator : AbstractValidator<IRecordListQuery>
{
    public RecordListQueryValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Tier).IsInEnum();
        RuleFor(q => q.Stage).IsInEnum();
        RuleFor(q => q.Relationship).IsInEnum();
        RuleFor(q => q.Tag).MaximumLength(InputRules.MaxTagLength);
        RuleFor(q => q.CreatedTo).GreaterThanOrEqualTo(q => q.CreatedFrom).When(q => q.CreatedFrom is not null && q.CreatedTo is not null);
        RuleFor(q => q.Sort).Must(RecordSort.IsKnown).WithMessage("Sort by name, createdAt or updatedAt.");
        RuleFor(q => q.Dir).Must(RecordSort.IsKnownDirection).WithMessage("Use asc or desc.");
    }
}

/// <summary>A page of a list: the list's filters and sort, a cursor that fits the sort, 1 to 200 rows.</summary>
internal interface IRecordListPage : IRecordListQuery
{
    string? Cursor { get; }
    int Limit { get; }
}

internal sealed class RecordListPageValidator : AbstractValidator<IRecordListPage>
{
    public RecordListPageValidator()
    {
        Include(new RecordListQueryValidator());
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
        RuleFor(q => q.Cursor).Must((q, cursor) => RecordSort.CursorFits(q.Sort, cursor))
            .WithMessage("The cursor is not valid for this sort. Start again without it.");
    }
}

/// <summary>Sort keys of the lists, each backed by an index on (key, id); the id breaks ties so keyset pages never overlap.</summary>
internal static class RecordSort
{
    public const string Name = "name";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";
    private static readonly string[] Keys = [Name, CreatedAt, UpdatedAt];

    public static bool IsKnown(string? sort) => sort is null || Keys.Contains(sort, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnownDirection(string? dir) =>
        dir is null || dir.Equals("asc", StringComparison.OrdinalIgnoreCase) || dir.Equals("desc", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The asked sort; without one, a list reads by name and a search newest first — the order a search can walk
    /// an index in whatever the text (see <see cref="RecordSearch"/>).
    /// </summary>
    public static string Of(IRecordListQuery q) =>
        Keys.FirstOrDefault(k => k.Equals(q.Sort, StringComparison.OrdinalIgnoreCase)) ?? (SearchTerm.Of(q.Q) is null ? Name : CreatedAt);

    /// <summary>Names read A→Z, times newest first, unless the client says otherwise.</summary>
    public static bool Descending(IRecordListQuery q) =>
        q.Dir is null ? Of(q) != Name : q.Dir.Equals("desc", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a cursor decodes and carries a key of the sort's type (a name cursor is no use for a date sort).</summary>
    public static bool CursorFits(string? sort, string? cursor)
    {
        if (!Cursor.TryDecode(cursor, out var decoded)) return false;
        if (decoded is null) return true;
        return Keys.FirstOrDefault(k => k.Equals(sort, StringComparison.OrdinalIgnoreCase)) is CreatedAt or UpdatedAt
            ? ParseTime(decoded.Key) is not null
            : decoded.Key is not null;
    }

    /// <summary>Whether a cursor decodes and carries a time key (histories are paged on when things happened).</summary>
    public static bool IsTimeCursor(string? cursor) => CursorFits(CreatedAt, cursor);

    public static Cursor CursorOf(string sort, string name, DateTimeOffset createdAt, DateTimeOffset updatedAt, Guid id) => sort switch
    {
        CreatedAt => new Cursor(createdAt.ToString("O", CultureInfo.InvariantCulture), id),
        UpdatedAt => new Cursor(updatedAt.ToString("O", CultureInfo.InvariantCulture), id),
        _ => new Cursor(name, id),
    };

    /// <summary>Orders by the sort key and id and, given a cursor, continues after it: <c>(key, id) &gt; (@key, @id)</c>.</summary>
    /// <remarks>
    /// <paramref name="indexed"/> false orders a time by an expression its (time, id) index cannot serve (the same
    /// order), so PostgreSQL finds the rows through another index and sorts them instead of walking this one.
    /// </remarks>
    public static IQueryable<T> SortBy<T>(this IQueryable<T> query, Expression<Func<T, string>> name, string sort, bool descending, Cursor? after,
        bool indexed = true)
        where T : CustomerRecord
    {
        switch (sort)
        {
            case CreatedAt or UpdatedAt:
                Expression<Func<T, DateTimeOffset>> time = sort == CreatedAt
                    ? (indexed ? r => r.CreatedAt : r => r.CreatedAt.AddSeconds(0))
                    : (indexed ? r => r.UpdatedAt : r => r.UpdatedAt.AddSeconds(0));
                if (after is not null) query = query.After(time, ParseTime(after.Key)!.Value, after.Id, descending);
                return query.OrderByKey(time, descending);
            default:
                if (after is not null) query = query.After(name, after.Key!, after.Id, descending);
                return query.OrderByKey(name, descending);
        }
    }

    /// <summary>A cursor's time key, in UTC: PostgreSQL takes timestamptz parameters in UTC only.</summary>
    public static DateTimeOffset? ParseTime(string? key) =>
        DateTimeOffset.TryParse(key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at.ToUniversalTime() : null;
}

internal static class RecordFilter
{
    /// <summary>
    /// The caller's live records (or, with <c>deleted</c>, their trash) narrowed by the list's field filters, not
    /// yet by its search text. Visibility comes first, so no filter or sort ever sees a record outside the caller's scope.
    /// </summary>
    public static IQueryable<T> Narrow<T>(this IQueryable<T> set, ICurrentUser user, IRecordListQuery q)
        where T : CustomerRecord
    {
        // The trash condition is explicit, not the global filter: a projection that reads deleted accounts' names
        // needs IgnoreQueryFilters, which switches the filter off for the whole query.
        var query = set.IgnoreQueryFilters().AsNoTracking();
        query = q.Deleted ? query.Where(r => r.DeletedAt != null) : query.Where(r => r.DeletedAt == null);
        query = query.VisibleTo(user);
        if (q.Tier is { } tier) query = query.Where(r => r.Tier == tier);
        if (q.Stage is { } stage) query = query.Where(r => r.Stage == stage);
        if (q.Relationship is { } relationship) query = query.Where(r => r.Relationship == relationship);
        if (q.OwnerId is { } owner) query = query.Where(r => r.OwnerId == owner);
        if (q.TeamId is { } team) query = query.Where(r => r.TeamId == team);
        if (!string.IsNullOrWhiteSpace(q.Tag))
        {
            // "{tag} <@ tags", which the GIN index on tags answers (a plain Contains would be "= ANY(tags)", a scan).
            var tags = new[] { q.Tag.Trim() };
            query = query.Where(r => tags.All(t => r.Tags.Contains(t)));
        }
        if (q.CreatedFrom is { } from) query = query.Where(r => r.CreatedAt >= from.ToUniversalTime());
        if (q.CreatedTo is { } to) query = query.Where(r => r.CreatedAt <= to.ToUniversalTime());
        return query;
    }

    /// <summary>
    /// Records whose search text contains the term: <c>search_text LIKE '%term%'</c>, answered by the trigram index —
    /// or, for one or two Chinese characters (no trigram), <c>search_tokens @&gt; {term}</c>, answered by the token index.
    /// </summary>
    public static IQueryable<T> Matching<T>(this IQueryable<T> query, string? term) where T : CustomerRecord
    {
        if (term is null) return query;
        if (SearchTerm.IsShortCjk(term))
        {
            // "{term} <@ search_tokens", which the GIN index answers (as for tags; Contains alone would be "= ANY").
            var tokens = new[] { term };
            return query.Where(r => tokens.All(t => r.SearchTokens.Contains(t)));
        }
        var pattern = SearchTerm.ContainsPattern(term);
        return query.Where(r => EF.Functions.Like(r.SearchText, pattern, SearchTerm.LikeEscape));
    }

    /// <summary>
    /// The typo-tolerant fallback: records that do not contain the term but have a word-similar part
    /// (<c>term &lt;% search_text</c>, also answered by the trigram index), most similar first.
    /// Run it with <see cref="SearchTerm.ToFuzzyListAsync{T}"/>, which sets the similarity threshold.
    /// </summary>
    public static IQueryable<T> SimilarTo<T>(this IQueryable<T> query, string term) where T : CustomerRecord
    {
        var pattern = SearchTerm.ContainsPattern(term);
        return query
            .Where(r => !EF.Functions.Like(r.SearchText, pattern, SearchTerm.LikeEscape) && EF.Functions.TrigramsAreWordSimilar(term, r.SearchText))
            .OrderBy(r => EF.Functions.TrigramsWordSimilarityDistance(term, r.SearchText))
            .ThenBy(r => r.Id);
    }
}

internal static class RecordSearch
{
    /// <summary>Rows a search first reads in list order before it judges how common its text is.</summary>
    public const int FirstWindow = 10_000;

    /// <summary>The most rows a search reads in list order; past that the text index finds the rest sooner.</summary>
    public const int MaxWalk = 40_000;

    /// <summary>
    /// A page of a list: the <paramref name="narrowed"/> records that contain the search text, keyset-paged in the
    /// list's sort. When the text finds fewer rows than asked, the first page adds look-alikes (typos) made by
    /// <paramref name="toRows"/> with <c>fuzzy: true</c>; such a page is the last.
    /// </summary>
    public static async Task<Page<TRow>> SearchAsync<T, TRow>(this IQueryable<T> narrowed, CustomersDbContext db, IRecordListPage q,
        Expression<Func<T, string>> name, Func<IQueryable<T>, bool, IQueryable<TRow>> toRows, Func<string, TRow, Cursor> cursorOf,
        CancellationToken ct) where T : CustomerRecord
    {
        var sort = RecordSort.Of(q);
        var term = SearchTerm.Of(q.Q);
        Cursor.TryDecode(q.Cursor, out var after);
        var page = term is not null && sort != RecordSort.Name
            ? await WalkAsync(narrowed, term, sort, RecordSort.Descending(q), after, q.Limit, toRows, cursorOf, ct)
            : await toRows(narrowed.Matching(term).SortBy(term is null ? name : SearchTerm.UnindexedOrder(name), sort, RecordSort.Descending(q), after), false)
                .ToPageAsync(q.Limit, row => cursorOf(sort, row), ct);

        // Every exact match is on this page (no next page), so the look-alikes simply follow them.
        if (after is null && page.NextCursor is null && page.Items.Count < q.Limit && SearchTerm.AllowsFuzzy(term))
        {
            var similar = await toRows(narrowed.SimilarTo(term!).Take(q.Limit - page.Items.Count), true).ToFuzzyListAsync(db, ct);
            if (similar.Count > 0) page = page with { Items = [.. page.Items, .. similar] };
        }
        return page;
    }

    /// <summary>
    /// A search in a time order, at a cost bounded whatever the text. Neither plan PostgreSQL may pick is safe on
    /// its own, and its estimate for <c>LIKE '%text%'</c> is a guess: walking the (time, id) index and testing each
    /// row is quick for a common text ("wang" is in one contact of twenty) and reads the whole table for a rare
    /// one; the trigram index finds a rare text at once but must fetch and sort every row of a common one (7 s for
    /// "wang" at 5M contacts). So the search reads up to <see cref="FirstWindow"/> rows in list order (a common text
    /// fills the page long before), learns from them how common the text is, and goes on walking while the rows
    /// to read for a full page stay under <see cref="MaxWalk"/> in all; past that the text is rare, and its index
    /// (trigrams or tokens, forced by an order the time index cannot serve) finds the whole page. Either way no more than tens of thousands of rows are touched.
    /// Time orders only: in name order matches cluster ("john" sits under J, Chinese names after every Latin one),
    /// so a window says nothing about the rows after it.
    /// </summary>
    private static async Task<Page<TRow>> WalkAsync<T, TRow>(IQueryable<T> narrowed, string term, string sort, bool descending, Cursor? after,
        int limit, Func<IQueryable<T>, bool, IQueryable<TRow>> toRows, Func<string, TRow, Cursor> cursorOf, CancellationToken ct)
        where T : CustomerRecord
    {
        Expression<Func<T, string>> unused = r => r.Id.ToString();   // time sorts never read the name key
        var rows = new List<TRow>();
        var from = after;
        var window = FirstWindow;
        long walked = 0;
        while (true)
        {
            var ahead = narrowed.SortBy(unused, sort, descending, from);
            // The window as a subquery (LIMIT, then the text test) read lazily: a common text stops it early.
            rows.AddRange(await toRows(ahead.Take(window).Matching(term).SortBy(unused, sort, descending, null), false)
                .Take(limit + 1 - rows.Count).ToListAsync(ct));
            walked += window;
            if (rows.Count > limit) break;

            // Rows still to read for a full page at the density seen so far; none seen yet (the newest rows may be
            // a batch unlike the rest) reads four times as many before calling the text rare.
            var toRead = rows.Count == 0 ? 4.0 * walked : (limit + 1 - rows.Count) * (double)walked / rows.Count;
            if (walked + toRead > MaxWalk)
            {
                // Rare: the text's index finds every match at once; it answers the whole page, walked rows included.
                rows = await toRows(narrowed.Matching(term).SortBy(unused, sort, descending, after, indexed: false), false)
                    .Take(limit + 1).ToListAsync(ct);
                break;
            }
            var last = await ahead.Skip(window - 1).Select(r => new { r.CreatedAt, r.UpdatedAt, r.Id }).FirstOrDefaultAsync(ct);
            if (last is null) break;   // the window reached the end of the list: every match is in hand
            from = RecordSort.CursorOf(sort, "", last.CreatedAt, last.UpdatedAt, last.Id);
            window = (int)Math.Min(MaxWalk - walked, toRead * 1.25);
        }
        if (rows.Count <= limit) return new Page<TRow>(rows, null);
        rows.RemoveAt(limit);
        return new Page<TRow>(rows, cursorOf(sort, rows[^1]).Encode());
    }
}

/// <summary>What the account and contact exports share besides their columns.</summary>
internal static class RecordExport
{
    /// <summary>The file's name says what it lists and when: <c>accounts-20260101-0930.csv</c>.</summary>
    public static string FileName(string list, DateTimeOffset at) => $"{list}-{at:yyyyMMdd-HHmm}.csv";

    /// <summary>The exported records' owners' names, read once up front: a lookup per row would be a query per row.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> OwnerNamesAsync<T>(this IQueryable<T> records, IUserDirectory users,
        CancellationToken ct) where T : CustomerRecord =>
        await users.GetNamesAsync(await records.Select(r => r.OwnerId).Distinct().ToListAsync(ct), ct);
}

/// <summary>How a search box's text is matched against the stored, lower-cased search text of a record.</summary>
internal static partial class SearchTerm
{
    public const string LikeEscape = "\\";

    /// <summary>Typo tolerance needs a few characters: shorter words share too few trigrams to mean anything.</summary>
    public const int FuzzyMinLength = 3;

    /// <summary>
    /// Word similarity a typo must reach. pg_trgm's default (0.6) misses transposed letters in short names
    /// ("zhnag wei" is 0.43 similar to "zhang wei"); 0.4 finds them while unrelated names stay below it.
    /// </summary>
    public const string FuzzyThresholdSql = "SET LOCAL pg_trgm.word_similarity_threshold = 0.4";

    /// <summary>
    /// The normalised term, or null for none: lower-cased and trimmed; a phone number as people write it
    /// ("+86 138-0013") becomes its digits, which is how the search text stores phones.
    /// </summary>
    public static string? Of(string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return null;
        var term = q.Trim().ToLowerInvariant();
        if (PhoneLike().IsMatch(term)) term = new string(term.Where(char.IsAsciiDigit).ToArray());
        return term;
    }

    public static string ContainsPattern(string term) =>
        "%" + term.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal) + "%";

    public static bool AllowsFuzzy(string? term) => term is { Length: >= FuzzyMinLength };

    /// <summary>
    /// One or two CJK ideographs and nothing else: too short for a trigram, so matched by <c>search_tokens</c>
    /// (the same ranges as <c>customers.cjk_tokens</c>). Longer Chinese terms have trigrams and use the trigram index.
    /// </summary>
    public static bool IsShortCjk(string term) => term.Length is 1 or 2 && term.All(IsCjk);

    private static bool IsCjk(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>
    /// The name in the same order (the database's C.UTF-8 collation is code-point order, as is "C") but through an
    /// expression the (name, id) index cannot serve. With a search term PostgreSQL then finds the matches through the
    /// trigram index and sorts them, instead of walking the name index and filtering: measured at 500,000 contacts,
    /// "zhang" (its matches sit at the end of the name order, written in Chinese) took 600 ms through the API the index
    /// way and 45 ms this way.
    /// </summary>
    public static Expression<Func<T, string>> UnindexedOrder<T>(Expression<Func<T, string>> name) =>
        Expression.Lambda<Func<T, string>>(
            Expression.Call(CollateMethod, Expression.Constant(EF.Functions), name.Body, Expression.Constant("C")),
            name.Parameters);

    private static readonly MethodInfo CollateMethod =
        typeof(RelationalDbFunctionsExtensions).GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!.MakeGenericMethod(typeof(string));

    /// <summary>
    /// Runs a typo-tolerant (<c>&lt;%</c>) query with the lower threshold. The setting is LOCAL to a read-only
    /// transaction of its own, so it never leaks to other queries on the pooled connection.
    /// </summary>
    public static async Task<List<T>> ToFuzzyListAsync<T>(this IQueryable<T> query, CustomersDbContext db, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(FuzzyThresholdSql, ct);
        var rows = await query.ToListAsync(ct);
        await tx.CommitAsync(ct);
        return rows;
    }

    // Digits with the usual phone punctuation and at least three digits: "138 0013", "+86-10-1234".
    [GeneratedRegex(@"^(?=(?:\D*\d){3})[+0-9 ()\-.]+$")]
    private static partial Regex PhoneLike();
}
