using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Keeps the stored months under the office's table of unit names. A run with a table in force (given with
/// <c>--units</c>, or kept in the lake) finds every stored (ledger, month) that still writes a unit, lead or co-unit,
/// otherwise than the table does (stored before the table said so) and stores it again under the table's names, in the
/// same all-or-nothing commit as the run's files: rows, task ids and sources as they were, only the units renamed.
/// A month the run brings files for is stored from them instead, under the table's names, though they are the same.
/// </summary>
internal static class StoredMonthRenaming
{
    /// <summary>The stored months to store again, each with the spellings the table changes in it, in ledger and month order.</summary>
    public static async Task<IReadOnlyList<MonthToRename>> FindAsync(DuckDBConnection connection, UnitNameTable table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        // The distinct units first (a few thousand at most): only months holding a unit the table renames are listed.
        const string Units = """
            SELECT lead_unit AS unit, ledger, report_month FROM snapshots WHERE lead_unit IS NOT NULL
            UNION ALL
            SELECT unnest(co_units), ledger, report_month FROM snapshots
            """;
        var renamed = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT DISTINCT unit FROM ({Units})";
            await using var units = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await units.ReadAsync(ct).ConfigureAwait(false))
            {
                var unit = units.GetString(0);
                if (!string.Equals(table.Canonical(unit), unit, StringComparison.Ordinal))
                {
                    renamed.Add(unit);
                }
            }
        }

        if (renamed.Count == 0)
        {
            return [];
        }

        await using var monthsCommand = connection.CreateCommand();
        monthsCommand.CommandText = $"SELECT DISTINCT ledger, report_month, unit FROM ({Units}) WHERE unit IN ({string.Join(", ", renamed.Select(ReformDatabase.Literal))}) ORDER BY ledger, report_month, unit";
        var months = new List<(Ledger Ledger, ReportMonth Month, List<(string From, string To)> Renamings)>();
        await using var reader = await monthsCommand.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var unit = reader.GetString(2);
            var named = table.Canonical(unit);
            if (!LedgerNames.TryParseId(reader.GetString(0), out var ledger))
            {
                continue;
            }

            var month = ReportMonth.Of(DateOnly.FromDateTime(reader.GetDateTime(1)));
            if (months.Count == 0 || months[^1].Ledger != ledger || months[^1].Month != month)
            {
                months.Add((ledger, month, []));
            }

            months[^1].Renamings.Add((unit, named));
        }

        return [.. months.Select(m => new MonthToRename(m.Ledger, m.Month, m.Renamings))];
    }
}

/// <summary>A stored (ledger, month) to store again, and the renamings (written → the table's name) it takes.</summary>
internal sealed record MonthToRename(Ledger Ledger, ReportMonth Month, IReadOnlyList<(string From, string To)> Renamings)
{
    /// <summary>What the run's report says of it, in the office's words.</summary>
    public string Message(int rows) =>
        $"按单位名称对照表改名重存{Month.Label}{LedgerNames.Label(Ledger)}（{FigureText.Count(rows)}行，任务编号不变）：{string.Join("，", Renamings.Select(r => $"“{r.From}”改为“{r.To}”"))}。";
}
