using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Ingest;

/// <summary>
/// What the office needs to keep its table of unit names (<c>reform units</c>): the table in force, and the lead units
/// and co-units stored under names that are probably one unit (<see cref="UnitSpellings"/>) which the table does not unify yet, in
/// groups with their rows and months; and the units stored under a spelling the table has since given another name
/// (in a database whose last run predates the table; the next ingest run renames them, <see cref="StoredMonthRenaming"/>). <see cref="DraftYaml"/> turns both into a table file to check and pass to
/// <c>--units</c>: the table in force as it is, each suggestion commented out, so nothing is unified on a guess.
/// </summary>
public sealed record UnitNameReview(UnitNameTable? Table, string? TableRun, IReadOnlyList<UnitNameSuggestion> Suggestions, IReadOnlyList<StoredUnit> NotRenamed)
{
    /// <summary>Reads the table in force and the stored lead units and co-units from the database.</summary>
    public static async Task<UnitNameReview> ReadAsync(DuckDBConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        UnitNameTable? table = null;
        string? run = null;
        if (await ReformDatabase.ScalarAsync<long>(connection, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'unit_names'", ct).ConfigureAwait(false) > 0)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            string file = string.Empty;
            await using var names = connection.CreateCommand();
            names.CommandText = "SELECT unit, spelling, run_id, table_file FROM unit_names ORDER BY unit, spelling <> unit, spelling";
            await using var reader = await names.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                pairs.Add(KeyValuePair.Create(reader.GetString(0), reader.GetString(1)));
                run = reader.GetString(2);
                file = reader.GetString(3);
            }

            table = pairs.Count > 0 ? UnitNameTable.FromPairs(pairs, file) : null;
        }

        var units = new List<StoredUnit>();
        await using (var command = connection.CreateCommand())
        {
            // Co-units too: the table names them as it names lead units, and a unit that is only ever a co-unit was
            // otherwise never seen here (ingest compares a co-unit with the lead units only).
            command.CommandText = """
                SELECT unit, sum(lead)::BIGINT, sum(co)::BIGINT, min(report_month), max(report_month) FROM (
                    SELECT lead_unit AS unit, 1 AS lead, 0 AS co, report_month FROM snapshots WHERE lead_unit IS NOT NULL
                    UNION ALL
                    SELECT unnest(list_distinct(co_units)) AS unit, 0 AS lead, 1 AS co, report_month FROM snapshots WHERE len(co_units) > 0
                ) WHERE unit IS NOT NULL GROUP BY unit
                """;
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                units.Add(new StoredUnit(reader.GetString(0), reader.GetInt64(1), DateOnly.FromDateTime(reader.GetDateTime(3)), DateOnly.FromDateTime(reader.GetDateTime(4))) { CoRows = reader.GetInt64(2) });
            }
        }

        // Months stored before the table said so keep the names they were stored under until they are ingested again.
        var notRenamed = table is null ? [] : units.Where(u => !string.Equals(table.Canonical(u.Name), u.Name, StringComparison.Ordinal)).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        return new UnitNameReview(table, table is null ? null : run, Suggest(units, table), notRenamed);
    }

    /// <summary>
    /// Groups of stored units (lead units and co-units) that are probably one unit and that the table does not already
    /// give one name. A group's suggested name is the table's name when one of them has it, else the lead unit with the
    /// most rows (the name the figures by unit go by), then the name on the most rows as a co-unit, then the one seen first.
    /// </summary>
    public static List<UnitNameSuggestion> Suggest(IReadOnlyList<StoredUnit> units, UnitNameTable? table)
    {
        ArgumentNullException.ThrowIfNull(units);
        var parent = Enumerable.Range(0, units.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        foreach (var (i, j) in UnitSpellings.LikelyPairs([.. units.Select(u => u.Name)]))
        {
            if (table is null || !string.Equals(table.Canonical(units[i].Name), table.Canonical(units[j].Name), StringComparison.Ordinal))
            {
                parent[Find(i)] = Find(j);
            }
        }

        var suggestions = new List<UnitNameSuggestion>();
        foreach (var group in Enumerable.Range(0, units.Count).GroupBy(Find).Where(g => g.Count() > 1))
        {
            var members = group.Select(i => units[i]).ToList();
            var named = members.Find(u => table?.Names(u.Name) == true);
            var chosen = named ?? members.OrderByDescending(u => u.Rows).ThenByDescending(u => u.CoRows).ThenBy(u => u.FirstMonth).ThenBy(u => u.Name, StringComparer.Ordinal).First();
            var others = members.Where(u => u != chosen && !string.Equals(table?.Canonical(u.Name), chosen.Name, StringComparison.Ordinal)).OrderBy(u => u.FirstMonth).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
            suggestions.Add(new UnitNameSuggestion(chosen, others, InTable: named is not null));
        }

        return [.. suggestions.OrderBy(s => s.Unit.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A table file for the office to check: the table in force as it is, then each suggestion as a commented-out
    /// line to uncomment once checked (for a unit the table names already, the spelling to add to its line).
    /// </summary>
    public string DraftYaml(string database)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# 单位名称对照表（由 reform units 根据 {database} 生成，请核对后使用）");
        text.AppendLine("# 每行一个单位：冒号前是统一使用的名称，方括号里是其他写法。导入时加 --units 本文件，各月台账中的这些写法统一按冒号前的名称统计和排名，");
        text.AppendLine("# 对照表随之保存在数据湖中，以后导入自动沿用。");
        if (Table is not null)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"# 现行对照表（批次{TableRun}保存，来自 {Table.SourceFile}）：");
            foreach (var unit in Table.Pairs.Select(p => p.Unit).Distinct(StringComparer.Ordinal))
            {
                text.AppendLine(Entry(unit, Table.SpellingsOf(unit).Skip(1)));
            }
        }

        if (Suggestions.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("# 以下是已入库台账中可能是同一单位的不同写法，系按名称推测，未经核实。确是同一单位的，去掉行首的“# ”；");
            text.AppendLine("# 现行对照表已有的单位，把建议的写法加入上面该单位一行的列表。不是同一单位的，保留或删去该行即可。");
            foreach (var s in Suggestions)
            {
                var line = s.InTable
                    ? $"# {s.Unit.Name} 还可能写作：{string.Join("、", s.Others.Select(o => o.Name))}"
                    : "# " + Entry(s.Unit.Name, s.Others.Select(o => o.Name));
                text.AppendLine(CultureInfo.InvariantCulture, $"{line}    # {s.Describe()}");
            }
        }

        return text.ToString();
    }

    private static string Entry(string unit, IEnumerable<string> spellings) => $"{Quoted(unit)}: [{string.Join(", ", spellings.Select(Quoted))}]";

    /// <summary>A name as YAML reads it back unchanged: plain when it has nothing YAML would take for syntax.</summary>
    private static string Quoted(string name) =>
        name.IndexOfAny([':', '#', ',', '[', ']', '{', '}', '"', '\'', '&', '*', '!', '|', '>', '%', '@', '`']) < 0 && name.Trim() == name && name.Length > 0
            ? name
            : "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// A unit as stored: its name, the rows naming it as their lead unit (<see cref="Rows"/>) and as a co-unit
/// (<see cref="CoRows"/>), and the first and last report month it appears in.
/// </summary>
public sealed record StoredUnit(string Name, long Rows, DateOnly FirstMonth, DateOnly LastMonth)
{
    /// <summary>The rows naming the unit among their co-units (责任单位, 配合单位).</summary>
    public long CoRows { get; init; }

    /// <summary>The unit's name, its rows in each role, and its months: 县人社局 牵头2行、配合3行（2024年6月—2024年7月；一个月时只写该月）.</summary>
    public string Describe()
    {
        var roles = (Rows, CoRows) switch
        {
            (_, 0) => $"牵头{Rows}行",
            (0, _) => $"配合{CoRows}行",
            _ => $"牵头{Rows}行、配合{CoRows}行",
        };
        var months = FirstMonth == LastMonth ? ChineseDate.Month(FirstMonth) : ChineseDate.Month(FirstMonth) + "—" + ChineseDate.Month(LastMonth);
        return $"{Name} {roles}（{months}）";
    }
}

/// <summary>Stored units that are probably one unit: the name suggested, the other names, and whether the table already has that name.</summary>
public sealed record UnitNameSuggestion(StoredUnit Unit, IReadOnlyList<StoredUnit> Others, bool InTable)
{
    public string Describe() => string.Join("；", Others.Prepend(Unit).Select(u => u.Describe()));
}
