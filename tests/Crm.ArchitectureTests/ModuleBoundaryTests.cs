using System.Xml.Linq;
using NetArchTest.Rules;

namespace Crm.ArchitectureTests;

/// <summary>Modules talk only through each other's Contracts; only the host sees every module.</summary>
public sealed class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    public void Module_project_references_only_the_kernel_and_contracts(string module)
    {
        var csproj = Path.Combine(Modules.RepositoryRoot(), "src", "Modules", module, $"Crm.{module}", $"Crm.{module}.csproj");
        var references = XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .ToList();

        var forbidden = references.Where(r => r != "Crm.SharedKernel" && !r.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();
        Assert.True(forbidden.Count == 0, $"Crm.{module} references {string.Join(", ", forbidden)}; reference their Contracts instead.");
    }

    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    public void Module_assembly_uses_no_other_module_internals(string module)
    {
        var others = Modules.Names.Where(n => n != module).Select(n => $"Crm.{n}").ToHashSet();
        var used = Modules.Module(module).GetReferencedAssemblies().Select(a => a.Name!).Where(others.Contains).ToList();
        Assert.True(used.Count == 0, $"Crm.{module} uses {string.Join(", ", used)}.");
    }

    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    public void Contracts_use_no_module_internals_and_no_infrastructure(string module)
    {
        var result = Types.InAssembly(Modules.Contracts(module)).ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "FluentValidation")
            .GetResult();
        Assert.True(result.IsSuccessful, Failing(result));

        var internals = Modules.Names.Select(n => $"Crm.{n}").ToHashSet();
        var used = Modules.Contracts(module).GetReferencedAssemblies().Select(a => a.Name!).Where(internals.Contains).ToList();
        Assert.True(used.Count == 0, $"Crm.{module}.Contracts uses {string.Join(", ", used)}.");
    }

    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    public void Domain_depends_on_no_infrastructure(string module)
    {
        var result = Types.InAssembly(Modules.Module(module))
            .That().ResideInNamespace($"Crm.{module}.Domain")
            .ShouldNot().HaveDependencyOnAny(
                "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Mediator", "FluentValidation", $"Crm.{module}.Persistence",
                $"Crm.{module}.Features")
            .GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    /// <summary>
    /// The data generator (the benchmark's and the demo's book of business) is a tool beside the host, not a module: it
    /// writes the modules' tables with plain SQL, so it runs without the host (<c>./build.sh seed</c>) and the host may
    /// reference it. (A module referencing it fails the first test above.)
    /// </summary>
    [Fact]
    public void Data_generator_uses_no_module()
    {
        var modules = Modules.Names.SelectMany(n => new[] { $"Crm.{n}", $"Crm.{n}.Contracts" }).ToHashSet();
        var used = System.Reflection.Assembly.Load("Crm.DataGenerator").GetReferencedAssemblies().Select(a => a.Name!).Where(modules.Contains).ToList();
        Assert.True(used.Count == 0, $"Crm.DataGenerator uses {string.Join(", ", used)}; it writes SQL only.");
    }

    internal static string Failing(TestResult result) =>
        "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
