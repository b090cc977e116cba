using System.Data.Common;
using Microsoft.Net.Http.Headers;

namespace ReformAnalytics.Dashboard.Export;

/// <summary>Writes a query result to the response as a CSV or .xlsx attachment.</summary>
internal static class Download
{
    public static bool IsFormat(string? format) => format is "csv" or "xlsx";

    public static async Task WriteAsync(HttpResponse response, DbDataReader reader, string format, string title, ExportStyle style, int maxRows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(reader);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(title + "." + format);
        response.Headers.ContentDisposition = disposition.ToString();
        if (format == "csv")
        {
            response.ContentType = "text/csv; charset=utf-8";
            await CsvExport.WriteAsync(reader, response.Body, style, maxRows, ct).ConfigureAwait(false);
            return;
        }

        // The .xlsx is a zip written with synchronous writes: build it in a temporary file, then send that.
        response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var temp = Path.Combine(Path.GetTempPath(), "reform-download-" + Guid.NewGuid().ToString("N") + ".xlsx");
        var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            await XlsxExport.WriteAsync(reader, file, title, style, maxRows, ct).ConfigureAwait(false);
            await file.FlushAsync(ct).ConfigureAwait(false);
            response.ContentLength = file.Length;
            file.Position = 0;
            await file.CopyToAsync(response.Body, ct).ConfigureAwait(false);
        }
    }
}
