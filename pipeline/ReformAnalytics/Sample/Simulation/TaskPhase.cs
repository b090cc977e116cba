namespace ReformAnalytics.Sample.Simulation;

/// <summary>Where a task truly stands in a month (hidden; the ledger shows only what the unit reports).</summary>
internal enum TaskPhase
{
    NotStarted,
    Working,
    Stalled,
    Suspended,

    /// <summary>A 制定出台 task whose document waits for the committee's approval.</summary>
    AwaitingApproval,
    CompletedNow,
    Closed,
}
