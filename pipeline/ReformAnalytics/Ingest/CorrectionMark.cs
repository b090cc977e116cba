namespace ReformAnalytics.Ingest;

/// <summary>
/// Tells a corrected re-send from the original: a file whose name, or the name of a folder or zip archive it is in
/// (from the folder given down), says 更正, 修订, 修正, 重报 or 补正 replaces the other files of the same run for the
/// same ledger and month: 6月报送/修订稿/县发改局.xlsx over 6月报送/原稿/县发改局.xlsx, 县发改局6月台账（更正）.zip over
/// 县发改局6月台账.zip. Without a mark, the file that sorts last by name wins (and a warning says so). Across runs, the
/// later run's file replaces the earlier one.
/// </summary>
public static class CorrectionMark
{
    private static readonly string[] Marks = ["更正", "修订", "修正", "重报", "补正"];

    /// <param name="fileName">The file's name or path (only its name is read).</param>
    /// <param name="enclosingNames">The names of the folders and archives it is in (<see cref="InputFileSet.EnclosingOf"/>).</param>
    public static bool IsCorrection(string fileName, IReadOnlyList<string>? enclosingNames = null) =>
        Marks.Any(m => Path.GetFileNameWithoutExtension(fileName).Contains(m, StringComparison.Ordinal)
            || (enclosingNames ?? []).Any(n => n.Contains(m, StringComparison.Ordinal)));
}
