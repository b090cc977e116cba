using System.Reflection;

namespace ReformAnalytics.Metrics;

/// <summary>Reads the metric SQL files embedded in the library (<c>Metrics/*.sql</c>).</summary>
internal static class MetricSql
{
    private static readonly Assembly Library = typeof(MetricSql).Assembly;

    public static string Load(string fileName)
    {
        var resource = "ReformAnalytics.Metrics." + fileName;
        using var stream = Library.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"缺少内嵌的指标定义文件：{resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
