using System.Linq.Expressions;
using Crm.SharedKernel.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crm.SharedKernel.Paging;

/// <summary>
/// Keyset (seek) pagination: order by <c>(key, id)</c> and continue after the last row with a PostgreSQL
/// row comparison <c>(key, id) &gt; (@key, @id)</c>, which an index on <c>(key, id)</c> answers directly
/// at any depth — no OFFSET.
/// </summary>
public static class Keyset
{
    public static IOrderedQueryable<T> OrderByKey<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, bool descending)
        where T : Entity =>
        descending
            ? query.OrderByDescending(key).ThenByDescending(e => e.Id)
            : query.OrderBy(key).ThenBy(e => e.Id);

    public static IQueryable<T> After<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, TKey lastKey, Guid lastId, bool descending)
        where T : Entity
    {
        var bound = new Bound<TKey>(lastKey, lastId);
        Expression<Func<TKey, Guid, bool>> seek = descending
            ? (k, id) => EF.Functions.LessThan(ValueTuple.Create(k, id), ValueTuple.Create(bound.Key, bound.Id))
            : (k, id) => EF.Functions.GreaterThan(ValueTuple.Create(k, id), ValueTuple.Create(bound.Key, bound.Id));

        var row = key.Parameters[0];
        var body = new Replace(seek.Parameters[0], key.Body)
            .Then(seek.Parameters[1], Expression.Property(row, nameof(Entity.Id)))
            .Visit(seek.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, row));
    }

    /// <summary>Takes one row more than asked, to know whether a next page exists without a COUNT.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int limit, Func<T, Cursor> cursorOf, CancellationToken ct)
    {
        var rows = await query.Take(limit + 1).ToListAsync(ct);
        if (rows.Count <= limit) return new Page<T>(rows, null);
        rows.RemoveAt(limit);
        return new Page<T>(rows, cursorOf(rows[^1]).Encode());
    }

    // A class, not locals: EF turns its fields into SQL parameters, so one plan serves every page.
    private sealed class Bound<TKey>(TKey key, Guid id)
    {
        public TKey Key { get; } = key;
        public Guid Id { get; } = id;
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, Expression> _map = new() { [from] = to };

        public Replace Then(ParameterExpression from2, Expression to2) { _map[from2] = to2; return this; }

        protected override Expression VisitParameter(ParameterExpression node) =>
            _map.TryGetValue(node, out var to2) ? to2 : node;
    }
}
