using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;

namespace Crm.Sales.Features.Quotes;

/// <summary>The quote as a self-contained, printable HTML page (the browser prints it or saves it as PDF).</summary>
public sealed record PrintQuote(Guid Id) : IQuery<Result<QuoteDocument>>;

public sealed record QuoteDocument(string FileName, string Html);

internal sealed class PrintQuoteHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : IQueryHandler<PrintQuote, Result<QuoteDocument>>
{
    public async ValueTask<Result<QuoteDocument>> Handle(PrintQuote q, CancellationToken ct)
    {
        var quote = await db.FindDetailsAsync(q.Id, user, customers, clock.Today(), ct);
        if (quote is null) return SalesErrors.QuoteNotFound(q.Id);
        return new QuoteDocument($"{quote.Number}-r{quote.Revision}.html", QuoteHtml.Render(quote));
    }
}

/// <summary>Renders a quote; every value from the database is HTML-encoded.</summary>
internal static class QuoteHtml
{
    public static string Render(QuoteDetails q)
    {
        var e = HtmlEncoder.Default;
        string M(decimal amount) => e.Encode(amount.ToString("N2", CultureInfo.InvariantCulture));
        string N(decimal n) => e.Encode(n.ToString("0.####", CultureInfo.InvariantCulture));
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Quote {{e.Encode(q.Number)}} revision {{q.Revision}}</title>
            <style>
              body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
              h1 { margin-bottom: 0; } .muted { color: #666; }
              table { width: 100%; border-collapse: collapse; margin-top: 1.5rem; }
              th, td { padding: .4rem .5rem; border-bottom: 1px solid #ddd; text-align: left; }
              td.n, th.n { text-align: right; white-space: nowrap; }
              tfoot td { border: none; } tfoot tr.total td { font-weight: bold; border-top: 2px solid #222; }
              @media print { body { margin: 0; } }
            </style></head><body>
            <h1>Quote {{e.Encode(q.Number)}}</h1>
            <p class="muted">Revision {{q.Revision}} · Status {{e.Encode(q.Status.ToString())}} · Valid until {{e.Encode(q.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}} · Currency {{e.Encode(q.Currency)}}</p>
            <p><strong>For:</strong> {{e.Encode(q.AccountName ?? "")}}{{(q.AccountName is not null && q.ContactName is not null ? " – " : "")}}{{e.Encode(q.ContactName ?? "")}}</p>
            <table><thead><tr><th>#</th><th>Code</th><th>Description</th><th class="n">Qty</th><th>Unit</th><th class="n">Unit price</th><th class="n">Discount %</th><th class="n">Net</th><th class="n">Tax %</th><th class="n">Tax</th><th class="n">Total</th></tr></thead><tbody>
            """);
        foreach (var l in q.Lines)
            html.Append($"<tr><td>{l.Position}</td><td>{e.Encode(l.ProductCode)}</td><td>{e.Encode(l.Description)}</td><td class=\"n\">{N(l.Quantity)}</td>" +
                        $"<td>{e.Encode(l.Unit)}</td><td class=\"n\">{M(l.UnitPrice)}</td><td class=\"n\">{N(l.DiscountPercent)}</td><td class=\"n\">{M(l.NetAmount)}</td>" +
                        $"<td class=\"n\">{N(l.TaxPercent)}</td><td class=\"n\">{M(l.TaxAmount)}</td><td class=\"n\">{M(l.TotalAmount)}</td></tr>\n");
        html.Append($$"""
            </tbody><tfoot>
            <tr><td colspan="10" class="n">Discounts</td><td class="n">{{M(q.DiscountTotal)}}</td></tr>
            <tr><td colspan="10" class="n">Subtotal (net)</td><td class="n">{{M(q.Subtotal)}}</td></tr>
            <tr><td colspan="10" class="n">Tax</td><td class="n">{{M(q.TaxTotal)}}</td></tr>
            <tr class="total"><td colspan="10" class="n">Total {{e.Encode(q.Currency)}}</td><td class="n">{{M(q.Total)}}</td></tr>
            </tfoot></table>
            {{(q.Notes is null ? "" : $"<p>{e.Encode(q.Notes)}</p>")}}
            <p class="muted">Amounts are rounded to 2 decimals, half away from zero, on each line; totals are the sums of the rounded lines.</p>
            </body></html>
            """);
        return html.ToString();
    }
}
