namespace ReformAnalytics.Sample;

/// <summary>What ingest is expected to make of a planted bad cell.</summary>
public enum BadCellExpectation
{
    /// <summary>An issue row (file, sheet, row, column, value) in <c>ingest_issues</c>.</summary>
    IssueRow,

    /// <summary>A status phrase not in the table: stored as unknown and listed among the unknown phrases.</summary>
    UnknownStatusPhrase,
}
