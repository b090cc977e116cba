using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>
/// A file written: its path relative to the output folder (always with <c>/</c>), report month, encoding
/// (<c>xlsx</c>, <c>utf-8</c>, <c>utf-8-bom</c>, <c>gb18030</c>, <c>utf-16le-bom</c>), delimiter of a CSV
/// (<c>,</c> or a tab), whether it is a corrected re-send, and its ledger tables. <see cref="Encoding"/> is <c>docx</c>
/// for a table in a Word document. A unit's own return names its <see cref="LeadUnit"/>; one sent as a zip archive
/// (<see cref="FileName"/> ends in <c>.zip</c>) names the file inside it, <see cref="ArchiveEntry"/>, which the encoding
/// and tables describe.
/// </summary>
public sealed record SampleFile(
    string FileName,
    ReportMonth Month,
    string Encoding,
    string Delimiter,
    bool IsCorrection,
    IReadOnlyList<SampleSheet> Sheets,
    string? LeadUnit = null,
    string? ArchiveEntry = null)
{
    public int TaskRows => Sheets.Sum(s => s.TaskRows);

    public IReadOnlyList<Ledger> Ledgers => Sheets.Select(s => s.Ledger).ToArray();
}
