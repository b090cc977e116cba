using System.Text.Json.Serialization;

namespace ReformAnalytics.Lake;

/// <summary>The Parquet layout of an <c>ingest_log</c> row: one file (and sheet) of one run.</summary>
public sealed class IngestLogRecord
{
    [JsonPropertyName("run_id")]
    public string RunId { get; set; } = string.Empty;

    [JsonPropertyName("file_name")]
    public string FileName { get; set; } = string.Empty;

    [JsonPropertyName("sha256")]
    public string Sha256 { get; set; } = string.Empty;

    [JsonPropertyName("ledger")]
    public string? Ledger { get; set; }

    [JsonPropertyName("report_month")]
    public DateOnly? ReportMonth { get; set; }

    [JsonPropertyName("rows")]
    public int Rows { get; set; }

    [JsonPropertyName("issues")]
    public int Issues { get; set; }

    [JsonPropertyName("outcome")]
    public string Outcome { get; set; } = string.Empty;

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The lead unit whose own return the file was; null for a whole ledger. Absent from runs logged before it existed.</summary>
    [JsonPropertyName("return_unit")]
    public string? ReturnUnit { get; set; }
}
