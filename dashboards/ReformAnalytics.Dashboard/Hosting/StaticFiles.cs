using System.Collections.Concurrent;

namespace ReformAnalytics.Dashboard.Hosting;

/// <summary>Serves the CSS and script embedded in the assembly (no wwwroot, no CDN: the dashboard works offline).</summary>
internal static class StaticFiles
{
    private static readonly ConcurrentDictionary<string, byte[]?> Files = new(StringComparer.Ordinal);

    public static IResult Serve(string file)
    {
        var bytes = Files.GetOrAdd(file, Load);
        if (bytes is null)
        {
            return Results.NotFound();
        }

        var type = Path.GetExtension(file) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            _ => "application/octet-stream",
        };
        return new CachedFileResult(bytes, type);
    }

    private static byte[]? Load(string file)
    {
        using var stream = typeof(StaticFiles).Assembly.GetManifestResourceStream("Static/" + file);
        if (stream is null)
        {
            return null;
        }

        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private sealed class CachedFileResult(byte[] bytes, string contentType) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = contentType;
            httpContext.Response.Headers.CacheControl = "public, max-age=3600";
            httpContext.Response.ContentLength = bytes.Length;
            return httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
        }
    }
}
