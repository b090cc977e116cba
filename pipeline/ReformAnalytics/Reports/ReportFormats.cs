namespace ReformAnalytics.Reports;

/// <summary>The formats <c>reform report --format</c> writes.</summary>
[Flags]
public enum ReportFormats
{
    None = 0,

    /// <summary>One self-contained HTML file.</summary>
    Html = 1,

    /// <summary>A Word document.</summary>
    Docx = 2,

    All = Html | Docx,
}
