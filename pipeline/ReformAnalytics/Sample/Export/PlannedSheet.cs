using ReformAnalytics.Model;

namespace ReformAnalytics.Sample.Export;

/// <summary>One ledger table of a planned file: the sheet's name (empty for CSV), its ledger and layout.</summary>
internal sealed record PlannedSheet(string Name, Ledger Ledger, SheetLayout Layout);
