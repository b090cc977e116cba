using DuckDB.NET.Data;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Warns where a run's lead unit is probably a unit already known under another spelling (<see cref="UnitSpellings"/>):
/// stored before, or written otherwise elsewhere in the same run. One warning per pair of names, at the first row that
/// brings a new name, saying how to unify them in the office's table of unit names (--units). Names the table already
/// gives one name are not asked about; neither is a pair the database already held both of (asked when it came).
/// <para>
/// A co-unit is checked the same way against the lead units (stored or in the run): one warning per pair, at the first
/// row of the run naming the co-unit. A co-unit that is itself a lead unit's name is known and not asked about (its
/// spellings are asked about as a lead unit's); two co-units are not compared with each other (the lead units are the
/// units the office counts and ranks).
/// </para>
/// </summary>
internal static class UnitSpellingWarnings
{
    /// <summary>
    /// Every lead unit the database will hold besides the run's own: stored in any ledger and month the run does not
    /// store again, or in the rows a merged month keeps.
    /// </summary>
    /// <remarks>Also every co-unit the database will hold so, for the co-units' check.</remarks>
    public static async Task<(HashSet<string> Leads, HashSet<string> CoUnits)> StoredAsync(DuckDBConnection connection, IReadOnlyList<PartitionInput> replaced, CancellationToken ct)
    {
        var leads = replaced.SelectMany(p => p.Kept).Select(r => r.LeadUnit).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var coUnits = replaced.SelectMany(p => p.Kept).SelectMany(r => r.CoUnits).ToHashSet(StringComparer.Ordinal);
        var months = string.Join(", ", replaced.Select(p => $"('{LedgerNames.Id(p.Ledger)}', DATE '{p.Month.FirstDay:yyyy-MM-dd}')"));
        var notReplaced = replaced.Count == 0 ? string.Empty : $" AND (ledger, report_month) NOT IN ({months})";
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT true, lead_unit FROM snapshots WHERE lead_unit IS NOT NULL" + notReplaced
            + " UNION SELECT DISTINCT false, unnest(co_units) FROM snapshots WHERE len(co_units) > 0" + notReplaced;
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (!reader.IsDBNull(1))
            {
                (reader.GetBoolean(0) ? leads : coUnits).Add(reader.GetString(1));
            }
        }

        return (leads, coUnits);
    }

    /// <param name="stored">The lead units stored (<see cref="StoredAsync"/>).</param>
    /// <param name="storedCoUnits">The co-units stored; none when not given.</param>
    public static List<IngestIssue> Find(IEnumerable<TablePart> tables, IReadOnlySet<string> stored, UnitNameTable? unitNames, IReadOnlySet<string>? storedCoUnits = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(stored);

        // The first row bringing each lead unit, and each co-unit, of the run, in the run's order.
        var firstRows = new Dictionary<string, (TablePart Table, SnapshotRow Row)>(StringComparer.Ordinal);
        var coUnitRows = new Dictionary<string, (TablePart Table, SnapshotRow Row)>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var row in table.Rows)
            {
                if (row.LeadUnit is { } unit)
                {
                    firstRows.TryAdd(unit, (table, row));
                }

                foreach (var coUnit in row.CoUnits)
                {
                    coUnitRows.TryAdd(coUnit, (table, row));
                }
            }
        }

        // A pair is asked about at the row bringing the later name: after a stored one, or after the one the run brought first.
        var names = stored.Concat(firstRows.Keys).Distinct(StringComparer.Ordinal).ToList();
        var order = firstRows.Keys.Select((unit, i) => (unit, i)).ToDictionary(x => x.unit, x => x.i, StringComparer.Ordinal);
        var asked = new List<(int Order, int Other, IngestIssue Warning)>();
        foreach (var (a, b) in UnitSpellings.LikelyPairs(names))
        {
            if (stored.Contains(names[a]) && stored.Contains(names[b]))
            {
                continue;
            }

            var (other, unit) = stored.Contains(names[a]) || (!stored.Contains(names[b]) && order[names[a]] < order[names[b]]) ? (a, b) : (b, a);
            if (unitNames is not null && string.Equals(unitNames.Canonical(names[other]), names[unit], StringComparison.Ordinal))
            {
                continue;
            }

            var (table, row) = firstRows[names[unit]];
            var where = stored.Contains(names[other]) ? "已入库的" : "本次导入文件中的";
            asked.Add((order[names[unit]], other, new IngestIssue(
                table.File,
                table.Sheet,
                row.SourceRow,
                "牵头单位",
                names[unit],
                $"牵头单位“{names[unit]}”与{where}“{names[other]}”可能是同一单位的不同写法，目前按两个单位分别统计和排名。如是同一单位，请在单位名称对照表中写明（如“{names[other]}: [{names[unit]}]”），导入时加 --units 对照表文件（对照表保存在数据湖中，以后导入自动沿用）。",
                IssueSeverity.Warning)));
        }

        // In the run's order of names, then the order the other names were known in.
        var warnings = asked.OrderBy(w => w.Order).ThenBy(w => w.Other).Select(w => w.Warning).ToList();
        warnings.AddRange(CoUnitWarnings(names, stored, coUnitRows, unitNames, storedCoUnits ?? new HashSet<string>()));
        return warnings;
    }

    /// <summary>
    /// The run's co-units that are no lead unit's name but probably one lead unit (of <paramref name="leads"/>) written
    /// otherwise: one warning per pair, at the run's first row naming the co-unit, unless both were stored before.
    /// </summary>
    private static IEnumerable<IngestIssue> CoUnitWarnings(List<string> leads, IReadOnlySet<string> stored, Dictionary<string, (TablePart Table, SnapshotRow Row)> coUnitRows, UnitNameTable? unitNames, IReadOnlySet<string> storedCoUnits)
    {
        var known = leads.ToHashSet(StringComparer.Ordinal);
        var coUnits = coUnitRows.Keys.Where(c => !known.Contains(c)).ToList();
        if (coUnits.Count == 0)
        {
            return [];
        }

        var order = coUnits.Select((unit, i) => (unit, i)).ToDictionary(x => x.unit, x => x.i, StringComparer.Ordinal);
        var names = leads.Concat(coUnits).ToList();
        var asked = new List<(int Order, int Lead, IngestIssue Warning)>();
        foreach (var (a, b) in UnitSpellings.LikelyPairs(names))
        {
            // Pairs are by index, the earlier first: a lead unit comes before every co-unit.
            if (a >= leads.Count || b < leads.Count)
            {
                continue;
            }

            var (lead, coUnit) = (names[a], names[b]);
            if ((stored.Contains(lead) && storedCoUnits.Contains(coUnit))
                || (unitNames is not null && string.Equals(unitNames.Canonical(coUnit), lead, StringComparison.Ordinal)))
            {
                continue;
            }

            var (table, row) = coUnitRows[coUnit];
            var column = CanonicalColumnNames.Label(CanonicalColumn.CoUnits);
            var where = stored.Contains(lead) ? "已入库的" : "本次导入文件中的";
            asked.Add((order[coUnit], a, new IngestIssue(
                table.File,
                table.Sheet,
                row.SourceRow,
                column,
                coUnit,
                $"{column}“{coUnit}”与{where}牵头单位“{lead}”可能是同一单位的不同写法，目前按两个单位分别统计。如是同一单位，请在单位名称对照表中写明（如“{lead}: [{coUnit}]”），导入时加 --units 对照表文件（对照表保存在数据湖中，以后导入自动沿用）。",
                IssueSeverity.Warning)));
        }

        return asked.OrderBy(w => w.Order).ThenBy(w => w.Lead).Select(w => w.Warning);
    }
}
