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

    /// <summary>The kind of a schema value as stored (<c>half_year</c>).</summary>
    public static DeadlineKind FromId(string id)
    {
        foreach (var kind in Enum.GetValues<DeadlineKind>())
        {
            if (string.Equals(Id(kind), id, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(id), id, "Not a deadline kind of the schema.");
    }
}
