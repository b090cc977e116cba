namespace ReformAnalytics.Ingest;

/// <summary>
/// Tells a corrected re-send from the original: a file whose name says 更正, 修订, 修正, 重报 or 补正 replaces
/// the other files of the same run for the same ledger and month. Without a mark, the file that sorts last
/// by name wins (and a warning says so). Across runs, the later run's file replaces the earlier one.
/// </summary>
public static class CorrectionMark
{
    private static readonly string[] Marks = ["更正", "修订", "修正", "重报", "补正"];

    public static bool IsCorrection(string fileName) =>
        Marks.Any(m => Path.GetFileNameWithoutExtension(fileName).Contains(m, StringComparison.Ordinal));
}
