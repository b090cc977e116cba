using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Months missing from a ledger's stored year: a month between the year's first and last stored month that has no
/// snapshot (June and August stored, July never ingested). The change since last month and the missing returns of the
/// missing month and the next cannot be computed, and the months a task has stalled step over the gap, so ingest says so. A year's
/// months before its first stored month are not asked about (a ledger may begin in March).
/// </summary>
public static class MonthGaps
{
    /// <summary>The gaps among <paramref name="stored"/> months, for the (ledger, year)s of <paramref name="scope"/> only.</summary>
    public static IReadOnlyList<MonthGap> Find(IEnumerable<(Ledger Ledger, ReportMonth Month)> stored, IReadOnlySet<(Ledger Ledger, int Year)> scope)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(scope);
        var gaps = new List<MonthGap>();
        foreach (var year in stored.Where(s => scope.Contains((s.Ledger, s.Month.Year)))
                     .GroupBy(s => (s.Ledger, s.Month.Year))
                     .OrderBy(g => g.Key.Ledger).ThenBy(g => g.Key.Year))
        {
            var months = year.Select(s => s.Month.Month).Distinct().Order().ToList();
            var missing = Enumerable.Range(months[0], months[^1] - months[0] + 1).Except(months).ToList();
            if (missing.Count > 0)
            {
                gaps.Add(new MonthGap(year.Key.Ledger, year.Key.Year, months, missing));
            }
        }

        return gaps;
    }

    /// <summary>The gaps in the database's stored months, for the (ledger, year)s of <paramref name="scope"/>.</summary>
    public static async Task<IReadOnlyList<MonthGap>> FindAsync(DuckDBConnection connection, IReadOnlySet<(Ledger Ledger, int Year)> scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Count == 0)
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT ledger, report_month FROM snapshots";
        var stored = new List<(Ledger, ReportMonth)>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (LedgerNames.TryParseId(reader.GetString(0), out var ledger))
            {
                stored.Add((ledger, ReportMonth.Of(DateOnly.FromDateTime(reader.GetDateTime(1)))));
            }
        }

        return Find(stored, scope);
    }
}

/// <summary>A ledger's year with months missing between its stored months: the months stored and those missing (1–12).</summary>
public sealed record MonthGap(Ledger Ledger, int Year, IReadOnlyList<int> Stored, IReadOnlyList<int> Missing)
{
    /// <summary>What the summary says, in the office's words.</summary>
    public string Describe() =>
        $"{Year}年{LedgerNames.Label(Ledger)}已入库{Ranges(Stored)}，缺{Ranges(Missing)}的台账：缺月及其下一个月的环比变化和漏报无法计算，停滞月数会跨过缺月。请补齐后导入；如该月确无台账（如1—2月合并报送），可不理会。";

    /// <summary>Months as runs: 1, 2, 3, 5 → 1—3月、5月.</summary>
    internal static string Ranges(IReadOnlyList<int> months)
    {
        var parts = new List<string>();
        for (var i = 0; i < months.Count;)
        {
            var j = i;
            while (j + 1 < months.Count && months[j + 1] == months[j] + 1)
            {
                j++;
            }

            parts.Add(j == i ? $"{months[i]}月" : $"{months[i]}—{months[j]}月");
            i = j + 1;
        }

        return string.Join("、", parts);
    }
}
