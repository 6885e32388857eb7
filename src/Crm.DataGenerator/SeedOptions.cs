namespace Crm.DataGenerator;

/// <summary>
/// What to generate: <paramref name="Scale"/> accounts and everything that hangs off them, from random seed
/// <paramref name="Seed"/>, ending on <paramref name="End"/>; <paramref name="Password"/> is given to any rep users
/// the generator has to create. The same options give the same rows.
/// </summary>
public sealed record SeedOptions(int Scale, int Seed, string ConnectionString, DateTimeOffset End, string Password);

/// <summary>A reason to stop that the user can act on (no schema, already seeded); printed without a stack trace.</summary>
public sealed class SeedException(string message) : Exception(message);
