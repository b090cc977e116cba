using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Sql;

/// <summary>What running one console query gave: rows, or a refusal, an error in plain words, or a timeout.</summary>
internal sealed record ConsoleOutcome(ResultTable? Table, string? Refusal, SqlError? Error, bool TimedOut, TimeSpan Elapsed)
{
    public bool Succeeded => Table is not null;
}
