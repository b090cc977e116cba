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

    /// <summary>The file as the office finds it: its name, and the archive it is in, if any.</summary>
    public string FileLabel => LabelOf(File, Archive);

    /// <summary>A file as the office finds it: its name, and the archive (outer.zip/inner.zip) it is in, if any.</summary>
    public static string LabelOf(string file, string? archive) =>
        System.IO.Path.GetFileName(file) + (archive is null ? string.Empty : $"（压缩包“{archive}”中）");

    /// <summary>The issue in one line, as printed to the office: 文件“…”，工作表“…”，第N行，“列”列，值“…”：原因.</summary>
    public string Describe()
    {
        var parts = new List<string> { $"文件“{System.IO.Path.GetFileName(File)}”{(Archive is { } archive ? $"（压缩包“{archive}”中）" : string.Empty)}" };
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
