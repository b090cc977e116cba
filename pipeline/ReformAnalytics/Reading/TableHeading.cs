namespace ReformAnalytics.Reading;

/// <summary>What is known of a table once its header is found, before its rows: where it is and its title rows.</summary>
public sealed record TableHeading(string SourceFile, string SourceSheet, string? TitleText);
