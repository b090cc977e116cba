using System.Text.Json.Serialization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Lake;

/// <summary>The Parquet layout of an <c>ingest_issues</c> row.</summary>
public sealed class IngestIssueRecord
{
    [JsonPropertyName("run_id")]
    public string RunId { get; set; } = string.Empty;

    [JsonPropertyName("file")]
    public string File { get; set; } = string.Empty;

    [JsonPropertyName("sheet")]
    public string Sheet { get; set; } = string.Empty;

    [JsonPropertyName("row")]
    public int Row { get; set; }

    [JsonPropertyName("column")]
    public string Column { get; set; } = string.Empty;

    [JsonPropertyName("value")]
    public string Value { get; set; } = string.Empty;

    [JsonPropertyName("message")]
    public string Message { get; set; } = string.Empty;

    [JsonPropertyName("severity")]
    public string Severity { get; set; } = string.Empty;

    public static IngestIssueRecord From(string runId, IngestIssue issue) => new()
    {
        RunId = runId,
        File = issue.File,
        Sheet = issue.Sheet,
        Row = issue.Row,
        Column = issue.Column,
        Value = issue.Value,
        Message = issue.Message,
        Severity = issue.Severity == IssueSeverity.Error ? "error" : "warning",
    };
}
