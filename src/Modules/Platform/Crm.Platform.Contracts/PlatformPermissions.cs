namespace Crm.Platform.Contracts;

public static class PlatformPermissions
{
    public const string Read = "platform.read";
    public const string Write = "platform.write";
    public const string Manage = "platform.manage";
}
