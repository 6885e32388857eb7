namespace Crm.DataGenerator;

/// <summary>
/// What to generate: <paramref name="Scale"/> accounts and everything that hangs off them, from random seed
/// <paramref name="Seed"/>, ending on <paramref name="End"/>; <paramref name="Password"/> is given to any rep users
/// the generator has to create; <paramref name="Parts"/> says which modules' share to write. The same options give
/// the same rows.
/// </summary>
public sealed record SeedOptions(int Scale, int Seed, string ConnectionString, DateTimeOffset End, string Password,
    SeedParts Parts = SeedParts.All);

/// <summary>Which modules' share of the book of business the generator writes.</summary>
[Flags]
public enum SeedParts
{
    /// <summary>Accounts, contacts, interactions, tasks and their timeline.</summary>
    Customers = 1,

    /// <summary>Opportunities with stage history and orders with lines (needs the Customers share).</summary>
    Sales = 2,

    All = Customers | Sales,
}

/// <summary>A reason to stop that the user can act on (no schema, already seeded); printed without a stack trace.</summary>
public sealed class SeedException(string message) : Exception(message);
