using ReformAnalytics.Model;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Decides, per (ledger, report month), which file of the run supplies it. Tables of the same file for the
/// same partition are combined (a workbook split into sheets by group). When several files claim the same
/// partition, a corrected re-send wins (<see cref="CorrectionMark"/>), otherwise the file that sorts last;
/// the others are reported as superseded, with a warning naming the file that replaced them.
/// </summary>
internal static class PartitionPlan
{
    public static List<PartitionInput> Resolve(IReadOnlyList<TablePart> parts, List<FileReport> reports, List<Model.IngestIssue> issues)
    {
        var result = new List<PartitionInput>();
        foreach (var group in parts.GroupBy(p => (p.Ledger, p.Month)).OrderBy(g => g.Key.Ledger).ThenBy(g => g.Key.Month))
        {
            var byFile = group.GroupBy(p => p.File, StringComparer.Ordinal)
                .OrderBy(f => CorrectionMark.IsCorrection(f.Key))
                .ThenBy(f => Path.GetFileName(f.Key), StringComparer.Ordinal)
                .ToList();
            var winner = byFile[^1];
            foreach (var loser in byFile.Take(byFile.Count - 1))
            {
                var first = loser.First();
                var message = $"同一台账同一月份另有文件“{Path.GetFileName(winner.Key)}”，本文件被其替代，未入库。";
                reports.Add(new FileReport(loser.Key, first.Sha256, string.Join("、", loser.Select(t => t.Sheet)), group.Key.Ledger, group.Key.Month, 0, 0, FileOutcome.Superseded, message));
                issues.Add(new Model.IngestIssue(loser.Key, first.Sheet, 0, string.Empty, string.Empty, message, IssueSeverity.Warning));
            }

            var w = winner.First();
            result.Add(new PartitionInput(group.Key.Ledger, group.Key.Month, winner.Key, w.Sha256, [.. winner]));
        }

        return result;
    }
}
