using CsvHelper;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Crm.Customers.Features.Shared;

/// <summary>
/// Streams rows as a CSV download: UTF-8 with a byte order mark (so Excel shows Chinese names), a header row,
/// the file name in Content-Disposition. Rows are written as they arrive from the database, so an export of
/// any size holds one buffer in memory, not the whole table.
/// </summary>
internal sealed class CsvFile<TRow>(string fileName, IAsyncEnumerable<TRow> rows) : IResult
{
    public const string ContentType = "text/csv; charset=utf-8";

    // Spreadsheets run a cell that starts with = + - @ as a formula; a leading ' makes it text (CSV injection).
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public async Task ExecuteAsync(HttpContext http)
    {
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        http.Response.ContentType = ContentType;
        http.Response.Headers.ContentDisposition = disposition.ToString();

        await using var csv = CsvWriter.Create(http.Response.Body, Options, leaveOpen: true);
        await csv.WriteRecordsAsync(rows, http.RequestAborted);
    }
}

internal static class CsvFileResults
{
    /// <summary>200 with the CSV download, or the error as a problem.</summary>
    public static IResult ToCsv<T, TRow>(this Result<T> result, Func<T, string> fileName, Func<T, IAsyncEnumerable<TRow>> rows) =>
        result.IsSuccess ? new CsvFile<TRow>(fileName(result.Value), rows(result.Value)) : result.Error.ToProblem();
}
