namespace ReformAnalytics.Reports;

/// <summary>Options of the quarterly report; defaults suit a county office.</summary>
public sealed class QuarterlyReportOptions
{
    public static QuarterlyReportOptions Default { get; } = new();

    /// <summary>Who the report is from, put before the title (e.g. 某某县委改革办); empty for none.</summary>
    public string Issuer { get; init; } = string.Empty;

    /// <summary>Most rows printed of a long list (负面清单, 成果清单, risks); the rest are counted in a note.</summary>
    public int MaxListRows { get; init; } = 30;

    /// <summary>Fonts and page of the Word document.</summary>
    public DocxReportOptions Docx { get; init; } = DocxReportOptions.Default;

    public void Validate()
    {
        if (MaxListRows is < 1 or > 10000)
        {
            throw new InvalidOperationException($"MaxListRows 应在1到10000之间，实际为{MaxListRows}。");
        }

        Docx.Validate();
    }
}
