namespace ReformAnalytics.Reading;

/// <summary>The syntax of a column-map file.</summary>
public enum ColumnMapFormat
{
    Json,
    Yaml,
}
