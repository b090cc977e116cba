using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Ingest;

/// <summary>The result of a run: per-file outcomes, rows and tasks stored, issues, and status phrases not understood.</summary>
public sealed record IngestSummary(
    string? RunId,
    IReadOnlyList<FileReport> Files,
    int RowsStored,
    int TasksStored,
    IReadOnlyList<IngestIssue> Issues,
    IReadOnlyList<UnknownStatusPhrase> UnknownStatusPhrases)
{
    /// <summary>How long each stage of the run took (elapsed time, for benchmarks and the curious).</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>Workbooks ReformAnalytics wrote itself (an issue list, the quarter's lists) found among the inputs and left out.</summary>
    public IReadOnlyList<string> OwnOutputs { get; init; } = [];

    /// <summary>Files in the folders or archives given that may be returns but are not read (<c>.ett</c>, <c>.xlsb</c>, …).</summary>
    public IReadOnlyList<string> Unread { get; init; } = [];

    /// <summary>The zip archives unpacked, with the files read from each.</summary>
    public IReadOnlyList<ArchiveContents> Archives { get; init; } = [];

    /// <summary>Files in the folders given that an archive holds too (same name and content), read once from the archive.</summary>
    public IReadOnlyList<string> AlsoInArchives { get; init; } = [];

    /// <summary>Months missing between the stored months of the ledger years the run's files belong to.</summary>
    public IReadOnlyList<MonthGap> MonthGaps { get; init; } = [];

    /// <summary>The table of unit names the run used, if any.</summary>
    public UnitNameUse? UnitNames { get; init; }

    /// <summary>Each file of <see cref="Files"/> as the office finds it (县发改局.csv（压缩包“报送.zip”中）), by its path.</summary>
    public IReadOnlyDictionary<string, string> FileLabels { get; init; } = new Dictionary<string, string>();

    public bool Refused => Files.Any(f => f.Outcome == FileOutcome.Refused);

    /// <summary>
    /// Per ledger, the months this run stored, as the office writes them: 改革任务总台账：2024年1—6月、8月. A month made of units'
    /// own returns says so after them: ；2024年10月由25个单位的报送件合成, or, beside a whole ledger, ；2024年6月另并入1个单位的报送件.
    /// </summary>
    public IReadOnlyList<string> DescribeStoredMonths() =>
    [
        .. Files.Where(f => f is { Outcome: FileOutcome.Ingested, Ledger: not null, Month: not null })
            .GroupBy(f => f.Ledger!.Value)
            .OrderBy(g => g.Key)
            .Select(g => $"{LedgerNames.Label(g.Key)}：" + string.Join("、", g.Select(f => f.Month!.Value).Distinct().GroupBy(m => m.Year).OrderBy(y => y.Key)
                .Select(y => $"{y.Key}年{MonthGap.Ranges([.. y.Select(m => m.Month).Order()])}")) + string.Concat(FromReturns(g))),
    ];

    private static IEnumerable<string> FromReturns(IEnumerable<FileReport> files) =>
        files.GroupBy(f => f.Month!.Value).Where(m => m.Any(f => f.Unit is not null)).OrderBy(m => m.Key).Select(m =>
        {
            var units = m.Where(f => f.Unit is not null).Select(f => f.Unit).Distinct(StringComparer.Ordinal).Count();
            return m.All(f => f.Unit is not null) ? $"；{m.Key.Label}由{units}个单位的报送件合成" : $"；{m.Key.Label}另并入{units}个单位的报送件";
        });

    /// <summary>A file of the run as the office finds it: its name, with the archive it came from.</summary>
    public string LabelOf(string file) => FileLabels.TryGetValue(file, out var label) ? label : Path.GetFileName(file);

    public int ErrorRows => Issues.Count(i => i.Severity == IssueSeverity.Error && i.Row > 0);
}

/// <summary>
/// The table of unit names a run used: how many units it names, the file it came from, the earlier run that saved
/// it when it was not given this time (null when given), and whether this run saved it to the lake.
/// </summary>
public sealed record UnitNameUse(int Units, string TableFile, string? KeptFromRun, bool Saved);
