using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>
/// A month sent twice: the original file and the re-send named with （更正）, which ingest takes in place of
/// the original; the corrected figures are the true ones.
/// </summary>
public sealed record PlantedCorrection(Ledger Ledger, ReportMonth Month, string OriginalFile, string CorrectedFile, IReadOnlyList<PlantedChange> Changes);
