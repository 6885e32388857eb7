using Crm.Benchmarks.Seeding;

// Crm's scale tooling (issue 6). Commands:
//   seed --scale N [--seed S] [--connection "<npgsql connection string>"] [--as-of yyyy-MM-dd] [--password P]
return args switch
{
    ["seed", .. var rest] => await SeedCommand.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Crm.Benchmarks seed --scale N [--seed S] [--connection "<npgsql connection string>"] [--as-of yyyy-MM-dd] [--password P]
          --scale N       N accounts, ~5N contacts, ~20N interactions, ~N tasks (+ their timeline entries)
          --seed S        random seed (default 1): the same seed, scale and --as-of give the same rows
          --connection    default: the ConnectionStrings__Crm environment variable
          --as-of         the day the data ends (default: today, UTC); tasks are due and overdue relative to it
          --password      password of the rep users created when fewer than 12 exist
                          (default: Bootstrap__AdminPassword, else "bench-Passw0rd")
        """);
    return 2;
}
