using System.Text.Json.Serialization;

namespace ReformAnalytics.Lake;

/// <summary>
/// The Parquet layout of a <c>unit_names</c> row: one spelling of one unit in the office's table of unit names, as a
/// run saved it. Every unit also has a row spelling it as its own name.
/// </summary>
public sealed class UnitNameRecord
{
    [JsonPropertyName("run_id")]
    public string RunId { get; set; } = string.Empty;

    [JsonPropertyName("unit")]
    public string Unit { get; set; } = string.Empty;

    [JsonPropertyName("spelling")]
    public string Spelling { get; set; } = string.Empty;

    [JsonPropertyName("table_file")]
    public string TableFile { get; set; } = string.Empty;
}
