using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.SharedKernel.Messaging;

/// <summary>Maps the type names stored in outbox rows back to event types (only known event types, never arbitrary ones).</summary>
public sealed class IntegrationEventTypes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly FrozenDictionary<string, Type> _types;

    public IntegrationEventTypes(IEnumerable<Assembly> assemblies) =>
        _types = assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IntegrationEvent).IsAssignableFrom(t))
            .ToFrozenDictionary(NameOf);

    public static string NameOf(Type type) => type.FullName!;

    public IntegrationEvent Deserialize(string typeName, string payload) =>
        _types.TryGetValue(typeName, out var type)
            ? (IntegrationEvent)JsonSerializer.Deserialize(payload, type, Json)!
            : throw new InvalidOperationException($"Unknown integration event type '{typeName}'.");
}
