using ReformAnalytics.Model;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Decides, per (ledger, report month), which files of the run supply it. Tables of the same file for the
/// same partition are combined (a workbook split into sheets by group).
/// <list type="bullet">
/// <item>A whole ledger stands for the month alone. When several files claim the month, a corrected re-send wins
/// (<see cref="CorrectionMark"/>), otherwise the file that sorts last; units' own returns of that month are
/// superseded by it too.</item>
/// <item>Without a whole ledger, units' own returns (<see cref="UnitReturn"/>) make up the month together, one
/// per unit: of one unit's several returns, the correction or the last by name.</item>
/// <item>Files that do not name their unit but each hold one unit's tasks, of different units, are those units'
/// returns (<see cref="UnnamedReturns"/>).</item>
/// </list>
/// Every file left out is reported as superseded, with a warning naming the file that replaced it.
/// </summary>
internal static class PartitionPlan
{
    /// <param name="input">The run's files: the folders and archives each is in (a correction mark there counts), and how the office finds it.</param>
    public static List<PartitionInput> Resolve(IReadOnlyList<TablePart> parts, List<FileReport> reports, List<Model.IngestIssue> issues, Normalising.UnitNameTable? unitNames, InputFileSet input)
    {
        var result = new List<PartitionInput>();
        foreach (var group in parts.GroupBy(p => (p.Ledger, p.Month)).OrderBy(g => g.Key.Ledger).ThenBy(g => g.Key.Month))
        {
            var sources = group.GroupBy(p => p.File, StringComparer.Ordinal)
                .Select(f => new PartitionSource(f.Key, f.First().Sha256, [.. f], UnitReturn.UnitOf(f.Key, [.. f.Select(t => t.Sheet), .. f.Select(t => t.Title).OfType<string>(), .. input.EnclosingNames(f.Key)], f.SelectMany(t => t.Rows).Select(r => r.LeadUnit), unitNames))
                {
                    IsCorrection = CorrectionMark.IsCorrection(f.Key, input.EnclosingNames(f.Key)),
                    Folder = input.EnclosingNames(f.Key).FirstOrDefault(),
                })
                .ToList();
            NamedTemplateReturns(sources, group.Key.Month, unitNames, issues, input);
            UnnamedReturns(sources, group.Key.Month, issues);
            var wholes = sources.Where(s => s.Unit is null).ToList();
            List<PartitionSource> chosen = wholes.Count > 0
                ? [Latest(wholes, input)]
                : sources.GroupBy(s => s.Unit!, StringComparer.Ordinal).OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => Latest([.. u], input)).ToList();
            foreach (var loser in sources.Where(s => !chosen.Contains(s)))
            {
                var winner = chosen.Find(c => c.Unit is null || c.Unit == loser.Unit) ?? chosen[0];
                var named = input.Label(winner.File);
                var message = loser.Unit is not null && winner.Unit is null
                    ? $"同一台账同一月份另有整本台账“{named}”，本单位报送件被其替代，未入库。"
                    : $"同一台账同一月份另有文件“{named}”，本文件被其替代，未入库。";
                reports.Add(new FileReport(loser.File, loser.Sha256, loser.Sheets, group.Key.Ledger, group.Key.Month, 0, 0, FileOutcome.Superseded, message) { Unit = loser.Unit });
                issues.Add(new Model.IngestIssue(loser.File, loser.Tables[0].Sheet, 0, string.Empty, string.Empty, message, IssueSeverity.Warning));
            }

            result.Add(new PartitionInput(group.Key.Ledger, group.Key.Month, chosen));
        }

        return result;
    }

    /// <summary>
    /// Files each named for a different one of their lead units (by their names, or by the folders or archives they are
    /// in: 县发改局/2024年6月改革任务台账.xlsx, 县财政局/…), each holding the whole template (every unit sent it back,
    /// bringing only its own rows up to date): those units' returns, each taking only its unit's rows, so they make up the
    /// month together instead of the last by name replacing the others with stale figures. Only when every file taken for
    /// a whole ledger is so named: a real whole ledger (总台账, or a name naming no unit) stands for the month as before.
    /// </summary>
    private static void NamedTemplateReturns(List<PartitionSource> sources, ReportMonth month, Normalising.UnitNameTable? unitNames, List<Model.IngestIssue> issues, InputFileSet input)
    {
        var wholes = sources.Where(s => s.Unit is null).ToList();
        if (wholes.Count < 2)
        {
            return;
        }

        var named = wholes.Select(w => w.NamedUnit(unitNames)).ToList();
        if (named.Exists(u => u is null) || named.Select(u => u!.Value.Unit).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return;
        }

        for (var i = 0; i < wholes.Count; i++)
        {
            var (unit, namedBy, _) = named[i]!.Value;
            sources[sources.IndexOf(wholes[i])] = wholes[i].AsReturnOf(unit, out var others);
            issues.Add(new Model.IngestIssue(wholes[i].File, wholes[i].Tables[0].Sheet, 0, string.Empty, string.Empty, $"{namedBy}是“{unit}”的报送件，表中还有其他单位的任务（{others.Count}行）；同月还有其他单位各自的报送件（如“{input.Label(wholes[(i + 1) % wholes.Count].File)}”），已只取{unit}牵头的任务，与各单位的报送件合为{month.Label}的台账。", IssueSeverity.Warning));
        }
    }

    /// <summary>
    /// Files that do not name their unit but hold one unit's tasks each, beside files of other units for the same month
    /// (each unit sent "2024年6月改革任务台账.xlsx"): they are those units' returns, and make up the month together instead
    /// of the last one replacing the others. Only when every such file holds one unit: a file of several units is a
    /// whole ledger and stands for the month as before. Each file so taken gets a warning saying why.
    /// </summary>
    private static void UnnamedReturns(List<PartitionSource> sources, ReportMonth month, List<Model.IngestIssue> issues)
    {
        var wholes = sources.Where(s => s.Unit is null).ToList();
        if (wholes.Count == 0)
        {
            return;
        }

        var units = wholes.Select(w => UnitReturn.OnlyLeadUnit(w.Tables.SelectMany(t => t.Rows).Select(r => r.LeadUnit))).ToList();
        if (units.Exists(u => u is null))
        {
            return;
        }

        var all = units.Concat(sources.Select(s => s.Unit)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (all.Count < 2)
        {
            return;
        }

        var others = string.Join("、", all.Take(6));
        for (var i = 0; i < wholes.Count; i++)
        {
            var unit = units[i]!;
            sources[sources.IndexOf(wholes[i])] = wholes[i] with { Unit = unit };
            issues.Add(new Model.IngestIssue(wholes[i].File, wholes[i].Tables[0].Sheet, 0, string.Empty, string.Empty, $"本文件没有写明单位，只有“{unit}”一个牵头单位的任务；同月还有其他单位的文件（{others}{(all.Count > 6 ? "等" : string.Empty)}），已按各单位的报送件合为{month.Label}的台账。单位报送件请在文件名中写明单位（如“{unit}{month.Label}改革任务台账”）。", IssueSeverity.Warning));
        }
    }

    /// <summary>A corrected re-send over the original, else the file that sorts last by name.</summary>
    private static PartitionSource Latest(List<PartitionSource> sources, InputFileSet input) =>
        sources.OrderBy(s => CorrectionMark.IsCorrection(s.File, input.EnclosingNames(s.File))).ThenBy(s => Path.GetFileName(s.File), StringComparer.Ordinal).Last();
}
