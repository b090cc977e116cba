namespace ReformAnalytics.Reading;

/// <summary>One column of a found header: what it names and its text as written (for messages).</summary>
internal readonly record struct HeaderCell(int GridColumn, HeaderMatch Match, string Written);
