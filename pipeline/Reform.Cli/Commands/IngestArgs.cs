using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;

namespace ReformAnalytics.Cli.Commands;

/// <summary>Turns the shared options of ingest and validate into <see cref="IngestOptions"/>.</summary>
internal static class IngestArgs
{
    public static IngestOptions Build(CommandArgs a, bool dryRun)
    {
        var ledger = LedgerOf(a);
        var month = MonthOf(a);
        return new IngestOptions
        {
            DatabasePath = dryRun ? a.Get("db") : a.Require("db"),
            LakeRoot = dryRun ? a.Get("lake") : a.Require("lake"),
            Ledger = ledger,
            Month = month,
            MapFile = a.Get("map"),
            UnitsFile = a.Get("units"),
            DryRun = dryRun,
        };
    }

    /// <summary>--ledger, when given (also read by reform remove).</summary>
    public static Ledger? LedgerOf(CommandArgs a) => a.Get("ledger") is not { } l ? null
        : LedgerNames.TryParseId(l, out var parsed) ? parsed
        : throw new UsageException($"--ledger 只能是 overall（总台账）、assigned_pilot（上级部署试点）或 local_pilot（自选试点），收到“{l}”。");

    /// <summary>--month, when given (also read by reform remove).</summary>
    public static ReportMonth? MonthOf(CommandArgs a) => a.Get("month") is not { } m ? null : PeriodArg.Month("month", m);
}
