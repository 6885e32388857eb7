namespace Crm.Platform.Persistence;

/// <summary>ILIKE patterns from user text: the wildcards a user types are matched literally.</summary>
internal static class Like
{
    public const string Escape = "\\";

    public static string Contains(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
