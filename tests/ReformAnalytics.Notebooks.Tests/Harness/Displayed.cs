namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>One value a cell passed to <c>display(...)</c>, with the MIME types it asked for.</summary>
public sealed record Displayed(object? Value, IReadOnlyList<string> MimeTypes);
