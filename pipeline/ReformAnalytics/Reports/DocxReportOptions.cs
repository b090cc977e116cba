namespace ReformAnalytics.Reports;

/// <summary>
/// Fonts and page of the Word report, defaults after the official-document look (GB/T 9704): title and
/// headings in 黑体, body in 仿宋, A4 with the standard margins. A face missing on the reader's machine falls
/// back through the font table's alternate names (SimHei, FangSong) to whatever Chinese face is installed.
/// </summary>
public sealed class DocxReportOptions
{
    public static DocxReportOptions Default { get; } = new();

    public string TitleFont { get; init; } = "黑体";

    public string HeadingFont { get; init; } = "黑体";

    public string BodyFont { get; init; } = "仿宋";

    /// <summary>Latin letters and digits.</summary>
    public string LatinFont { get; init; } = "Times New Roman";

    /// <summary>Body size in points (三号 = 16).</summary>
    public double BodySize { get; init; } = 16;

    /// <summary>Table text size in points (五号 = 10.5).</summary>
    public double TableSize { get; init; } = 10.5;

    /// <summary>Width of charts on the page, in centimetres.</summary>
    public double FigureWidthCm { get; init; } = 15.5;

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(TitleFont) || string.IsNullOrWhiteSpace(HeadingFont) || string.IsNullOrWhiteSpace(BodyFont) || string.IsNullOrWhiteSpace(LatinFont))
        {
            throw new InvalidOperationException("Word 报告的字体名称不能为空。");
        }

        if (BodySize is < 8 or > 26 || TableSize is < 6 or > 16)
        {
            throw new InvalidOperationException($"Word 报告字号超出范围：正文{BodySize}磅，表格{TableSize}磅。");
        }

        if (FigureWidthCm is < 5 or > 16)
        {
            throw new InvalidOperationException($"图表宽度应在5到16厘米之间，实际为{FigureWidthCm}。");
        }
    }
}
