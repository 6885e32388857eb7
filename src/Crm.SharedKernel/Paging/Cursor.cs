using System.Buffers.Text;
using System.Text.Json;

namespace Crm.SharedKernel.Paging;

/// <summary>One page of a keyset-paginated list; pass <see cref="NextCursor"/> back to get the next page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>
/// The position after the last row of a page: its sort key and id. Opaque to clients (base64url JSON),
/// so the server may change its shape; a cursor that does not decode is a 400, not a 500.
/// </summary>
public sealed record Cursor(string? Key, Guid Id)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static bool TryDecode(string? text, out Cursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text)) return true;
        try
        {
            cursor = JsonSerializer.Deserialize<Cursor>(Base64Url.DecodeFromChars(text));
            return cursor is not null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }

    public static bool IsValid(string? text) => TryDecode(text, out _);
}
