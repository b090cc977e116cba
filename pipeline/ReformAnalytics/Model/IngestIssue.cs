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
    IssueSeverity Severity = IssueSeverity.Error);
