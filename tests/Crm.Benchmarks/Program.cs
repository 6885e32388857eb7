using Crm.Benchmarks.Bench;
using Crm.Benchmarks;

// Crm's scale tooling (issue 6). Commands:
//   seed --scale N [--seed S] [--parts customers,sales] [--connection "<npgsql connection string>"] [--as-of yyyy-MM-dd] [--password P]
//   bench --url http://127.0.0.1:PORT [--connection …] [--password P] [--scenarios a,b] [--connections 4] [--warmup 5] [--duration 20] …
return args switch
{
    ["seed", .. var rest] => await SeedCommand.RunAsync(rest),
    ["bench", .. var rest] => await BenchCommand.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Crm.Benchmarks seed --scale N [--seed S] [--parts customers,sales] [--connection "<npgsql connection string>"] [--as-of yyyy-MM-dd] [--password P]
          --scale N       Customers: N accounts, ~5N contacts, ~20N interactions, ~N tasks (+ their timeline entries);
                          Sales: 3N opportunities (+ lines, stage history), 5N orders (+ lines), their timeline entries and purchases
          --seed S        random seed (default 1): the same seed, scale and --as-of give the same rows
          --parts P       customers, sales or customers,sales (default both). With both, a database that already holds
                          this seed's Customers share gets only the Sales share; "sales" alone requires it (same --seed,
                          --scale and --as-of as the run that wrote it)
          --connection    default: the ConnectionStrings__Crm environment variable
          --as-of         the day the data ends (default: today, UTC); tasks are due and overdue relative to it
          --password      password of the rep users created when fewer than 12 exist
                          (default: Bootstrap__AdminPassword, else "bench-Passw0rd")

        Crm.Benchmarks bench --url http://127.0.0.1:PORT [options]   (./build.sh bench starts everything and calls this)
          --connection    the API's database (default: ConnectionStrings__Crm), for samples and pgbench
          --email, --password   who signs in (default admin@crm.local / Bootstrap__AdminPassword)
          --scenarios a,b       a subset, by name (default: all, in order)
          --connections C       concurrent connections for the API and pgbench alike (default 4)
          --warmup S, --duration S   seconds of warm-up (not counted) and of measurement per scenario (5, 20)
          --samples K     requests drawn per read scenario, shared by the API and pgbench (default and max 128)
          --pgbench PATH  pgbench binary (default: on PATH)      --api-pid PID   the API process, for its RSS
          --out DIR       write <date>-scale<N>.json and .md there   --scale N, --commit C   labels for the results
          --soak S        after the scenarios, S seconds of all read samples mixed, the API's RSS every 10 s (memory check)
        """);
    return 2;
}
