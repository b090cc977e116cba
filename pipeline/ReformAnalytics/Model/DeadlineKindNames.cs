namespace ReformAnalytics.Model;

/// <summary>Schema values of <see cref="DeadlineKind"/> (column snapshots.deadline_kind).</summary>
public static class DeadlineKindNames
{
    public static string Id(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Missing => "missing",
        DeadlineKind.Day => "day",
        DeadlineKind.Month => "month",
        DeadlineKind.Quarter => "quarter",
        DeadlineKind.HalfYear => "half_year",
        DeadlineKind.Year => "year",
        DeadlineKind.Range => "range",
        DeadlineKind.Milestones => "milestones",
        DeadlineKind.OpenEnded => "open_ended",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
