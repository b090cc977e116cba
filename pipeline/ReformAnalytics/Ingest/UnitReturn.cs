using ReformAnalytics.Normalising;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Tells a unit's own monthly return (单位报送件) from a whole ledger: every row of the file's tables for a
/// (ledger, month) names the same lead unit, and the file name, a sheet name, a title row or the name of a folder or
/// archive the file is in names that unit, in full or without its 县/市/区 prefix (<c>县发改局2024年6月改革任务进展.xlsx</c>,
/// <c>发改局6月台账.csv</c>, a title <c>县教育局2024年6月改革任务推进情况</c> over the header, the template every unit sent
/// back as <c>2024年6月改革任务台账.xlsx</c> kept by the office in a folder <c>县教育局/</c> or sent as <c>县教育局.zip</c>). Several units'
/// returns for one month make up that month together; a whole ledger (every other file) stands for the month alone.
/// </summary>
public static class UnitReturn
{
    /// <summary>
    /// The unit whose return the file is, or null for a whole ledger. <paramref name="labels"/>: the sheet names and
    /// title rows of the file's tables, and the names of the folders and archives it is in.
    /// </summary>
    public static string? UnitOf(string file, IReadOnlyList<string> labels, IEnumerable<string?> leadUnits, UnitNameTable? unitNames = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (OnlyLeadUnit(leadUnits) is not { } unit)
        {
            return null;
        }

        // The rows name the unit as the office's table does; the file may name it any way the table knows.
        var shortNames = (unitNames?.SpellingsOf(unit) ?? [unit]).Select(UnitNames.ShortName).ToList();
        var names = labels.Prepend(Path.GetFileNameWithoutExtension(file));
        return names.Any(n => shortNames.Exists(s => n.Contains(s, StringComparison.Ordinal))) ? unit : null;
    }

    /// <summary>
    /// The lead unit a file holding several units' rows is named for: its name (not a 总台账) names exactly one of its lead
    /// units, in full or short, as the office's table spells it. That file is the unit's return with the rest of the
    /// template left in (each unit sent the whole template back, bringing only its own rows up to date). Null otherwise.
    /// </summary>
    public static string? NamedLeadUnit(string file, IEnumerable<string?> leadUnits, UnitNameTable? unitNames = null)
    {
        ArgumentNullException.ThrowIfNull(leadUnits);
        var stem = Path.GetFileNameWithoutExtension(file);
        if (stem.Contains("总台账", StringComparison.Ordinal))
        {
            return null;
        }

        var leads = leadUnits.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var named = leads.Where(u => (unitNames?.SpellingsOf(u) ?? [u]).Select(UnitNames.ShortName).Any(s => stem.Contains(s, StringComparison.Ordinal)))
            .Select(UnitNames.ShortName).Distinct(StringComparer.Ordinal).ToList();
        return leads.Count < 2 || named.Count != 1 ? null : leads.First(u => string.Equals(UnitNames.ShortName(u), named[0], StringComparison.Ordinal));
    }

    /// <summary>Whether a row is led by <paramref name="unit"/> (compared without the 县/市/区 prefix).</summary>
    public static bool LedBy(string? leadUnit, string unit) =>
        string.Equals(UnitNames.ShortName(leadUnit ?? string.Empty), UnitNames.ShortName(unit), StringComparison.Ordinal);

    /// <summary>The one lead unit every row names; null when there are no rows, or a row names none or another.</summary>
    public static string? OnlyLeadUnit(IEnumerable<string?> leadUnits)
    {
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

        return unit;
    }
}
