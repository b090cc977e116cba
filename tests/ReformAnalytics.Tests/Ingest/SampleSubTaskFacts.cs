using ReformAnalytics.Model;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>What the sample's manifest says of its sub-tasks' headings, as the sample ingest tests check them.</summary>
internal static class SampleSubTaskFacts
{
    /// <summary>The names (as ingest names a file, its last part; a zipped return's entry) of files with a sheet that lists sub-tasks under a numbered row (3 over 3.1).</summary>
    public static HashSet<string> FilesWithNumberedHeadings(SampleManifest manifest) =>
        manifest.Files.Where(f => f.Sheets.Any(s => s.Features.Contains("numbered_headings")))
            .Select(f => Path.GetFileName(f.ArchiveEntry ?? f.FileName))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The one warning per sheet that names the rows taken for the heading of their sub-tasks.</summary>
    public static bool IsHeadingWarning(IngestIssue issue) =>
        issue.Severity == IssueSeverity.Warning && issue.Message.Contains("行任务下分有子任务", StringComparison.Ordinal);
}
