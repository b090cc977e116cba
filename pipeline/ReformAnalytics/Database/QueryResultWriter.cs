using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ReformAnalytics.Database;

/// <summary>
/// Writes a query result as CSV (RFC 4180) or JSON (an array of objects) with the query's own column names and
/// full-precision values, so the output is the view: <c>reform metrics --format csv|json</c> and
/// <c>reform sql --format csv|json</c> write through here. Dates read yyyy-MM-dd; lists are JSON arrays, and in
/// CSV their items joined by ';'.
/// </summary>
public static class QueryResultWriter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes the header and every row; returns the number of rows.</summary>
    public static async Task<int> WriteCsvAsync(DbDataReader reader, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(output);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        await output.WriteLineAsync(string.Join(',', names.Select(Quote))).ConfigureAwait(false);
        var count = 0;
        var cells = new string[names.Length];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            count++;
            for (var i = 0; i < names.Length; i++)
            {
                cells[i] = Quote(Format(reader.GetValue(i)));
            }

            await output.WriteLineAsync(string.Join(',', cells)).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Writes the rows as one JSON array; returns the number of rows.</summary>
    public static async Task<int> WriteJsonAsync(DbDataReader reader, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        var count = 0;
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                count++;
                json.WriteStartObject();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    json.WritePropertyName(reader.GetName(i));
                    WriteJsonValue(json, reader.GetValue(i));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>A value as CSV and JSON write it: empty for NULL, yyyy-MM-dd for dates, numbers in full.</summary>
    public static string Format(object? value) => value switch
    {
        null or DBNull => string.Empty,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        string s => s,
        IEnumerable items => string.Join(';', items.Cast<object?>().Select(Format)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                json.WriteNumberValue(f);
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case long or int or short or sbyte or byte or ushort or uint or ulong:
                json.WriteNumberValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                break;
            case BigInteger n:
                json.WriteStringValue(n.ToString(CultureInfo.InvariantCulture));
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteJsonValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Format(value));
                break;
        }
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
