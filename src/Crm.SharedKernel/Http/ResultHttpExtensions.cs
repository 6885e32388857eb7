using Crm.SharedKernel.Results;
using Microsoft.AspNetCore.Http;

namespace Crm.SharedKernel.Http;

/// <summary>Maps a use case's <see cref="Result{T}"/> to HTTP; endpoints stay one line.</summary>
public static class ResultHttpExtensions
{
    public static IResult ToOk<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();

    /// <summary>200 with an <c>ETag</c> carrying the record's version, for clients that prefer <c>If-Match</c>.</summary>
    public static IResult ToOk<T>(this Result<T> result, Func<T, uint> version, HttpContext http)
    {
        if (!result.IsSuccess) return result.Error.ToProblem();
        http.Response.Headers.ETag = ETag.Of(version(result.Value));
        return TypedResults.Ok(result.Value);
    }

    public static IResult ToCreated<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Error.ToProblem();

    public static IResult ToNoContent<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
}

/// <summary>Versions as weak-less entity tags: <c>"42"</c>.</summary>
public static class ETag
{
    public static string Of(uint version) => $"\"{version}\"";

    /// <summary>The version from an <c>If-Match</c> header, if the client sent one.</summary>
    public static uint? FromIfMatch(HttpRequest request) =>
        request.Headers.IfMatch.ToString().Trim().Trim('"') is { Length: > 0 } text && uint.TryParse(text, out var v) ? v : null;
}
