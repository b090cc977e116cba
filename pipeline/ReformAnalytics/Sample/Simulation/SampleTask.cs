using ReformAnalytics.Model;
using ReformAnalytics.Sample.Vocabulary;

namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// A task of one year's ledger: what the ledger shows (name, group, units, leader, kind, deadline) and the
/// hidden state that drives it month by month (<see cref="Difficulty"/>, progress, stalls, suspension).
/// Only the current month's row is kept (<see cref="Current"/>): the history goes to disk, not to memory.
/// </summary>
internal sealed class SampleTask
{
    public required Ledger Ledger { get; init; }

    public required County County { get; init; }

    public required GroupDefinition Group { get; init; }

    /// <summary>Position of the task in its ledger's base order: group (catalog order), county, then creation.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Sort key of the base order: group (catalog order), then county, then <see cref="Ordinal"/>.</summary>
    public long SortKey => (GroupCatalog.IndexOf(Group) * 1_000_000_000L) + (County.Index * 100_000L) + Ordinal;

    public required string Name { get; init; }

    /// <summary>The name without the county suffix and tail clause, for document titles (《关于…的实施意见》).</summary>
    public required string CoreName { get; init; }

    public required CountyUnit Lead { get; init; }

    public required IReadOnlyList<string> CoUnits { get; init; }

    public required string Person { get; init; }

    public required string ResultForm { get; init; }

    /// <summary>制定出台 or 推进落实.</summary>
    public required string Kind { get; init; }

    public required DeadlineSpec Deadline { get; init; }

    /// <summary>Hidden difficulty, 1 (easy) to 5 (hard).</summary>
    public required int Difficulty { get; init; }

    /// <summary>The first month the task is in the ledger (1, or later for a task added mid-year).</summary>
    public required int FirstMonth { get; init; }

    /// <summary>Months after <see cref="FirstMonth"/> before work starts (the task reports 未启动 meanwhile).</summary>
    public required int StartDelay { get; init; }

    public required string? Remark { get; init; }

    /// <summary>
    /// The heading the task is listed under as a sub-task (深化教育评价改革 over 制定实施方案), which the ledger writes as a
    /// row of its own above its sub-tasks; null for a task under none.
    /// </summary>
    public string? Heading { get; init; }

    public required Random Rng { get; init; }

    public CountyLeader Leader => Lead.Leader;

    public bool IsDocument => string.Equals(Kind, LedgerPhrases.KindIssue, StringComparison.Ordinal);

    /// <summary>A planted rewording: from <see cref="RenamedFrom"/> on, the ledger writes <see cref="NewName"/>.</summary>
    public string? NewName { get; set; }

    public int RenamedFrom { get; set; }

    /// <summary>A planted withdrawn completion: the draft was sent back, so no approval before this month.</summary>
    public int ApprovalNotBefore { get; set; }

    public double Progress { get; set; }

    public double Momentum { get; set; } = 1.0;

    public bool Started { get; set; }

    public int StallLeft { get; set; }

    public int SuspendedLeft { get; set; }

    public int CompletedMonth { get; set; }

    public TaskPhase Phase { get; set; }

    public TaskMonthRow? Current { get; set; }

    public string NameIn(int month) => NewName is not null && month >= RenamedFrom ? NewName : Name;
}
