namespace Crm.Service.Contracts;

public static class ServicePermissions
{
    public const string Read = "service.read";
    public const string Write = "service.write";
    public const string Manage = "service.manage";
}
