using ReformAnalytics.Model;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Ingest;

/// <summary>One ledger table of one file, with the (ledger, month) it was found to hold.</summary>
internal sealed record TablePart(string File, string Sha256, LedgerTable Table, Ledger Ledger, ReportMonth Month);
