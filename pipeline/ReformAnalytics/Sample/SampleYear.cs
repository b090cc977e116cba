namespace ReformAnalytics.Sample;

/// <summary>
/// The size of one year: tasks per ledger over all counties (a task added mid-year included), and for the
/// sample county (county 0) its special groups, lead units and leaders.
/// </summary>
public sealed record SampleYear(
    int Year,
    int OverallTasks,
    int AssignedPilotTasks,
    int LocalPilotTasks,
    IReadOnlyList<string> SpecialGroups,
    int LeadUnits,
    int Leaders);
