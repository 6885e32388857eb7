using Npgsql;
using NpgsqlTypes;

namespace Crm.DataGenerator;

/// <summary>Writes of possibly-null values for a binary COPY, typed as the column is (the binary format has no coercion).</summary>
internal static class CopyWriter
{
    public static void Varchar(this NpgsqlBinaryImporter w, string? value)
    {
        if (value is null) w.WriteNull(); else w.Write(value, NpgsqlDbType.Varchar);
    }

    public static void Uuid(this NpgsqlBinaryImporter w, Guid value) => w.Write(value, NpgsqlDbType.Uuid);

    public static void Uuid(this NpgsqlBinaryImporter w, Guid? value)
    {
        if (value is { } v) w.Write(v, NpgsqlDbType.Uuid); else w.WriteNull();
    }

    public static void Time(this NpgsqlBinaryImporter w, DateTimeOffset value) => w.Write(value, NpgsqlDbType.TimestampTz);

    public static void Time(this NpgsqlBinaryImporter w, DateTimeOffset? value)
    {
        if (value is { } v) w.Write(v, NpgsqlDbType.TimestampTz); else w.WriteNull();
    }

    /// <summary>A fixed-length character(n) column: currency codes.</summary>
    public static void Char(this NpgsqlBinaryImporter w, string value) => w.Write(value, NpgsqlDbType.Char);

    /// <summary>A numeric(18,2) amount, already rounded to cents.</summary>
    public static void Money(this NpgsqlBinaryImporter w, decimal value) => w.Write(value, NpgsqlDbType.Numeric);

    public static void Numeric(this NpgsqlBinaryImporter w, decimal? value)
    {
        if (value is { } v) w.Write(v, NpgsqlDbType.Numeric); else w.WriteNull();
    }

    public static void TextArray(this NpgsqlBinaryImporter w, string[] value) => w.Write(value, NpgsqlDbType.Array | NpgsqlDbType.Text);
}
