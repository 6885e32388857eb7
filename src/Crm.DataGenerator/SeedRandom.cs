using System.Buffers.Binary;

namespace Crm.DataGenerator;

/// <summary>
/// A seeded source of everything random in the data set. <see cref="Random"/> with a seed is stable across .NET
/// versions, so a seed gives the same rows every run. Each table gets its own stream (seed + table), so changing
/// how one table is generated does not reshuffle the others.
/// </summary>
internal sealed class SeedRandom(int seed, int stream)
{
    private readonly Random _random = new(unchecked(seed * 7919 + stream * 104729));

    public int Next(int maxExclusive) => _random.Next(maxExclusive);
    public int Next(int min, int maxExclusive) => _random.Next(min, maxExclusive);
    public double NextDouble() => _random.NextDouble();
    public bool Chance(double p) => _random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>One of <paramref name="values"/>, with the matching relative <paramref name="weights"/>.</summary>
    public T Weighted<T>(IReadOnlyList<T> values, IReadOnlyList<int> weights)
    {
        var total = 0;
        foreach (var w in weights) total += w;
        var x = _random.Next(total);
        for (var i = 0; i < values.Count; i++)
        {
            x -= weights[i];
            if (x < 0) return values[i];
        }
        return values[^1];
    }

    /// <summary>
    /// An index in [0, count) biased towards 0 (power law): index k is chosen with probability ~ k^(1/exponent - 1),
    /// so with exponent 2.5 the first 1 % of indexes take 16 % of the picks and the upper half takes a quarter.
    /// </summary>
    public int PowerLaw(int count, double exponent) => Math.Min(count - 1, (int)(count * Math.Pow(_random.NextDouble(), exponent)));

    /// <summary>A moment in [from, to), uniform.</summary>
    public DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? from : from + TimeSpan.FromTicks((long)((to - from).Ticks * _random.NextDouble()));

    /// <summary>
    /// A version 7 GUID for <paramref name="at"/>, like <see cref="Guid.CreateVersion7(DateTimeOffset)"/> but with its
    /// random bits from this seeded source (the framework's are cryptographically random, so never reproducible).
    /// </summary>
    public Guid Version7(DateTimeOffset at)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        Span<byte> ms = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(ms, at.ToUnixTimeMilliseconds());
        ms[2..].CopyTo(bytes);                          // 48-bit big-endian Unix milliseconds
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));    // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));    // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}

/// <summary>
/// Spreads a power-law index over the whole range: the large accounts and the busiest contacts are not simply
/// the oldest ones. Multiplying by a prime that does not divide the count is a bijection on [0, count).
/// </summary>
internal readonly struct Scatter(int count)
{
    private const long Prime = 2_147_483_647;

    public int this[int index] => count % Prime == 0 ? index : (int)(index * Prime % count);
}
