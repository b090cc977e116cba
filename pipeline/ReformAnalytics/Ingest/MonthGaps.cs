using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Months missing from a ledger's stored year: a month between the year's first and last stored month that has no
/// snapshot (June and August stored, July never ingested). The change since last month and the missing returns of the
/// missing month and the next cannot be computed, and the months a task has stalled step over the gap, so ingest says so. A year's
/// months before its first stored month are not asked about (a ledger may begin in March). Which months are missing is
/// the database's view <c>missing_months</c> (Database/missing_months.sql), the one definition the later stages read too.
/// </summary>
public static class MonthGaps
{
    /// <summary>The gaps in the database's stored months, for the (ledger, year)s of <paramref name="scope"/>.</summary>
    public static async Task<IReadOnlyList<MonthGap>> FindAsync(DuckDBConnection connection, IReadOnlySet<(Ledger Ledger, int Year)> scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Count == 0)
        {
            return [];
        }

        // Per ledger year with a missing month: the months stored and the months missing.
        const string Sql = """
            SELECT m.ledger, m.ledger_year,
                   (SELECT list(DISTINCT month(s.report_month) ORDER BY month(s.report_month)) FROM snapshots s
                    WHERE s.ledger = m.ledger AND year(s.report_month) = m.ledger_year) AS stored,
                   list(month(m.report_month) ORDER BY m.report_month) AS missing
            FROM missing_months m
            GROUP BY m.ledger, m.ledger_year
            ORDER BY m.ledger, m.ledger_year
            """;
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        var gaps = new List<MonthGap>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var year = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            if (LedgerNames.TryParseId(reader.GetString(0), out var ledger) && scope.Contains((ledger, year)))
            {
                gaps.Add(new MonthGap(ledger, year, Months(reader.GetValue(2)), Months(reader.GetValue(3))));
            }
        }

        return [.. gaps.OrderBy(g => g.Ledger).ThenBy(g => g.Year)];
    }

    private static List<int> Months(object list) =>
        [.. ((System.Collections.IEnumerable)list).Cast<object>().Select(m => Convert.ToInt32(m, CultureInfo.InvariantCulture))];
}

/// <summary>A ledger's year with months missing between its stored months: the months stored and those missing (1–12).</summary>
public sealed record MonthGap(Ledger Ledger, int Year, IReadOnlyList<int> Stored, IReadOnlyList<int> Missing)
{
    /// <summary>What the summary says, in the office's words.</summary>
    public string Describe() =>
        $"{Year}年{LedgerNames.Label(Ledger)}已入库{Ranges(Stored)}，缺{Ranges(Missing)}的台账：缺月及其下一个月的环比变化和漏报无法计算，进度停滞跨过缺月计算。请补齐后导入；如该月确无台账（如1—2月合并报送），可不理会。";

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
