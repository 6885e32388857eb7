using Microsoft.Net.Http.Headers;

namespace Crm.Api.Hosting;

/// <summary>
/// Serves the staff SPA (client/, built by Vite into wwwroot) from the API's own origin, so the browser needs no CORS.
/// Hashed assets are cached for a year; index.html is revalidated on every load so a deploy is picked up at once.
/// Unknown <c>/api/…</c> paths stay 404 problems instead of falling through to the SPA.
/// </summary>
internal static class SpaSetup
{
    public static WebApplication UseCrmSpa(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
                ctx.Context.Response.Headers[HeaderNames.CacheControl] =
                    ctx.Context.Request.Path.StartsWithSegments("/assets")
                        ? "public, max-age=31536000, immutable"
                        : "no-cache",
        });
        return app;
    }

    public static WebApplication MapCrmSpaFallback(this WebApplication app)
    {
        app.MapFallback("/api/{**path}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous().ExcludeFromDescription();
        // Client-side routes (/customers/contacts/…) load the app shell; paths with a file extension are real 404s.
        app.MapFallbackToFile("{**path:nonfile}", "index.html", new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
        }).AllowAnonymous();
        return app;
    }
}
