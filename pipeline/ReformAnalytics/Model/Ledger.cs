namespace ReformAnalytics.Model;

/// <summary>The three ledgers (三本台账) a reform office keeps; a task belongs to exactly one.</summary>
public enum Ledger
{
    /// <summary>改革任务总台账.</summary>
    Overall,

    /// <summary>上级部署试点台账.</summary>
    AssignedPilot,

    /// <summary>自选试点台账.</summary>
    LocalPilot,
}
