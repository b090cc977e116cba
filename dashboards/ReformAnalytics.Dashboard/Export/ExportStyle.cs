namespace ReformAnalytics.Dashboard.Export;

/// <summary>How a download writes its cells.</summary>
internal enum ExportStyle
{
    /// <summary>For the office: Chinese headers, codes as Chinese words (台账、状态、亮灯), 是/否.</summary>
    Labelled,

    /// <summary>For analysts (SQL console): the query's own column names and values.</summary>
    Raw,
}
