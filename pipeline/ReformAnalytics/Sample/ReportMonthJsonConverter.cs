using System.Text.Json;
using System.Text.Json.Serialization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>Writes a <see cref="ReportMonth"/> as <c>"2024-06"</c>.</summary>
internal sealed class ReportMonthJsonConverter : JsonConverter<ReportMonth>
{
    public override ReportMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReportMonth.TryParse(reader.GetString(), out var month) ? month : throw new JsonException("填报月份应写作 YYYY-MM。");

    public override void Write(Utf8JsonWriter writer, ReportMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
