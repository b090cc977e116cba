using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>Writes a query result as a console table, CSV (RFC 4180, UTF-8) or JSON (an array of objects).</summary>
internal static class ResultWriter
{
    public static readonly IReadOnlySet<string> Formats = new HashSet<string>(StringComparer.Ordinal) { "table", "csv", "json" };

    public static async Task<int> WriteAsync(DbDataReader reader, string format, CommandContext context, CancellationToken ct, int maxTableRows = 200)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return format switch
        {
            "csv" => await WriteCsvAsync(reader, context.Out, ct).ConfigureAwait(false),
            "json" => await WriteJsonAsync(reader, context.Out, ct).ConfigureAwait(false),
            "table" => await WriteTableAsync(reader, context.Console, maxTableRows, ct).ConfigureAwait(false),
            _ => throw new UsageException($"不支持的输出格式“{format}”，可选：table、csv、json。"),
        };
    }

    public static string Format(object? value) => value switch
    {
        null or DBNull => string.Empty,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString("0.##", CultureInfo.InvariantCulture),
        float x => x.ToString("0.##", CultureInfo.InvariantCulture),
        decimal x => x.ToString("0.##", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        System.Collections.IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object?>().Select(Format)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static async Task<int> WriteTableAsync(DbDataReader reader, IAnsiConsole console, int maxRows, CancellationToken ct)
    {
        var table = new Table().Border(TableBorder.Rounded);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            table.AddColumn(Markup.Escape(reader.GetName(i)));
        }

        var count = 0;
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            count++;
            if (count <= maxRows)
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells[i] = Markup.Escape(Format(reader.GetValue(i)));
                }

                table.AddRow(cells);
            }
        }

        console.Write(table);
        console.MarkupLine(count > maxRows
            ? $"[grey]共 {count} 行，只显示前 {maxRows} 行；用 --format csv 取得全部结果。[/]"
            : $"[grey]共 {count} 行。[/]");
        return count;
    }

    private static async Task<int> WriteCsvAsync(DbDataReader reader, TextWriter output, CancellationToken ct)
    {
        var line = new StringBuilder();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            AppendCsv(line, reader.GetName(i), i);
        }

        await output.WriteLineAsync(line.ToString()).ConfigureAwait(false);
        var count = 0;
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            count++;
            line.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                AppendCsv(line, Format(reader.GetValue(i)), i);
            }

            await output.WriteLineAsync(line.ToString()).ConfigureAwait(false);
        }

        await output.FlushAsync(ct).ConfigureAwait(false);
        return count;
    }

    private static void AppendCsv(StringBuilder line, string value, int index)
    {
        if (index > 0)
        {
            line.Append(',');
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            line.Append(value);
        }
    }

    private static async Task<int> WriteJsonAsync(DbDataReader reader, TextWriter output, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var count = 0;
        await using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
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
        await output.FlushAsync(ct).ConfigureAwait(false);
        return count;
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null or DBNull: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): json.WriteNumberValue(f); break;
            case decimal m: json.WriteNumberValue(m); break;
            case int n: json.WriteNumberValue(n); break;
            case long n: json.WriteNumberValue(n); break;
            case short n: json.WriteNumberValue(n); break;
            case System.Numerics.BigInteger n: json.WriteStringValue(n.ToString(CultureInfo.InvariantCulture)); break;
            case System.Collections.IEnumerable list and not string:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJsonValue(json, item);
                }

                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Format(value)); break;
        }
    }
}
