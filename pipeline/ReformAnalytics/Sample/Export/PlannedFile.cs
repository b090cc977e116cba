namespace ReformAnalytics.Sample.Export;

/// <summary>A file to write for a month: its name (relative to the output folder), encoding, delimiter and tables.</summary>
internal sealed record PlannedFile(string FileName, FileEncoding Encoding, char Delimiter, IReadOnlyList<PlannedSheet> Sheets, bool IsCorrection = false);
