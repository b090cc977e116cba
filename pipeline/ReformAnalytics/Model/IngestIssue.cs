namespace ReformAnalytics.Model;

/// <summary>
/// A problem found in an input file, located precisely enough for the unit that sent it to fix it.
/// <paramref name="Row"/> is the 1-based row number as the spreadsheet shows it (0 when the issue
/// concerns the whole file or sheet); <paramref name="Column"/> is the header text as written.
/// </summary>
public sealed record IngestIssue(
    string File,
    string Sheet,
    int Row,
    string Column,
    string Value,
    string Message,
    IssueSeverity Severity = IssueSeverity.Error)
{
    /// <summary>The zip archive the file was unpacked from (a nested one as outer.zip/inner.zip); null for a file given or found in a folder.</summary>
    public string? Archive { get; init; }

    /// <summary>
    /// The folders between the folder given (or the archive's top) and the file (2024年7月, or 报送/6月); null when the
    /// file is right in it. Two returns of the same name in different folders are told apart by it.
    /// </summary>
    public string? Folder { get; init; }

    /// <summary>The file as the office finds it: its name under its folders, and the archive it is in, if any.</summary>
    public string FileLabel => LabelOf(File, Folder, Archive);

    /// <summary>A file as the office finds it: 2024年7月/县发改局.csv, or 县发改局.csv（压缩包“outer.zip/inner.zip”中）.</summary>
    public static string LabelOf(string file, string? folder, string? archive) =>
        NameUnder(file, folder) + (archive is null ? string.Empty : $"（压缩包“{archive}”中）");

    private static string NameUnder(string file, string? folder) =>
        (folder is null ? string.Empty : folder + "/") + System.IO.Path.GetFileName(file);

    /// <summary>The issue in one line, as printed to the office: 文件“…”，工作表“…”，第N行，“列”列，值“…”：原因.</summary>
    public string Describe()
    {
        var parts = new List<string> { $"文件“{NameUnder(File, Folder)}”{(Archive is { } archive ? $"（压缩包“{archive}”中）" : string.Empty)}" };
        if (Sheet.Length > 0)
        {
            parts.Add($"工作表“{Sheet}”");
        }

        if (Row > 0)
        {
            parts.Add($"第{Row}行");
        }

        if (Column.Length > 0)
        {
            parts.Add($"“{Column}”列");
        }

        if (Value.Length > 0)
        {
            parts.Add($"值“{(Value.Length > 40 ? Value[..40] + "…" : Value)}”");
        }

        return string.Join("，", parts) + "：" + Message;
    }
}
