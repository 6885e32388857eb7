using System.Globalization;
using Npgsql;

namespace Crm.DataGenerator;

/// <summary>
/// The Sales share: 3N opportunities with their stage history and product lines, 5N orders with frozen lines, and
/// what Customers' event handlers write for them (timeline lines for won and lost deals and for placed, fulfilled and
/// cancelled orders; a purchase per order), as if every deal and order had gone through the API. Money follows
/// <c>Crm.Sales.Domain.Money</c> (rounded to cents AwayFromZero where first produced, sums of rounded amounts never
/// rounded again). Deals are written in creation order and orders in placement order, each table and its follow-ups
/// in one pass over four COPY streams; only what the orders need of the won deals is kept (about 48 bytes a deal).
/// </summary>
public sealed partial class Seeder
{
    private const int OpportunityStream = 8;
    private const int OrderStream = 9;

    private static readonly string[] LossReasons = ["Price", "Chose a competitor", "No budget", "No decision", "Timing", "Missing feature"];
    private static readonly string[] Competitors = ["Salesforce", "Dynamics 365", "HubSpot", "Zoho", "Odoo", "Fxiaoke"];
    private static readonly string[] NextSteps = ["Send proposal", "Demo for the IT team", "Call the CFO", "Reference visit", "Legal review", "Pilot kick-off"];
    private static readonly string[] CancelReasons = ["Customer withdrew", "Duplicate order", "Payment failed", "Budget frozen"];
    private static readonly int[] ProductWeights = [18, 14, 8, 8, 10, 10, 8, 12, 6, 6];
    /// <summary>Quantities a product sells in per deal (licences by the seat, a package once), by catalogue position.</summary>
    private static readonly (int Min, int Max)[] DealQuantities = [(5, 150), (5, 100), (10, 200), (1, 2), (1, 1), (1, 10), (1, 5), (10, 200), (1, 2), (5, 100)];
    /// <summary>Repeat purchases are smaller: more seats, a few days of training or consulting, scanners.</summary>
    private static readonly (int Min, int Max)[] ReorderQuantities = [(1, 40), (1, 30), (1, 50), (1, 1), (1, 1), (1, 5), (1, 2), (5, 80), (1, 1), (1, 40)];
    private static readonly int[] ReorderWeights = [16, 12, 5, 10, 2, 10, 3, 20, 2, 20];
    private static readonly int[] ProductIndexes = [.. Enumerable.Range(0, 10)];
    private static readonly string[] Fates = ["Won", "Lost", "Stalled"];
    private static readonly int[] FateWeights = [38, 58, 4];
    private static readonly int[] DealLines = [1, 2, 3];
    private static readonly int[] DealLineWeights = [50, 35, 15];
    private static readonly int[] DealDiscounts = [0, 5, 10, 15, 20];
    private static readonly int[] DealDiscountWeights = [55, 20, 15, 7, 3];
    private static readonly int[] OrderLines = [1, 2, 3, 4];
    private static readonly int[] OrderLineWeights = [45, 30, 15, 10];
    private static readonly int[] OrderDiscounts = [0, 5, 10];
    private static readonly int[] OrderDiscountWeights = [70, 20, 10];

    /// <summary>Closed won in the company currency per rep (index) and quarter (<see cref="SalesCatalog.QuarterIndex"/>), for the quotas.</summary>
    private decimal[,] _won = new decimal[0, 0];

    /// <summary>What an order needs of a won deal: when it is placed, the deal, its customer and owner, its currency and lines.</summary>
    private readonly record struct WonDeal(long PlacedTicks, Guid Opportunity, int Account, int Contact, byte Owner, byte Currency, Lines Lines);

    /// <summary>Up to three lines: product index, discount percent and quantity packed in a uint each (0: no line).</summary>
    private readonly record struct Lines(uint A, uint B, uint C)
    {
        public int Count => A == 0 ? 0 : B == 0 ? 1 : C == 0 ? 2 : 3;
        public (int Product, int Discount, int Quantity) this[int i] => (i == 0 ? A : i == 1 ? B : C) is var v
            ? ((int)(v & 0xFF), (int)((v >> 8) & 0xFF), (int)(v >> 16)) : default;
        public static uint Pack(int product, int discount, int quantity) => (uint)(product | discount << 8 | quantity << 16);
    }

    /// <summary>
    /// The moment of the <paramref name="i"/>-th of <paramref name="count"/> deals or orders, in order: their flow grows
    /// with the customer base (accounts are added evenly), a density ∝ t, so t = T·√((i + jitter) / count).
    /// </summary>
    private DateTimeOffset Growing(long i, long count, double jitter) =>
        _start + TimeSpan.FromTicks((long)(History.Ticks * Math.Sqrt((i + jitter) / count)));

    /// <summary>The id of the first generated opportunity: drawn first from its stream, so found without planning the rest.</summary>
    private Guid FirstOpportunityId()
    {
        var random = new SeedRandom(options.Seed, OpportunityStream);
        var created = Growing(0, 3L * options.Scale, random.NextDouble());
        return random.Version7(created);
    }

    /// <summary>A customer's currency, fixed per account (or per contact without one): 70 % USD, 20 % CNY, 10 % EUR.</summary>
    private static byte CurrencyOf(int account, int contact)
    {
        var h = unchecked((uint)(account >= 0 ? account : contact + 0x40000000) * 2654435761u) % 100;
        return (byte)(h < 70 ? 0 : h < 90 ? 1 : 2);
    }

    /// <summary>A planned deal: everything random about it is drawn by <see cref="PlanDeal"/>, so two passes write the same rows.</summary>
    private sealed class Deal
    {
        public Guid Id;
        public string Name = "";
        public int Account, Contact, Owner;
        public byte Currency;
        public decimal Amount;
        public DateTimeOffset Created, Updated, Closing;
        public bool Closed;
        public string Status = "", Category = "";
        public DateOnly CloseDate;
        public string? NextStep, Description, Reason;
        public string[] Competitors = [];
        public readonly List<(int Product, int Discount, int Quantity, Guid Id)> Lines = new(3);
        public readonly List<(SalesStage Stage, DateTimeOffset At, Guid Id)> Entered = new(8);
        public Guid ClosingLine;
    }

    /// <summary>
    /// 3N deals, opened at a pace that grows with the customer base, 85 % with an account (power law: big accounts
    /// have many) and mostly one of its contacts, else with a contact alone; owned by the record's owner or a colleague.
    /// Each runs through the stages over a cycle of 5–180 days and is won (38 %), lost (58 %, most early) or stalls
    /// (4 %, left open past its close date); one whose cycle ends after the end day is still open, in the stage it has
    /// reached, closing in the future. Every stay in a stage is a stage history row; each closing puts its line on
    /// the customer's timeline. Lines and stage history reference their deal (foreign keys), which a concurrent COPY
    /// cannot see before it commits: so the deals (with their timeline lines) are written first, then the same deals
    /// are planned again — the same draws — for their lines and history. Won deals are kept for their orders.
    /// </summary>
    private async Task<List<WonDeal>> LoadOpportunitiesAsync(SalesCatalog catalog, IReadOnlyList<NpgsqlConnection> connections)
    {
        var count = 3L * _accounts.Count;
        var won = new List<WonDeal>((int)Math.Min(int.MaxValue, count * 2 / 5));
        _won = new decimal[_reps.Count, catalog.Quarters];

        var progress = new Progress("opportunities", count);
        var timeline = new Progress("+ timeline", count, quiet: true);
        await CopyManyAsync([connections[0], connections[1]],
        [
            "COPY sales.opportunities (id, name, account_id, contact_id, pipeline_id, stage_id, stage_entered_at, amount, currency, probability, close_date, " +
            "status, forecast_category, next_step, competitors, description, close_reason, closed_at, cycle_days, lead_id, owner_id, team_id, created_at, updated_at) " +
            "FROM STDIN (FORMAT BINARY)",
            TimelineCopy,
        ], w => PlanDeals(catalog, count, d =>
        {
            WriteDeal(w[0], catalog, d);
            progress.Add();
            if (!d.Closed) return;
            // What RecordOpportunityClosed writes for the OpportunityClosed event.
            var money = SalesCatalog.Money(d.Amount, SalesCatalog.Currencies[d.Currency]);
            WriteTimeline(w[1], d.ClosingLine, d.Account >= 0 ? _accounts.Id[d.Account] : null, d.Contact >= 0 ? _contacts.Id[d.Contact] : null,
                d.Status == "Won" ? "sales.opportunity_won" : "sales.opportunity_lost", d.Closing, $"Opportunity {d.Name} {(d.Status == "Won" ? "won" : "lost")}",
                d.Reason is null ? money : $"{money} · {d.Reason}", d.Id, _reps[d.Owner].Id, "sales");
            timeline.Add();
            if (d.Status != "Won") return;
            _won[d.Owner, catalog.QuarterIndex(d.Closing)] += Round(d.Amount * catalog.RateOn(d.Currency, DateOnly.FromDateTime(d.Closing.UtcDateTime)));
            uint Packed(int k) => k < d.Lines.Count ? Lines.Pack(d.Lines[k].Product, d.Lines[k].Discount, d.Lines[k].Quantity) : 0u;
            won.Add(new WonDeal(Min(d.Closing.AddHours(1), _end).UtcTicks, d.Id, d.Account, d.Contact, (byte)d.Owner, d.Currency,
                new Lines(Packed(0), Packed(1), Packed(2))));
        }));
        progress.Done();
        timeline.Done();

        var lines = new Progress("+ lines", count);
        var history = new Progress("+ stage history", count, quiet: true);
        await CopyManyAsync([connections[0], connections[1]],
        [
            "COPY sales.opportunity_lines (id, opportunity_id, product_id, product_name, quantity, unit_price, discount_percent, net_amount) FROM STDIN (FORMAT BINARY)",
            "COPY sales.opportunity_stage_changes (id, opportunity_id, from_stage_id, stage_id, stage_name, category, entered_at, left_at, days_in_stage, actor_id) " +
            "FROM STDIN (FORMAT BINARY)",
        ], w => PlanDeals(catalog, count, d =>
        {
            foreach (var (p, discount, quantity, lineId) in d.Lines)
            {
                var product = catalog.Products[p];
                var price = product.Prices[d.Currency];
                w[0].StartRow();
                w[0].Uuid(lineId);
                w[0].Uuid(d.Id);
                w[0].Uuid(product.Id);
                w[0].Varchar(product.Name);
                w[0].Numeric(quantity);
                w[0].Money(price);
                w[0].Numeric(discount);
                w[0].Money(LineNet(quantity, price, discount, 0m).Net);
                lines.Add();
            }
            for (var s = 0; s < d.Entered.Count; s++)
            {
                var (stage, from, stepId) = d.Entered[s];
                DateTimeOffset? left = s + 1 < d.Entered.Count ? d.Entered[s + 1].At : null;
                w[1].StartRow();
                w[1].Uuid(stepId);
                w[1].Uuid(d.Id);
                w[1].Uuid(s > 0 ? d.Entered[s - 1].Stage.Id : null);
                w[1].Uuid(stage.Id);
                w[1].Varchar(stage.Name);
                w[1].Varchar(stage.Category);
                w[1].Time(from);
                w[1].Time(left);
                w[1].Numeric(left is { } until ? Days(from, until) : null);
                w[1].Uuid(_reps[d.Owner].Id);
                history.Add();
            }
        }));
        lines.Done();
        history.Done();
        return won;
    }

    /// <summary>Plans the deals one by one, in creation order, and hands each to <paramref name="write"/>.</summary>
    private void PlanDeals(SalesCatalog catalog, long count, Action<Deal> write)
    {
        var random = new SeedRandom(options.Seed, OpportunityStream);
        var (contactStart, contactList) = _byAccount;
        var accountScatter = new Scatter(_accounts.Count);
        var contactScatter = new Scatter(_contacts.Count);
        var open = catalog.Open;
        var weights = new double[open.Count];
        var d = new Deal();
        for (var i = 0L; i < count; i++)
        {
            var planned = Growing(i, count, random.NextDouble());
            d.Id = random.Version7(planned);
            var ticks = planned.UtcTicks;
            if (random.Chance(0.85))
            {
                d.Account = Existing(_accounts, accountScatter, 2.5, ref ticks, random);
                d.Contact = random.Chance(0.75) ? ContactOf(d.Account, ticks, contactStart, contactList, random) : -1;
            }
            else
            {
                d.Contact = Existing(_contacts, contactScatter, 2.0, ref ticks, random);
                d.Account = _contacts.Account[d.Contact];
            }
            var created = d.Created = new DateTimeOffset(ticks, TimeSpan.Zero);
            int recordOwner = d.Account >= 0 ? _accounts.Owner[d.Account] : _contacts.Owner[d.Contact];
            d.Owner = random.Chance(0.9) ? recordOwner : ColleagueOf(recordOwner, random);
            d.Currency = CurrencyOf(d.Account, d.Contact);

            // Lines: one to three distinct products, priced from the currency's list.
            d.Lines.Clear();
            var lineCount = random.Weighted(DealLines, DealLineWeights);
            for (var tries = 0; d.Lines.Count < lineCount && tries < 10; tries++)
            {
                var p = random.Weighted(ProductIndexes, ProductWeights);
                if (d.Lines.Exists(x => x.Product == p)) continue;
                var (min, max) = DealQuantities[p];
                // Mostly near the minimum, a few large (a cube: the mean is a quarter of the way up).
                d.Lines.Add((p, random.Weighted(DealDiscounts, DealDiscountWeights), min + random.PowerLaw(max - min + 1, 3.0), random.Version7(created)));
            }
            d.Amount = 0m;
            foreach (var (p, discount, quantity, _) in d.Lines) d.Amount += LineNet(quantity, catalog.Products[p].Prices[d.Currency], discount, 0m).Net;
            var first = catalog.Products[d.Lines[0].Product];
            d.Name = $"{first.ShortName}{(d.Lines.Count > 1 ? " and more" : "")} – {created.ToString("MMM yyyy", CultureInfo.InvariantCulture)}";

            // Its life: the stays in the open stages over the cycle, then the close — unless the end day comes first.
            var fate = random.Weighted(Fates, FateWeights);
            var cycle = TimeSpan.FromDays(5 + 175 * Math.Pow(random.NextDouble(), 2));
            var reach = fate == "Won" ? open.Count : fate == "Lost" ? 1 + random.PowerLaw(open.Count, 1.6) : 1 + random.Next(open.Count);
            var total = 0.0;
            for (var s = 0; s < reach; s++) total += weights[s] = 0.5 + random.NextDouble();
            d.Entered.Clear();
            var at = created;
            for (var s = 0; s < reach && at <= _end; s++)
            {
                d.Entered.Add((open[s], at, random.Version7(at)));
                at += cycle * (weights[s] / total);
            }
            d.Closing = created + cycle;
            d.Closed = fate != "Stalled" && d.Closing <= _end;
            if (d.Closed) d.Entered.Add((fate == "Won" ? catalog.Won : catalog.Lost, d.Closing, random.Version7(d.Closing)));
            d.Status = d.Closed ? fate : "Open";
            d.CloseDate = DateOnly.FromDateTime(d.Closing.UtcDateTime);
            if (fate == "Stalled" && random.Chance(0.5)) d.CloseDate = DateOnly.FromDateTime(_end.UtcDateTime).AddDays(random.Next(1, 90)); // pushed out again
            // The call the rep made in the last open stage reached (stages are entered in order, from the first).
            d.Category = d.Status == "Won" ? "Commit"
                : !d.Closed && random.Chance(0.03) ? "Omitted"
                : CategoryAt(d.Entered.Count(e => e.Stage.Category == "Open") - 1, open.Count, random);
            d.Reason = d.Status == "Lost" ? random.Pick(LossReasons) : d.Status == "Won" && random.Chance(0.4) ? "Best fit for their process" : null;
            d.NextStep = !d.Closed || random.Chance(0.3) ? random.Pick(NextSteps) : null;
            d.Competitors = random.Chance(0.5) ? random.Chance(0.3) ? [random.Pick(Competitors), random.Pick(Competitors[..3])] : [random.Pick(Competitors)] : [];
            d.Description = random.Chance(0.1) ? "Rollout in two phases; the second depends on the pilot's results." : null;
            var last = d.Entered[^1].At;
            d.Updated = last > created.AddHours(2) ? last : Min(created.AddHours(2), _end);
            d.ClosingLine = d.Closed ? random.Version7(d.Closing) : Guid.Empty;
            write(d);
        }
    }

    private void WriteDeal(NpgsqlBinaryImporter o, SalesCatalog catalog, Deal d)
    {
        var (stage, stageEntered, _) = d.Entered[^1];
        o.StartRow();
        o.Uuid(d.Id);
        o.Varchar(d.Name);
        o.Uuid(d.Account >= 0 ? _accounts.Id[d.Account] : null);
        o.Uuid(d.Contact >= 0 ? _contacts.Id[d.Contact] : null);
        o.Uuid(catalog.PipelineId);
        o.Uuid(stage.Id);
        o.Time(stageEntered);
        o.Money(d.Amount);
        o.Char(SalesCatalog.Currencies[d.Currency]);
        o.Numeric(stage.Probability);
        o.Write(d.CloseDate, NpgsqlTypes.NpgsqlDbType.Date);
        o.Varchar(d.Status);
        o.Varchar(d.Category);
        o.Varchar(d.NextStep);
        o.TextArray(d.Competitors);
        o.Varchar(d.Description);
        o.Varchar(d.Reason);
        o.Time(d.Closed ? d.Closing : null);
        o.Numeric(d.Closed ? Days(d.Created, d.Closing) : null);
        o.Uuid(null);
        o.Uuid(_reps[d.Owner].Id);
        o.Uuid(TeamOf(d.Owner));
        o.Time(d.Created);
        o.Time(d.Updated);
    }

    /// <summary>
    /// The rep's call on a deal in open stage <paramref name="index"/> of <paramref name="stages"/>: the last stage is
    /// mostly Commit, the one before mostly Best case, earlier ones Pipeline.
    /// </summary>
    private static string CategoryAt(int index, int stages, SeedRandom random) =>
        index == stages - 1 ? (random.Chance(0.8) ? "Commit" : "BestCase")
        : index == stages - 2 ? (random.Chance(0.6) ? "BestCase" : "Pipeline")
        : "Pipeline";

    /// <summary>A planned order, drawn by <see cref="PlanOrders"/> (see <see cref="Deal"/>).</summary>
    private sealed class PlannedOrder
    {
        public Guid Id, PurchaseId, PlacedLine, SettledLine;
        public long Number;
        public Guid? Opportunity;
        public int Account, Contact, Owner, Currency;
        public DateTimeOffset Placed;
        public DateTimeOffset? Fulfilled, Cancelled;
        public string? CancelReason;
        public readonly List<(int Product, int Discount, int Quantity, Guid Id)> Lines = new(4);
    }

    /// <summary>
    /// 5N orders in placement order: one for each won deal an hour after it closed (its lines, with VAT), the rest
    /// direct re-orders at a pace growing with the customer base, from accounts by a power law (a few buy very often)
    /// or contacts alone. Numbers follow the order numbers already used. Each is frozen in the company currency at the
    /// rate of its day; most are fulfilled within weeks, a few cancelled, the recent ones still placed. Customers'
    /// handlers' rows go alongside: a purchase per order and timeline lines for placing, fulfilling and cancelling.
    /// Lines come in a second pass, as the deals' do.
    /// </summary>
    private async Task LoadOrdersAsync(SalesCatalog catalog, List<WonDeal> won, IReadOnlyList<NpgsqlConnection> connections)
    {
        var count = Math.Max(5L * _accounts.Count, won.Count);
        // Deals close in another order than they opened. (List.Sort is not stable, but it orders the same list the same way.)
        won.Sort((a, b) => a.PlacedTicks.CompareTo(b.PlacedTicks));
        long first;
        await using (var cmd = new NpgsqlCommand("""
            SELECT greatest(coalesce((SELECT max(number) FROM sales.orders), 0),
                            (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM sales.order_numbers))
            """, connections[0]))
            first = (long)(await cmd.ExecuteScalarAsync())! + 1;

        var progress = new Progress("orders", count);
        var purchases = new Progress("+ purchases", count, quiet: true);
        var timeline = new Progress("+ timeline", count, quiet: true);
        await CopyManyAsync([connections[0], connections[1], connections[2]],
        [
            "COPY sales.orders (id, number, quote_id, opportunity_id, account_id, contact_id, currency, status, subtotal, discount_total, tax_total, total, " +
            "company_currency, exchange_rate, company_total, placed_at, fulfilled_at, cancelled_at, cancel_reason, owner_id, team_id, created_at, updated_at) " +
            "FROM STDIN (FORMAT BINARY)",
            "COPY customers.purchases (id, order_id, number, account_id, contact_id, placed_at, value, currency, cancelled_at) FROM STDIN (FORMAT BINARY)",
            TimelineCopy,
        ], w => PlanOrders(catalog, won, count, first, order =>
        {
            var (o, pu, t) = (w[0], w[1], w[2]);
            var code = SalesCatalog.Currencies[order.Currency];
            var rate = catalog.RateOn(order.Currency, DateOnly.FromDateTime(order.Placed.UtcDateTime));
            decimal subtotal = 0, discountTotal = 0, taxTotal = 0, total = 0;
            foreach (var (p, discount, quantity, _) in order.Lines)
            {
                var a = LineNet(quantity, catalog.Products[p].Prices[order.Currency], discount, SalesCatalog.TaxPercent[order.Currency]);
                (subtotal, discountTotal, taxTotal, total) = (subtotal + a.Net, discountTotal + a.Discount, taxTotal + a.Tax, total + a.Total);
            }
            var companyTotal = Round(total * rate);
            var display = $"SO-{order.Number:D6}";
            var accountId = order.Account >= 0 ? _accounts.Id[order.Account] : (Guid?)null;
            var contactId = order.Contact >= 0 ? _contacts.Id[order.Contact] : (Guid?)null;

            o.StartRow();
            o.Uuid(order.Id);
            o.Write(order.Number, NpgsqlTypes.NpgsqlDbType.Bigint);
            o.Uuid(null);
            o.Uuid(order.Opportunity);
            o.Uuid(accountId);
            o.Uuid(contactId);
            o.Char(code);
            o.Varchar(order.Cancelled is not null ? "Cancelled" : order.Fulfilled is not null ? "Fulfilled" : "Placed");
            o.Money(subtotal);
            o.Money(discountTotal);
            o.Money(taxTotal);
            o.Money(total);
            o.Char(SalesCatalog.CompanyCurrency);
            o.Numeric(rate);
            o.Money(companyTotal);
            o.Time(order.Placed);
            o.Time(order.Fulfilled);
            o.Time(order.Cancelled);
            o.Varchar(order.CancelReason);
            o.Uuid(_reps[order.Owner].Id);
            o.Uuid(TeamOf(order.Owner));
            o.Time(order.Placed);
            o.Time(order.Cancelled ?? order.Fulfilled ?? order.Placed);
            progress.Add();

            // What RecordOrderPlaced, RecordOrderFulfilled and RecordOrderCancelled write for the order's events.
            pu.StartRow();
            pu.Uuid(order.PurchaseId);
            pu.Uuid(order.Id);
            pu.Varchar(display);
            pu.Uuid(accountId);
            pu.Uuid(contactId);
            pu.Time(order.Placed);
            pu.Money(companyTotal);
            pu.Char(SalesCatalog.CompanyCurrency);
            pu.Time(order.Cancelled);
            purchases.Add();

            var actor = _reps[order.Owner].Id;
            WriteTimeline(t, order.PlacedLine, accountId, contactId, "sales.order_placed", order.Placed, $"Order {display} placed",
                SalesCatalog.Money(total, code), order.Id, actor, "sales");
            timeline.Add();
            if (order.Fulfilled is { } f)
            {
                WriteTimeline(t, order.SettledLine, accountId, contactId, "sales.order_fulfilled", f, $"Order {display} fulfilled", null, order.Id, actor, "sales");
                timeline.Add();
            }
            if (order.Cancelled is { } c)
            {
                WriteTimeline(t, order.SettledLine, accountId, contactId, "sales.order_cancelled", c, $"Order {display} cancelled", order.CancelReason,
                    order.Id, actor, "sales");
                timeline.Add();
            }
        }));
        progress.Done();
        purchases.Done();
        timeline.Done();

        var lines = new Progress("+ lines", count);
        await CopyManyAsync([connections[0]],
        [
            "COPY sales.order_lines (id, order_id, position, product_id, product_code, description, unit, quantity, unit_price, discount_percent, tax_percent, " +
            "gross_amount, discount_amount, net_amount, tax_amount, total_amount, company_net_amount) FROM STDIN (FORMAT BINARY)",
        ], w => PlanOrders(catalog, won, count, first, order =>
        {
            var rate = catalog.RateOn(order.Currency, DateOnly.FromDateTime(order.Placed.UtcDateTime));
            var tax = SalesCatalog.TaxPercent[order.Currency];
            for (var i = 0; i < order.Lines.Count; i++)
            {
                var (p, discount, quantity, lineId) = order.Lines[i];
                var product = catalog.Products[p];
                var price = product.Prices[order.Currency];
                var a = LineNet(quantity, price, discount, tax);
                var l = w[0];
                l.StartRow();
                l.Uuid(lineId);
                l.Uuid(order.Id);
                l.Write(i + 1, NpgsqlTypes.NpgsqlDbType.Integer);
                l.Uuid(product.Id);
                l.Varchar(product.Code);
                l.Varchar(product.Name);
                l.Varchar(product.Unit);
                l.Numeric(quantity);
                l.Money(price);
                l.Numeric(discount);
                l.Numeric(tax);
                l.Money(a.Gross);
                l.Money(a.Discount);
                l.Money(a.Net);
                l.Money(a.Tax);
                l.Money(a.Total);
                l.Money(Round(a.Net * rate));   // OrderLine.Freeze
                lines.Add();
            }
        }));
        lines.Done();

        // The next order the API places continues the numbering.
        await using (var cmd = new NpgsqlCommand("SELECT setval('sales.order_numbers', $1)", connections[0]))
        {
            cmd.Parameters.Add(new() { Value = first + count - 1 });
            await cmd.ExecuteScalarAsync();
        }
    }

    /// <summary>Plans the orders in placement order, merging the won deals' orders with the direct ones, and hands each to <paramref name="write"/>.</summary>
    private void PlanOrders(SalesCatalog catalog, List<WonDeal> won, long count, long firstNumber, Action<PlannedOrder> write)
    {
        var random = new SeedRandom(options.Seed, OrderStream);
        var direct = count - won.Count;
        var (contactStart, contactList) = _byAccount;
        var accountScatter = new Scatter(_accounts.Count);
        var contactScatter = new Scatter(_contacts.Count);
        var order = new PlannedOrder();
        var nextWon = 0;
        var nextDirect = 0L;
        var directAt = direct > 0 ? Growing(0, direct, random.NextDouble()) : DateTimeOffset.MaxValue;
        for (var n = 0L; n < count; n++)
        {
            order.Lines.Clear();
            if (nextWon < won.Count && (nextDirect >= direct || won[nextWon].PlacedTicks <= directAt.UtcTicks))
            {
                var deal = won[nextWon++];
                order.Placed = new DateTimeOffset(deal.PlacedTicks, TimeSpan.Zero);
                (order.Opportunity, order.Account, order.Contact, order.Owner, order.Currency) = (deal.Opportunity, deal.Account, deal.Contact, deal.Owner, deal.Currency);
                for (var i = 0; i < deal.Lines.Count; i++)
                {
                    var (p, discount, quantity) = deal.Lines[i];
                    order.Lines.Add((p, discount, quantity, random.Version7(order.Placed)));
                }
            }
            else
            {
                var ticks = directAt.UtcTicks;
                order.Opportunity = null;
                if (random.Chance(0.85))
                {
                    order.Account = Existing(_accounts, accountScatter, 2.5, ref ticks, random);
                    order.Contact = random.Chance(0.6) ? ContactOf(order.Account, ticks, contactStart, contactList, random) : -1;
                }
                else
                {
                    order.Contact = Existing(_contacts, contactScatter, 2.0, ref ticks, random);
                    order.Account = _contacts.Account[order.Contact];
                }
                order.Placed = new DateTimeOffset(Math.Min(ticks, _end.UtcTicks), TimeSpan.Zero);
                order.Owner = order.Account >= 0 ? _accounts.Owner[order.Account] : _contacts.Owner[order.Contact];
                order.Currency = CurrencyOf(order.Account, order.Contact);
                var lineCount = random.Weighted(OrderLines, OrderLineWeights);
                for (var tries = 0; order.Lines.Count < lineCount && tries < 12; tries++)
                {
                    var p = random.Weighted(ProductIndexes, ReorderWeights);
                    if (order.Lines.Exists(x => x.Product == p)) continue;
                    var (min, max) = ReorderQuantities[p];
                    order.Lines.Add((p, random.Weighted(OrderDiscounts, OrderDiscountWeights), min + random.PowerLaw(max - min + 1, 2.0),
                        random.Version7(order.Placed)));
                }
                nextDirect++;
                directAt = nextDirect < direct ? Growing(nextDirect, direct, random.NextDouble()) : DateTimeOffset.MaxValue;
            }

            order.Number = firstNumber + n;
            order.Id = random.Version7(order.Placed);
            order.PurchaseId = random.Version7(order.Placed);
            order.PlacedLine = random.Version7(order.Placed);
            var settled = order.Placed + TimeSpan.FromDays(3 + 22 * random.NextDouble());
            (order.Fulfilled, order.Cancelled, order.CancelReason) = (null, null, null);
            if (settled < _end)
            {
                if (random.Chance(0.04))
                {
                    order.Cancelled = random.Between(order.Placed.AddHours(2), settled);
                    order.CancelReason = random.Pick(CancelReasons);
                }
                else order.Fulfilled = settled;
            }
            order.SettledLine = random.Version7(order.Cancelled ?? order.Fulfilled ?? order.Placed);
            write(order);
        }
    }

    /// <summary>Contacts grouped by account (offsets and a list, 4 bytes a contact), to find an account's people.</summary>
    private (int[] Start, int[] List) _byAccount;

    private (int[] Start, int[] List) ContactsByAccount()
    {
        var start = new int[_accounts.Count + 1];
        for (var c = 0; c < _contacts.Count; c++)
            if (_contacts.Account[c] >= 0) start[_contacts.Account[c] + 1]++;
        for (var a = 0; a < _accounts.Count; a++) start[a + 1] += start[a];
        var fill = start[..^1];
        var list = new int[start[^1]];
        for (var c = 0; c < _contacts.Count; c++)
            if (_contacts.Account[c] is >= 0 and var a) list[fill[a]++] = c;
        return (start, list);
    }

    /// <summary>One of the account's contacts that existed at <paramref name="ticks"/> (a few tries), else none (-1).</summary>
    private int ContactOf(int account, long ticks, int[] start, int[] list, SeedRandom random)
    {
        var (from, to) = (start[account], start[account + 1]);
        if (from == to) return -1;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var c = list[from + random.Next(to - from)];
            if (_contacts.CreatedTicks[c] <= ticks) return c;
        }
        return -1;
    }

    /// <summary>Crm.Sales.Domain.Money.Round: 2 places, AwayFromZero.</summary>
    private static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Crm.Sales.Domain.LineAmounts.Of: gross = qty × price; discount = gross × d%; net = gross − discount; tax = net × t%.</summary>
    private static (decimal Gross, decimal Discount, decimal Net, decimal Tax, decimal Total) LineNet(decimal quantity, decimal price, decimal discountPercent,
        decimal taxPercent)
    {
        var gross = Round(quantity * price);
        var discount = Round(gross * discountPercent / 100m);
        var net = gross - discount;
        var tax = Round(net * taxPercent / 100m);
        return (gross, discount, net, tax, net + tax);
    }

    /// <summary>OpportunityStageChange.Days: days between two moments, 2 places.</summary>
    private static decimal Days(DateTimeOffset from, DateTimeOffset to) =>
        Math.Round((decimal)(to - from).TotalHours / 24m, 2, MidpointRounding.AwayFromZero);
}
