namespace Crm.SharedKernel.Security;

/// <summary>
/// Permission names are <c>&lt;module&gt;.&lt;level&gt;</c>. Each module's Contracts names its own three; this
/// catalogue lets the Platform module validate roles without knowing the modules.
/// </summary>
public static class PermissionCatalog
{
    public static readonly string[] Modules = ["customers", "sales", "marketing", "service", "platform"];
    public static readonly string[] Levels = ["read", "write", "manage"];

    public static readonly IReadOnlySet<string> All =
        Modules.SelectMany(m => Levels.Select(l => $"{m}.{l}")).ToHashSet();
}
