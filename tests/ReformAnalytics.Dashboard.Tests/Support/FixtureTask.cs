namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>A task of the fixture county with its monthly returns.</summary>
public sealed record FixtureTask(
    string Ledger,
    string Id,
    string Name,
    string Group,
    string Unit,
    string Leader,
    string DeadlineText,
    DateOnly? Deadline,
    string DeadlineKind,
    IReadOnlyList<FixtureReport> Reports)
{
    public bool OpenEnded => DeadlineKind == "open_ended";
}
