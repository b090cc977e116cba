using System.Data.Common;
using System.Globalization;
using ReformAnalytics.Database;
using Spectre.Console;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>
/// Writes a query result as a console table (figures rounded for reading), or as CSV or JSON through the
/// library's <see cref="QueryResultWriter"/> (full precision, the same as <c>reform metrics</c> writes).
/// </summary>
internal static class ResultWriter
{
    public static readonly IReadOnlySet<string> Formats = new HashSet<string>(StringComparer.Ordinal) { "table", "csv", "json" };

    public static async Task<int> WriteAsync(DbDataReader reader, string format, CommandContext context, CancellationToken ct, int maxTableRows = 200)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return format switch
        {
            "csv" => await QueryResultWriter.WriteCsvAsync(reader, context.Out, ct).ConfigureAwait(false),
            "json" => await QueryResultWriter.WriteJsonAsync(reader, context.Out, ct).ConfigureAwait(false),
            "table" => await WriteTableAsync(reader, context.Console, maxTableRows, ct).ConfigureAwait(false),
            _ => throw new UsageException($"不支持的输出格式“{format}”，可选：table、csv、json。"),
        };
    }

    /// <summary>A value as the console table shows it: figures to two decimals, lists in brackets.</summary>
    private static string Format(object? value) => value switch
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
        var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<string[]>();
        var count = 0;
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            count++;
            if (count <= maxRows)
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells[i] = Format(reader.GetValue(i));
                }

                rows.Add(cells);
            }
        }

        console.Write(FittedTable.TableOrRecords(TableBorder.Rounded, console.Profile.Width, headers, rows));
        ConsoleText.Line(console, count > maxRows
            ? $"[grey]共{count}行，只显示前{maxRows}行；用 --format csv 取得全部结果。[/]"
            : $"[grey]共{count}行。[/]");
        return count;
    }
}
