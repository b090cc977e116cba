namespace ReformAnalytics.Ingest;

/// <summary>
/// Tells a unit's own monthly return (单位报送件) from a whole ledger: every row of the file's tables for a
/// (ledger, month) names the same lead unit, and the file name, a sheet name or a title row names that unit, in
/// full or without its 县/市/区 prefix (<c>县发改局2024年6月改革任务进展.xlsx</c>, <c>发改局6月台账.csv</c>, a title
/// <c>县教育局2024年6月改革任务推进情况</c> over the header). Several units'
/// returns for one month make up that month together; a whole ledger (every other file) stands for the month alone.
/// </summary>
public static class UnitReturn
{
    /// <summary>
    /// The unit whose return the file is, or null for a whole ledger. <paramref name="labels"/>: the sheet names and
    /// title rows of the file's tables.
    /// </summary>
    public static string? UnitOf(string file, IReadOnlyList<string> labels, IEnumerable<string?> leadUnits)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(leadUnits);
        string? unit = null;
        foreach (var lead in leadUnits)
        {
            if (lead is null || (unit is not null && !string.Equals(unit, lead, StringComparison.Ordinal)))
            {
                return null;
            }

            unit = lead;
        }

        if (unit is null)
        {
            return null;
        }

        var shortName = ShortName(unit);
        var names = labels.Prepend(Path.GetFileNameWithoutExtension(file));
        return names.Any(n => n.Contains(shortName, StringComparison.Ordinal)) ? unit : null;
    }

    /// <summary>A unit's name without its 县/市/区 prefix (县发改局 → 发改局), as units often write their own.</summary>
    public static string ShortName(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Length > 2 && unit[0] is '县' or '市' or '区' ? unit[1..] : unit;
    }
}
