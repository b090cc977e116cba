using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>Which ledger and report month a table holds, as far as its names tell; null where they do not.</summary>
public readonly record struct InferredIdentity(Ledger? Ledger, ReportMonth? Month);
