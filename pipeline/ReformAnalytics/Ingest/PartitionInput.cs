using ReformAnalytics.Model;

namespace ReformAnalytics.Ingest;

/// <summary>
/// What one (ledger, report month) of a run is made of: the winning whole ledger's tables for it, or the
/// winning return of each unit that sent one (<see cref="UnitReturn"/>).
/// </summary>
internal sealed record PartitionInput(Ledger Ledger, ReportMonth Month, IReadOnlyList<PartitionSource> Sources)
{
    public IReadOnlyList<TablePart> Tables => Sources.Count == 1 ? Sources[0].Tables : [.. Sources.SelectMany(s => s.Tables)];

    public IEnumerable<IngestIssue> Issues => Sources.SelectMany(s => s.Tables).SelectMany(t => t.Issues);

    public List<SnapshotRow> Rows
    {
        get
        {
            var tables = Tables;
            return tables.Count == 1 ? tables[0].Rows : [.. tables.SelectMany(t => t.Rows)];
        }
    }

    /// <summary>
    /// Rows of the stored month kept as they are, task ids included: those of the units that sent nothing in this
    /// run, when the month is made of units' own returns (a late return merged into its month). Empty otherwise.
    /// </summary>
    public IReadOnlyList<SnapshotRow> Kept { get; init; } = [];

    /// <summary>The units whose own returns make up the month in this run (empty for a whole ledger).</summary>
    public IReadOnlyList<string> Units => [.. Sources.Select(s => s.Unit).OfType<string>()];

    /// <summary>Whether the month is made only of units' own returns (and so covers only those units).</summary>
    public bool FromUnitReturns => Sources.All(s => s.Unit is not null);

    /// <summary>Every file's SHA-256, sorted: the month is unchanged when the last run stored the same set.</summary>
    public string ShaSet => string.Join(",", Sources.Select(s => s.Sha256).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>One report per file of the month; <paramref name="withRows"/> counts each file's rows.</summary>
    public IEnumerable<FileReport> Reports(FileOutcome outcome, string? message, bool withRows) =>
        Sources.Select(s => new FileReport(s.File, s.Sha256, s.Sheets, Ledger, Month, withRows ? s.RowCount : 0, s.IssueCount, outcome, message) { Unit = s.Unit });
}

/// <summary>One file's tables for a (ledger, month), and the unit whose own return it is (null: a whole ledger).</summary>
internal sealed record PartitionSource(string File, string Sha256, IReadOnlyList<TablePart> Tables, string? Unit)
{
    /// <summary>The file (or a folder or archive it is in) is marked as a corrected re-send (<see cref="CorrectionMark"/>).</summary>
    public bool IsCorrection { get; init; }

    /// <summary>The nearest folder or archive the file is in (县财政局, 县林业局.zip); null for a file given by itself.</summary>
    public string? Folder { get; init; }

    /// <summary>
    /// The unit a file holding several units' rows is the return of: the unit its name names, else the unit the folder
    /// or archive it is in names (<c>ByFolder</c>; 县财政局/2024年6月改革任务台账.xlsx: the template sent back and kept in the
    /// unit's folder); with where that was read, for the message. Null when neither names exactly one of its lead units.
    /// </summary>
    public (string Unit, string NamedBy, bool ByFolder)? NamedUnit(Normalising.UnitNameTable? unitNames)
    {
        var leads = Tables.SelectMany(t => t.Rows).Select(r => r.LeadUnit).ToList();
        if (UnitReturn.NamedLeadUnit(File, leads, unitNames) is { } byName)
        {
            return (byName, "文件名写明", false);
        }

        return Folder is not null && UnitReturn.NamedLeadUnit(Folder, leads, unitNames) is { } byFolder
            ? (byFolder, $"文件放在“{Folder}”中，", true)
            : null;
    }

    public string Sheets => string.Join("、", Tables.Select(t => t.Sheet).Where(s => s.Length > 0));

    public int RowCount => Tables.Sum(t => t.Rows.Count);

    public int IssueCount => Tables.Sum(t => t.Issues.Count);

    /// <summary>
    /// The file as <paramref name="unit"/>'s return: a whole template sent back under the unit's name keeps only the rows
    /// that unit leads (<see cref="UnitReturn.LedBy"/>); <paramref name="others"/> are the rows left out.
    /// </summary>
    public PartitionSource AsReturnOf(string unit, out List<SnapshotRow> others)
    {
        others = [.. Tables.SelectMany(t => t.Rows).Where(r => !UnitReturn.LedBy(r.LeadUnit, unit))];
        return this with { Unit = unit, Tables = [.. Tables.Select(t => t with { Rows = [.. t.Rows.Where(r => UnitReturn.LedBy(r.LeadUnit, unit))] })] };
    }
}
