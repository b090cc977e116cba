namespace ReformAnalytics.Normalising;

/// <summary>A progress figure in percent (0–100), none (<see cref="Value"/> null, no error), or why the cell could not be read.</summary>
public readonly record struct ProgressParse(double? Value, string? Error = null)
{
    public static readonly ProgressParse None = default;

    public bool IsError => Error is not null;
}
