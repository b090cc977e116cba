namespace ReformAnalytics.Reports;

/// <summary>Parses the <c>--format</c> option: <c>html</c>, <c>docx</c> or both, comma separated.</summary>
public static class ReportFormatNames
{
    public static bool TryParse(string? text, out ReportFormats formats)
    {
        formats = ReportFormats.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var part in text.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "html": formats |= ReportFormats.Html; break;
                case "docx" or "word": formats |= ReportFormats.Docx; break;
                default: formats = ReportFormats.None; return false;
            }
        }

        return formats != ReportFormats.None;
    }
}
