using System.Collections.Concurrent;
using System.Globalization;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Reads a start-date cell (开始时间, 启动时间): the day a task's planned window opens. Rules:
/// <list type="bullet">
/// <item>An Excel date cell, or a number cell that is an Excel serial date, gives its own day.</item>
/// <item>Text gives the first day of the earliest period it names, with the years read as in a deadline cell
/// (<see cref="DeadlineParser"/>): 2024年3月 → 1 March 2024, 2024.3.15 → 15 March, 3月 → 1 March of the ledger
/// year, 三季度 → 1 July, 2023年 → 1 January 2023, 2024年3月-6月 → 1 March.</item>
/// <item>An empty cell or a placeholder (/, -, 无) names no start; text with no date in it (已启动) is an error,
/// and no start is guessed.</item>
/// </list>
/// The caller decides what a start does to the planned window (see <see cref="RowNormaliser"/>).
/// </summary>
public static class StartDateParser
{
    private const int MaxCacheEntries = 50_000;

    private static readonly ConcurrentDictionary<(string Text, int Year), StartDateParse> Cache = new();

    public static StartDateParse Parse(CellValue cell, int ledgerYear)
    {
        var text = cell.Text?.Trim();
        if (cell.Date is { } date)
        {
            return new StartDateParse(date);
        }

        if (cell.Number is { } number && (string.IsNullOrEmpty(text) || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            var shown = DeadlineParser.WithoutFormatZero(string.IsNullOrEmpty(text) ? number.ToString("R", CultureInfo.InvariantCulture) : text);
            if (!shown.Contains('.', StringComparison.Ordinal) && DeadlineParser.SerialDate(number) is { } serial)
            {
                return new StartDateParse(serial);
            }

            return Parse(shown, ledgerYear);
        }

        return Parse(text, ledgerYear);
    }

    /// <summary>Reads start-date text as written; see the class remarks.</summary>
    public static StartDateParse Parse(string? text, int ledgerYear)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || DeadlineParser.IsPlaceholder(trimmed))
        {
            return StartDateParse.None;
        }

        if (Cache.TryGetValue((trimmed, ledgerYear), out var cached))
        {
            return cached;
        }

        var parsed = ParseText(trimmed, ledgerYear);
        if (Cache.Count < MaxCacheEntries)
        {
            Cache.TryAdd((trimmed, ledgerYear), parsed);
        }

        return parsed;
    }

    private static StartDateParse ParseText(string text, int ledgerYear)
    {
        var prepared = DeadlineScanner.Prepare(text, ledgerYear);
        var contextYear = ledgerYear;
        DateOnly? earliest = null;
        foreach (var atom in DeadlineScanner.Scan(prepared))
        {
            if (atom.Resolve(contextYear) is not { } window)
            {
                return new StartDateParse(null, $"开始时间“{text}”中的“{prepared.Substring(atom.Index, atom.Length)}”不是有效的日期");
            }

            contextYear = atom.EndYear ?? atom.Year ?? contextYear;
            earliest = earliest is { } e && e <= window.Start ? e : window.Start;
        }

        return earliest is { } start
            ? new StartDateParse(start)
            : new StartDateParse(null, $"无法识别开始时间“{text}”：没有找到日期");
    }
}

/// <summary>What a start-date cell says: a day, nothing (empty), or why it could not be read (a Chinese message).</summary>
public sealed record StartDateParse(DateOnly? Start, string? Error = null)
{
    public static readonly StartDateParse None = new(null, null);

    public bool IsError => Error is not null;
}
