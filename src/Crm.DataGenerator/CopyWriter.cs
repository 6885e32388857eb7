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

    public static void TextArray(this NpgsqlBinaryImporter w, string[] value) => w.Write(value, NpgsqlDbType.Array | NpgsqlDbType.Text);
}
