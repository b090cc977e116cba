namespace ReformAnalytics.Reading;

/// <summary>A sheet's outcome: its table, or none because it is blank or has no ledger header.</summary>
internal readonly record struct TableParseResult(LedgerTable? Table, bool IsBlank)
{
    public static TableParseResult Blank => new(null, true);

    public static TableParseResult NoHeader => new(null, false);
}
