using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Risk;

/// <summary>The JSON settings of the risk stage's files: indented, Chinese kept readable, months as "2024-06", NaN allowed.</summary>
internal static class RiskJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new ReportMonthJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
