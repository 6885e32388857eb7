namespace Crm.Customers.Domain;

/// <summary>Customer value tier: A = VIP, B = important, C = ordinary.</summary>
public enum CustomerTier
{
    A,
    B,
    C,
}

/// <summary>Where the customer is in their life with us.</summary>
public enum LifecycleStage
{
    Potential,
    New,
    Regular,
    LongStanding,
    Loyal,
    Lapsed,
}

/// <summary>The state of the relationship itself.</summary>
public enum RelationshipStatus
{
    Preparing,
    Forming,
    Developing,
    Stable,
    Broken,
}

/// <summary>Which classification field changed.</summary>
public enum ClassificationField
{
    Tier,
    Stage,
    Relationship,
}
