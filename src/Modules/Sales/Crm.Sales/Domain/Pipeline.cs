using Crm.SharedKernel.Domain;

namespace Crm.Sales.Domain;

/// <summary>Where a stage leaves an opportunity: still open, or closed as won or lost.</summary>
public enum StageCategory
{
    Open,
    Won,
    Lost,
}

/// <summary>
/// A sales process: ordered stages, each with a default win probability (percent) and a category. Opportunities
/// move only among their own pipeline's stages. One pipeline is the default for new opportunities and converted leads.
/// </summary>
internal sealed class Pipeline : AggregateRoot
{
    private Pipeline() { }

    public string Name { get; private set; } = "";
    public bool IsDefault { get; private set; }
    public bool IsActive { get; private set; } = true;
    public List<PipelineStage> Stages { get; private set; } = [];

    public static Pipeline Create(string name, bool isDefault) => new() { Name = name.Trim(), IsDefault = isDefault };

    public void Rename(string name, bool isDefault, bool isActive)
    {
        Name = name.Trim();
        IsDefault = isDefault;
        IsActive = isActive;
    }

    public void ClearDefault() => IsDefault = false;

    public IEnumerable<PipelineStage> Ordered => Stages.OrderBy(s => s.Position);

    /// <summary>The first open stage: where a new opportunity starts.</summary>
    public PipelineStage? FirstOpenStage => Ordered.FirstOrDefault(s => s.Category == StageCategory.Open);

    public PipelineStage? FirstStageOf(StageCategory category) => Ordered.FirstOrDefault(s => s.Category == category);

    /// <summary>
    /// The stage list an admin wants: valid when names are unique and there is at least one stage of each category.
    /// </summary>
    public static bool IsValidStageList(IReadOnlyList<(string Name, StageCategory Category)> stages) =>
        stages.Select(s => s.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == stages.Count
        && stages.Any(s => s.Category == StageCategory.Open)
        && stages.Any(s => s.Category == StageCategory.Won)
        && stages.Any(s => s.Category == StageCategory.Lost);

    /// <summary>
    /// Replaces the stage list in the given order: stages with a known id are updated in place (opportunities in them
    /// stay put), new ones are added, and missing ones removed — the caller first checks none holds an opportunity.
    /// </summary>
    public void SetStages(IReadOnlyList<(Guid? Id, string Name, decimal Probability, StageCategory Category)> stages)
    {
        var keep = stages.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToHashSet();
        Stages.RemoveAll(s => !keep.Contains(s.Id));
        for (var i = 0; i < stages.Count; i++)
        {
            var (id, name, probability, category) = stages[i];
            if (id is not null && Stages.FirstOrDefault(s => s.Id == id) is { } existing) existing.Update(name, i + 1, probability, category);
            else Stages.Add(PipelineStage.Create(Id, name, i + 1, probability, category));
        }
    }
}

internal sealed class PipelineStage : Entity
{
    private PipelineStage() { }

    public Guid PipelineId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>1-based order along the pipeline.</summary>
    public int Position { get; private set; }
    /// <summary>Default win probability in percent (0–100), numeric(5,2); won stages are 100, lost 0.</summary>
    public decimal Probability { get; private set; }
    public StageCategory Category { get; private set; }

    public static PipelineStage Create(Guid pipelineId, string name, int position, decimal probability, StageCategory category)
    {
        var s = new PipelineStage { PipelineId = pipelineId };
        s.Update(name, position, probability, category);
        return s;
    }

    public void Update(string name, int position, decimal probability, StageCategory category)
    {
        Name = name.Trim();
        Position = position;
        Category = category;
        Probability = category switch { StageCategory.Won => 100m, StageCategory.Lost => 0m, _ => probability };
    }
}
