using Crm.SharedKernel.Domain;

namespace Crm.Platform.Domain;

/// <summary>A business unit. Records are owned by a user and a team; team-scoped roles see their teams' records.</summary>
internal sealed class Team : AggregateRoot
{
    private Team() { }

    public string Name { get; private set; } = "";
    public string? Description { get; private set; }

    public static Team Create(string name, string? description) => new() { Name = name.Trim(), Description = description };

    public void Update(string name, string? description)
    {
        Name = name.Trim();
        Description = description;
    }
}
