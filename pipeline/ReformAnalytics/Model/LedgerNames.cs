namespace ReformAnalytics.Model;

/// <summary>Identifiers (schema values) and Chinese labels of the ledgers, side by side.</summary>
public static class LedgerNames
{
    public static string Id(Ledger ledger) => ledger switch
    {
        Ledger.Overall => "overall",
        Ledger.AssignedPilot => "assigned_pilot",
        Ledger.LocalPilot => "local_pilot",
        _ => throw new ArgumentOutOfRangeException(nameof(ledger)),
    };

    public static string Label(Ledger ledger) => ledger switch
    {
        Ledger.Overall => "改革任务总台账",
        Ledger.AssignedPilot => "上级部署试点台账",
        Ledger.LocalPilot => "自选试点台账",
        _ => throw new ArgumentOutOfRangeException(nameof(ledger)),
    };

    /// <summary>The Chinese label of a ledger id as the views hold it (overall → 改革任务总台账); the text itself when it is no ledger id.</summary>
    public static string LabelOf(string id) => TryParseId(id, out var ledger) ? Label(ledger) : id;

    public static bool TryParseId(string? text, out Ledger ledger)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "overall": ledger = Ledger.Overall; return true;
            case "assigned_pilot": ledger = Ledger.AssignedPilot; return true;
            case "local_pilot": ledger = Ledger.LocalPilot; return true;
            default: ledger = default; return false;
        }
    }
}
