namespace ReformAnalytics.Sample.Export;

/// <summary>
/// A file to write for a month: its name (relative to the output folder), encoding, delimiter and tables. A unit's own
/// return names its lead unit (<see cref="LeadUnit"/>: only that unit's tasks are written); a return sent packed holds
/// the table in <see cref="ArchiveEntry"/>, the one file of the zip archive <see cref="FileName"/>.
/// </summary>
internal sealed record PlannedFile(
    string FileName,
    FileEncoding Encoding,
    char Delimiter,
    IReadOnlyList<PlannedSheet> Sheets,
    bool IsCorrection = false,
    string? LeadUnit = null,
    string? ArchiveEntry = null);
