using System.Reflection;
using Crm.SharedKernel.Domain;
using Crm.SharedKernel.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.ArchitectureTests;

/// <summary>The naming and visibility habits of the house, as checks.</summary>
public sealed class ConventionTests
{
    private static IEnumerable<Type> ModuleTypes() =>
        Modules.Names.SelectMany(n => Modules.Module(n).GetTypes()).Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)));

    private static bool Implements(Type type, Type openGeneric) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric);

    [Fact]
    public void Handlers_validators_entities_and_contexts_are_internal_and_sealed()
    {
        var wrong = ModuleTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .Where(t => Implements(t, typeof(ICommandHandler<,>)) || Implements(t, typeof(IQueryHandler<,>))
                        || Implements(t, typeof(INotificationHandler<>)) || typeof(IValidator).IsAssignableFrom(t)
                        || typeof(Entity).IsAssignableFrom(t) || typeof(DbContext).IsAssignableFrom(t))
            .Where(t => t.IsPublic || t.IsNestedPublic || !t.IsSealed)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(wrong.Count == 0, $"Make these internal sealed: {string.Join(", ", wrong)}");
    }

    [Fact]
    public void Handlers_are_named_after_their_request()
    {
        var wrong = ModuleTypes()
            .Where(t => Implements(t, typeof(ICommandHandler<,>)) || Implements(t, typeof(IQueryHandler<,>)))
            .Where(t =>
            {
                var request = t.GetInterfaces().First(i => i.IsGenericType &&
                    (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))
                    .GetGenericArguments()[0];
                return t.Name != request.Name + "Handler";
            })
            .Select(t => t.FullName)
            .ToList();
        Assert.True(wrong.Count == 0, $"Rename to <Request>Handler: {string.Join(", ", wrong)}");
    }

    [Fact]
    public void Requests_are_named_without_command_or_query_suffix()
    {
        var wrong = ModuleTypes()
            .Where(t => typeof(IMessage).IsAssignableFrom(t) && t.IsClass)
            .Where(t => t.Name.EndsWith("Command", StringComparison.Ordinal) || t.Name.EndsWith("Query", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Public_contract_type_names_are_unique_across_modules()
    {
        // They become OpenAPI schema ids: two types with one name would collide in generated clients.
        var duplicates = Modules.Names
            .SelectMany(n => Modules.Module(n).GetExportedTypes().Concat(Modules.Contracts(n).GetExportedTypes()))
            .Where(t => !t.Namespace!.Contains(".Migrations", StringComparison.Ordinal))
            .GroupBy(t => t.Name)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}")
            .ToList();
        Assert.True(duplicates.Count == 0, string.Join("; ", duplicates));
    }

    [Fact]
    public void No_type_is_named_manager_helper_or_util()
    {
        var wrong = ModuleTypes().Concat(typeof(Entity).Assembly.GetTypes())
            .Where(t => t.Name.Contains("Manager", StringComparison.Ordinal) || t.Name.Contains("Helper", StringComparison.Ordinal)
                        || t.Name.EndsWith("Util", StringComparison.Ordinal) || t.Name.EndsWith("Utils", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    public void Each_module_has_its_own_schema_and_migration_history(string module)
    {
        var context = Modules.Module(module).GetTypes().Single(t => typeof(ModuleDbContext).IsAssignableFrom(t) && !t.IsAbstract);
        Assert.Equal($"{module}DbContext", context.Name);
        Assert.Equal(module.ToLowerInvariant(), context.GetField("SchemaName", BindingFlags.Public | BindingFlags.Static)?.GetValue(null));
        Assert.Contains(Modules.Module(module).GetTypes(), t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)));
    }
}
