using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>What a run has written so far: the files, row counts, year sizes and planted cases of the manifest.</summary>
internal sealed class ManifestRecorder
{
    public List<SampleFile> Files { get; } = [];

    public List<SampleYear> Years { get; } = [];

    public List<PlantedMissingReturn> MissingReturns { get; } = [];

    public List<PlantedCorrection> Corrections { get; } = [];

    public List<PlantedRewording> Rewordings { get; } = [];

    public List<PlantedMidYearTask> MidYearTasks { get; } = [];

    public List<PlantedBadCell> BadCells { get; } = [];

    public List<PlantedRevision> Revisions { get; } = [];

    public List<PlantedSubTask> SubTasks { get; } = [];

    public List<PlantedHiddenRow> HiddenRows { get; } = [];

    /// <summary>Task rows written in all files.</summary>
    public long Rows { get; set; }

    /// <summary>Task rows ingest will not keep: originals replaced by a （更正） re-send, the workbook copy of a plain CSV.</summary>
    public long ReplacedRows { get; set; }

    public SampleManifest Build(SampleOptions options, ReportMonth lastMonth) =>
        new(options.Seed, options.FirstYear, options.LastYear, lastMonth, options.Scale, options.Shape, Rows, Rows - ReplacedRows,
            Years, Files, MissingReturns, Corrections, Rewordings, MidYearTasks, BadCells, SampleCounty.GeneratorFingerprint, Revisions, SubTasks, HiddenRows);
}
