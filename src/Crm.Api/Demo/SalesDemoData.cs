using Crm.DataGenerator;
using Crm.Sales.Domain;
using Crm.Sales.Features.Commissions;
using Crm.Sales.Features.ExchangeRates;
using Crm.Sales.Features.Leads;
using Crm.Sales.Features.Opportunities;
using Crm.Sales.Features.Orders;
using Crm.Sales.Features.Pipelines;
using Crm.Sales.Features.PriceLists;
using Crm.Sales.Features.Products;
using Crm.Sales.Features.Quotas;
using Crm.Sales.Features.Quotes;
using Crm.Sales.Features.Shared;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace Crm.Api.Demo;

/// <summary>
/// A year of sales history for the demo reps on the generated book of business, replayed through Sales' own commands at
/// the moments things happened (<see cref="HistoricClock"/>), so its events reach the customers' timelines and purchase
/// facts through the outbox as in real use: a default pipeline, a catalogue with a company-currency and a CNY price
/// list, monthly CNY rates, commission rules with tiers, quarterly quotas, leads in every status (some converted), and
/// deals on the reps' own contacts that move through the stages over weeks, then are won (quoted, accepted, ordered,
/// mostly fulfilled) or lost with a reason — and an open pipeline closing in the coming months. Deterministic (the
/// caller's seeded random and names).
/// </summary>
internal sealed class SalesDemoData(IServiceProvider services, Random random, ILogger log)
{
    private static readonly (string Code, string Name, string Unit, decimal Price)[] Catalogue =
    [
        ("CRM-STD", "CRM Standard licence (per user, year)", "licence", 600m),
        ("CRM-PRO", "CRM Professional licence (per user, year)", "licence", 1_200m),
        ("CRM-ENT", "CRM Enterprise licence (per user, year)", "licence", 2_400m),
        ("SUP-PRM", "Premium support (year)", "year", 4_800m),
        ("ONB-PKG", "Onboarding package", "package", 3_500m),
        ("TRN-DAY", "On-site training day", "day", 1_500m),
        ("INT-API", "Integration connector", "piece", 2_000m),
        ("CNS-HR", "Consulting hour", "hour", 180m),
        ("DAT-MIG", "Data migration", "package", 5_000m),
        ("HW-SCN", "Barcode scanner", "piece", 250m),
    ];

    private static readonly string[] LossReasons = ["Price", "Chose a competitor", "No budget", "No decision", "Timing", "Missing feature"];
    private static readonly string[] Competitors = ["Salesforce", "Dynamics 365", "HubSpot", "Zoho", "Odoo", "Fxiaoke"];
    private static readonly string[] NextSteps = ["Send proposal", "Demo for the IT team", "Call the CFO", "Reference visit", "Legal review", "Pilot kick-off"];
    private static readonly string[] LeadSources = ["Web", "Trade show", "Referral", "Cold call", "Partner", "Campaign", "Import"];
    private static readonly string[] DisqualifyReasons = ["No budget", "Not a decision maker", "Student / private use", "Duplicate of a customer", "Wrong region"];

    private DateTimeOffset _now;
    private decimal _localRate = 1m;

    public async Task RunAsync(ActingUser system, IReadOnlyList<ActingUser> reps, IReadOnlyList<DemoContact> contacts, BenchNames names,
        CancellationToken ct)
    {
        _now = DateTimeOffset.UtcNow;
        var company = services.GetRequiredService<IOptions<SalesOptions>>().Value.CompanyCurrency;
        var yearAgo = _now.AddDays(-380);
        var started = System.Diagnostics.Stopwatch.StartNew();

        // Set-up, dated a year back so that the history below can use it.
        var pipeline = await At(yearAgo, system, new CreatePipeline("Standard sales",
        [
            new("Prospecting", 10m, StageCategory.Open), new("Qualification", 20m, StageCategory.Open), new("Proposal", 50m, StageCategory.Open),
            new("Negotiation", 75m, StageCategory.Open), new("Closed Won", 100m, StageCategory.Won), new("Closed Lost", 0m, StageCategory.Lost),
        ], IsDefault: true), ct);
        await At(yearAgo, system, new CreatePipeline("Renewals",
        [
            new("Renewal due", 60m, StageCategory.Open), new("Renewal quoted", 85m, StageCategory.Open),
            new("Renewed", 100m, StageCategory.Won), new("Churned", 0m, StageCategory.Lost),
        ]), ct);
        var stages = pipeline.Stages.Where(s => s.Category == StageCategory.Open).ToList();

        var products = new List<(Guid Id, string Name, decimal Price)>();
        foreach (var (code, name, unit, price) in Catalogue)
            products.Add(((await At(yearAgo, system, new CreateProduct(code, name, unit), ct)).Id, name, price));
        await At(yearAgo, system, new CreateProduct("CRM-LEG", "CRM Classic licence (retired)", "licence", "Replaced by CRM Standard.", IsActive: false), ct);

        var standard = await At(yearAgo, system, new CreatePriceList($"Standard {company}", company, null, null, IsDefault: true), ct);
        var other = company == "CNY" ? "USD" : "CNY";
        var otherRate = other == "CNY" ? 0.1390m : 7.20m;
        _localRate = otherRate;
        var local = await At(yearAgo, system, new CreatePriceList($"China {other}", other, null, null), ct);
        foreach (var (id, _, price) in products)
        {
            await At(yearAgo, system, new SetPrice(price) { PriceListId = standard.Id, ProductId = id }, ct);
            await At(yearAgo, system, new SetPrice(Math.Round(price / otherRate, 0, MidpointRounding.AwayFromZero)) { PriceListId = local.Id, ProductId = id }, ct);
        }
        for (var month = 13; month >= 0; month--)
        {
            var first = new DateOnly(_now.Year, _now.Month, 1).AddMonths(-month);
            var drift = 1m + (decimal)(random.NextDouble() - 0.5) * 0.04m;
            await At(yearAgo, system, new SetExchangeRate(other, Math.Round(otherRate * drift, 6, MidpointRounding.AwayFromZero), first), ct);
        }

        await At(yearAgo, system, new CreateCommissionRule("Standard plan", 5m, [new(100m, 8m), new(120m, 10m)]), ct);
        var star = reps.FirstOrDefault(r => r.Scope == DataScope.Own);
        if (star is not null) await At(yearAgo, system, new CreateCommissionRule("Senior rep plan", 6m, [new(90m, 9m), new(130m, 12m)], star.Id), ct);

        var salesReps = reps.Where(r => r.Scope == DataScope.Own).ToList();
        for (var q = -4; q <= 1; q++)
        {
            var quarter = SalesPeriod.QuarterOf(DateOnly.FromDateTime(_now.UtcDateTime).AddMonths(3 * q));
            foreach (var rep in salesReps)
                await At(yearAgo, system, new SetQuota(quarter.ToString(), 70_000m + 5_000m * random.Next(0, 13), rep.Id), ct);
            foreach (var team in salesReps.SelectMany(r => r.TeamIds).Distinct())
                await At(yearAgo, system, new SetQuota(quarter.ToString(), 550_000m + 25_000m * random.Next(0, 9), TeamId: team), ct);
        }

        var leads = await LeadsAsync(salesReps, names, ct);
        var (won, lost, open) = (0, 0, 0);
        foreach (var rep in salesReps)
        {
            var theirs = contacts.Where(c => c.OwnerId == rep.Id).ToList();
            if (theirs.Count == 0) theirs = [.. contacts.Take(20)];
            for (var i = 0; i < 16; i++)
            {
                var (contactId, accountId, _) = theirs[random.Next(theirs.Count)];
                var outcome = await DealAsync(rep, stages, pipeline, products, standard.Id, local.Id, other, accountId, contactId, ct);
                if (outcome == OpportunityStatus.Won) won++; else if (outcome == OpportunityStatus.Lost) lost++; else open++;
            }
        }
        log.LogInformation("Sales demo data loaded in {Elapsed:0.0} s: {Leads} leads, {Won} deals won, {Lost} lost, {Open} open, over the last year.",
            started.Elapsed.TotalSeconds, leads, won, lost, open);
    }

    private async Task<int> LeadsAsync(IReadOnlyList<ActingUser> reps, BenchNames names, CancellationToken ct)
    {
        var count = 0;
        foreach (var rep in reps)
            for (var i = 0; i < 10; i++)
            {
                var created = _now.AddDays(-random.Next(1, 360)).AddMinutes(-random.Next(0, 600));
                var person = names.Person();
                var company = random.Next(3) > 0 ? names.Company().Name : null;
                var lead = await At(created, rep, new CreateLead(person.Full, company, Pick(["CEO", "IT manager", "Buyer", "Operations lead"]),
                    $"{person.EmailLocal}.lead{count}@prospect.example", names.Phone(), Pick(LeadSources), random.Next(10, 95)), ct);
                count++;
                var roll = random.Next(100);
                if (roll < 20) continue; // new
                var at = created.AddDays(random.Next(1, 10));
                if (at > _now) continue;
                lead = await At(at, rep, new ChangeLeadStatus(LeadStatus.Working, lead.Version) { Id = lead.Id }, ct);
                if (roll < 45) continue; // working
                at = at.AddDays(random.Next(2, 20));
                if (at > _now) continue;
                if (roll < 65)
                {
                    await At(at, rep, new ChangeLeadStatus(LeadStatus.Disqualified, lead.Version, Pick(DisqualifyReasons)) { Id = lead.Id }, ct);
                    continue;
                }
                lead = await At(at, rep, new ChangeLeadStatus(LeadStatus.Qualified, lead.Version) { Id = lead.Id }, ct);
                if (roll < 80) continue; // qualified
                at = at.AddDays(random.Next(1, 7));
                if (at > _now) continue;
                await At(at, rep, new ConvertLead(lead.Version) { Id = lead.Id }, ct);
            }
        return count;
    }

    /// <summary>One deal's life: opened, products added, moved through stages over weeks, then won (and ordered), lost, or still open.</summary>
    private async Task<OpportunityStatus> DealAsync(ActingUser rep, IReadOnlyList<PipelineStageDetails> stages, PipelineDetails pipeline,
        IReadOnlyList<(Guid Id, string Name, decimal Price)> products, Guid standardList, Guid localList, string localCurrency, Guid? accountId, Guid contactId,
        CancellationToken ct)
    {
        var opened = _now.AddDays(-random.Next(5, 365)).AddMinutes(-random.Next(0, 600));
        var inLocal = random.Next(5) == 0;
        var lines = Enumerable.Range(0, random.Next(1, 4)).Select(_ => products[random.Next(products.Count)]).DistinctBy(p => p.Id)
            .Select(p => (p.Name, Line: new OpportunityLineInput(p.Id, random.Next(1, 12), inLocal ? Math.Round(p.Price / _localRate, 0, MidpointRounding.AwayFromZero) : null,
                random.Next(4) == 0 ? 10m : 0m)))
            .ToList();
        var deal = await At(opened, rep, new CreateOpportunity(
            $"{lines[0].Name.Split(" (")[0]}{(lines.Count > 1 ? " and more" : "")} – {opened:MMM yyyy}",
            DateOnly.FromDateTime(opened.AddDays(random.Next(30, 120)).UtcDateTime), 0m, inLocal ? localCurrency : null, accountId, contactId,
            Competitors: random.Next(2) == 0 ? [Competitors[random.Next(Competitors.Length)]] : null, NextStep: NextSteps[random.Next(NextSteps.Length)]), ct);
        deal = await At(opened.AddHours(2), rep, new SetOpportunityLines([.. lines.Select(l => l.Line)], deal.Version) { Id = deal.Id }, ct);

        // Older deals have mostly closed; recent ones are still in the pipeline. Some stall for a long time in a stage.
        var age = (_now - opened).TotalDays;
        var roll = random.Next(100);
        var fate = age > 75 ? (roll < 52 ? OpportunityStatus.Won : roll < 88 ? OpportunityStatus.Lost : OpportunityStatus.Open)
            : age > 25 ? (roll < 25 ? OpportunityStatus.Won : roll < 40 ? OpportunityStatus.Lost : OpportunityStatus.Open)
            : OpportunityStatus.Open;
        var reach = fate == OpportunityStatus.Won ? stages.Count : fate == OpportunityStatus.Lost ? random.Next(1, stages.Count + 1) : random.Next(1, stages.Count + 1);
        var at = opened;
        var budget = fate == OpportunityStatus.Open ? age : age - 1;
        for (var s = 1; s < reach; s++)
        {
            var step = TimeSpan.FromDays(random.Next(2, 25) + random.NextDouble());
            if ((at + step - opened).TotalDays >= budget) break;
            at += step;
            deal = await At(at, rep, new MoveOpportunity(stages[s].Id, deal.Version) { Id = deal.Id }, ct);
        }

        if (fate == OpportunityStatus.Open)
        {
            var category = deal.StageName switch { "Negotiation" => ForecastCategory.Commit, "Proposal" => ForecastCategory.BestCase, _ => ForecastCategory.Pipeline };
            var closeDate = DateOnly.FromDateTime(_now.AddDays(random.Next(-10, 150)).UtcDateTime);
            await At(at.AddHours(1), rep, new UpdateOpportunity(deal.Name, closeDate, deal.Version, deal.Amount, deal.AccountId, deal.ContactId, null, category,
                deal.NextStep, deal.Competitors, null) { Id = deal.Id }, ct);
            return OpportunityStatus.Open;
        }

        var closedAt = at + TimeSpan.FromDays(random.Next(1, 12));
        if (closedAt > _now) closedAt = at + (_now - at) / 2;
        if (fate == OpportunityStatus.Lost)
        {
            if (random.Next(3) == 0) await QuoteAsync(rep, deal, inLocal ? localList : standardList, at.AddHours(3), accept: false, ct);
            await At(closedAt, rep, new LoseOpportunity(LossReasons[random.Next(LossReasons.Length)], deal.Version) { Id = deal.Id }, ct);
            return OpportunityStatus.Lost;
        }

        var quote = await QuoteAsync(rep, deal, inLocal ? localList : standardList, at.AddHours(3), accept: true, ct);
        deal = await At(closedAt, rep, new WinOpportunity(deal.Version, random.Next(2) == 0 ? "Best fit for their process" : null) { Id = deal.Id }, ct);
        var order = await At(closedAt.AddHours(1), rep, new PlaceOrder(QuoteId: quote.Id), ct);
        var settled = closedAt.AddDays(random.Next(3, 25));
        if (settled < _now)
        {
            if (random.Next(20) == 0) await At(settled, rep, new CancelOrder(order.Version, "Customer withdrew") { Id = order.Id }, ct);
            else await At(settled, rep, new FulfilOrder(order.Version) { Id = order.Id }, ct);
        }
        return OpportunityStatus.Won;
    }

    /// <summary>A quote for the deal's lines: sent, then accepted (for a won deal) or rejected / left to expire (for a lost one).</summary>
    private async Task<QuoteDetails> QuoteAsync(ActingUser rep, OpportunityDetails deal, Guid priceList, DateTimeOffset at, bool accept, CancellationToken ct)
    {
        var validUntil = DateOnly.FromDateTime(at.AddDays(30).UtcDateTime);
        var lines = deal.Lines.Select(l => new SalesLineInput(l.ProductId, l.Quantity, l.UnitPrice, l.DiscountPercent, 13m)).ToList();
        var quote = await At(at, rep, new CreateQuote(deal.Id, validUntil, priceList, "Prices include installation.", lines), ct);
        if (random.Next(4) == 0)
        {
            // A first offer the customer pushed back on: revised with a better discount.
            quote = await At(at.AddHours(1), rep, new SendQuote(quote.Version) { Id = quote.Id }, ct);
            quote = await At(at.AddHours(26), rep, new ReviseQuote(quote.Version) { Id = quote.Id }, ct);
            quote = await At(at.AddHours(27), rep, new UpdateQuote(validUntil.AddDays(2),
                [.. quote.Lines.Select(l => new SalesLineInput(l.ProductId, l.Quantity, l.UnitPrice, Math.Min(100m, l.DiscountPercent + 5m), l.TaxPercent))],
                quote.Version, quote.Notes) { Id = quote.Id }, ct);
        }
        quote = await At(at.AddHours(28), rep, new SendQuote(quote.Version) { Id = quote.Id }, ct);
        if (accept) return await At(at.AddHours(50), rep, new AcceptQuote(quote.Version) { Id = quote.Id }, ct);
        if (random.Next(2) == 0) return await At(at.AddHours(50), rep, new RejectQuote(quote.Version, "Too expensive") { Id = quote.Id }, ct);
        return quote; // left to expire
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Runs one command as <paramref name="user"/> at <paramref name="when"/>, in its own scope; demo data must be valid.</summary>
    private async Task<T> At<T>(DateTimeOffset when, ICurrentUser user, ICommand<Result<T>> command, CancellationToken ct)
    {
        using var _ = HistoricClock.At(when);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserScope>().RunAs(user);
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, ct);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException($"Sales demo data: {command.GetType().Name} failed: {result.Error.Code} {result.Error.Message}");
    }
}
