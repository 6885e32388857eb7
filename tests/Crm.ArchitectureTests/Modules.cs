using System.Reflection;

namespace Crm.ArchitectureTests;

/// <summary>The module assemblies, found from the host's references so a new module is checked without edits here.</summary>
internal static class Modules
{
    public static readonly string[] Names = ["Platform", "Customers", "Sales", "Marketing", "Service"];

    public static Assembly Module(string name) => Assembly.Load($"Crm.{name}");
    public static Assembly Contracts(string name) => Assembly.Load($"Crm.{name}.Contracts");

    public static IEnumerable<object[]> Each() => Names.Select(n => new object[] { n });

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Crm.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Crm.sln not found above the test binaries.");
    }
}
